import Foundation
import Testing
@testable import Plot

/// Simplifying samples taken for a larger drawing keeps, like `simplify`, the run's ends
/// and only chords that lie within the tolerance of every sample they span.
@Suite struct DenseSimplificationTests {
    /// The runs of every gallery and property-test curve, sampled at their plot's size and
    /// drawn at a quarter of it in each direction, with some of their own.
    static var runs: [(String, [Point])] {
        let specs = Gallery.functionPlots + Gallery.overlays + PropertyTests.cases.filter { !$0.log }.map { ($0.name, $0.spec) }
        var result: [(String, [Point])] = []
        for (name, spec) in specs {
            let layout = PlotLayout(spec)
            let source = layout.sampleFrame
            let target = SampleFrame(xScale: AxisScale(domain: layout.xScale.domain, from: 10, to: 10 + layout.area.width / 4),
                                     yScale: AxisScale(domain: layout.yScale.domain, from: 10 + layout.area.height / 4, to: 10),
                                     view: Rect(minX: 10, minY: 10, maxX: 10 + layout.area.width / 4, maxY: 10 + layout.area.height / 4))
            for curve in spec.curves {
                let sampled = CurveSampler(xScale: source.xScale, yScale: source.yScale, view: source.view).sample(curve)
                let drawn = sampled.reprojected(from: source, to: target) ?? sampled
                for run in drawn.runs { result.append(("\(name) \(curve.label)", run.map { Simplification.clamped($0.pixel) })) }
            }
        }
        // A zigzag finer than the tolerance, a corner, and a vertical-ish climb.
        result.append(("zigzag", (0..<400).map { Point(x: Double($0) * 0.05, y: 50 + ($0 % 2 == 0 ? 0.06 : -0.06)) }))
        result.append(("corner", (0..<200).map { Point(x: Double($0) * 0.1, y: abs(Double($0) - 120) * 0.3) }))
        result.append(("climb", (0..<300).map { Point(x: 5 + Double($0) * 0.001, y: 100 - Double($0) * 0.3) }))
        return result
    }

    @Test func everyChordLiesWithinTheToleranceOfTheSamplesItSpans() {
        let tolerance = CurveDrawing.simplificationTolerance
        for (name, run) in Self.runs where run.count > 1 {
            let kept = Simplification.simplifyDense(run, tolerance: tolerance)
            #expect(kept.first == run.first && kept.last == run.last, "\(name)")
            // The kept points in order, each chord checked against every point it spans.
            var index = 0, worst = 0.0
            for (a, b) in zip(kept, kept.dropFirst()) {
                guard let start = run[index...].firstIndex(of: a), let end = run[(start + 1)...].firstIndex(of: b) else {
                    Issue.record("\(name): kept points are not a subsequence of the run")
                    break
                }
                for p in run[start...end] { worst = max(worst, distance(p, toSegment: a, b)) }
                index = end
            }
            #expect(worst <= tolerance, "\(name): a sample is \(worst) px from its chord")
            #expect(kept.count <= run.count)
        }
    }

    @Test func aStraightRunKeepsItsEndsOnly() {
        let run = (0...500).map { Point(x: Double($0) * 0.2, y: 3 + Double($0) * 0.07) }
        #expect(Simplification.simplifyDense(run, tolerance: 0.085) == [run[0], run[500]])
    }
}
