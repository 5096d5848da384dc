import Foundation
import Testing
@testable import Plot

@Suite struct SamplingTests {
    static let view = Rect(minX: 40, minY: 20, maxX: 460, maxY: 280)

    static func sampler(x: ClosedRange<Double> = -5...5, y: ClosedRange<Double> = -2...6) -> CurveSampler {
        CurveSampler(xScale: AxisScale(domain: x, from: view.minX, to: view.maxX),
                     yScale: AxisScale(domain: y, from: view.maxY, to: view.minY), view: view)
    }

    static func drawing(_ curve: Curve, x: ClosedRange<Double> = -5...5, y: ClosedRange<Double> = -2...6) -> CurveDrawing {
        let s = sampler(x: x, y: y)
        return CurveDrawing(curve, xScale: s.xScale, yScale: s.yScale, view: view)
    }

    @Test func reluCornerIsAVertexAtTheBreakpoint() {
        let s = Self.sampler()
        let d = Self.drawing(Curve(label: "", style: .function, breakpoints: TestCurves.kinkAtZero, function: TestCurves.relu))
        let corner = Point(x: s.xScale.pixel(0), y: s.yScale.pixel(0))
        #expect(d.polylines.count == 1)
        #expect(d.polylines[0] == [Point(x: 40, y: corner.y), corner, Point(x: 460, y: s.yScale.pixel(5))])
    }

    @Test func stepIsAGapWithAFilledDotAtItsValueAndAnOpenDotAtTheOtherSide() {
        let s = Self.sampler()
        let sampled = s.sample(Curve(label: "", style: .function, breakpoints: TestCurves.jumpAtZero, function: TestCurves.step))
        #expect(sampled.runs.count == 2)
        #expect(sampled.runs[0].last!.x == 0 && sampled.runs[0].last!.value == 0)
        #expect(sampled.runs[1].first!.x == 0 && sampled.runs[1].first!.value == 1)
        let x0 = s.xScale.pixel(0)
        #expect(sampled.dots == [JumpDot(center: Point(x: x0, y: s.yScale.pixel(0)), filled: false),
                                 JumpDot(center: Point(x: x0, y: s.yScale.pixel(1)), filled: true)])
    }

    @Test func hardshrinkTakesZeroAtBothJumps() {
        let s = Self.sampler(x: -2...2, y: -2...2)
        let sampled = s.sample(Curve(label: "", style: .function, breakpoints: TestCurves.hardshrinkJumps, function: TestCurves.hardshrink))
        #expect(sampled.runs.count == 3)
        let filled = sampled.dots.filter(\.filled).map(\.center)
        let open = sampled.dots.filter { !$0.filled }.map(\.center)
        #expect(filled == [Point(x: s.xScale.pixel(-0.5), y: s.yScale.pixel(0)), Point(x: s.xScale.pixel(0.5), y: s.yScale.pixel(0))])
        // An open dot sits at a one-sided limit, evaluated a hair (2⁻³⁰) beside the jump.
        #expect(open.map(\.x) == [s.xScale.pixel(-0.5), s.xScale.pixel(0.5)])
        #expect(abs(open[0].y - s.yScale.pixel(-0.5)) < 1e-6 && abs(open[1].y - s.yScale.pixel(0.5)) < 1e-6)
    }

    @Test func aJumpWhoseSidesMeetIsDrawnContinuouslyWithoutDots() {
        // The derivative of ELU (α = 1) is continuous at 0, though a formula may flag it.
        let sampled = Self.sampler().sample(Curve(label: "", style: .derivative, breakpoints: TestCurves.jumpAtZero) { $0 > 0 ? 1 : exp($0) })
        #expect(sampled.runs.count == 1)
        #expect(sampled.dots.isEmpty)
    }

    @Test func anUndeclaredJumpBreaksThePathInsteadOfDrawingASteepLine() {
        let d = Self.drawing(Curve(label: "", style: .function) { $0 > 0.3 ? 4 : -1 })
        #expect(d.polylines.count == 2)
        for line in d.polylines {
            for (a, b) in zip(line, line.dropFirst()) { #expect(abs(b.y - a.y) < 0.5) }
        }
    }

    @Test func infinityAndNaNBreakThePath() {
        let reciprocal = Self.drawing(Curve(label: "", style: .function) { 1 / $0 })
        let zero = Self.sampler().xScale.pixel(0)
        #expect(reciprocal.polylines.count == 2)
        #expect(reciprocal.polylines[0].allSatisfy { $0.x < zero } && reciprocal.polylines[1].allSatisfy { $0.x > zero })

        let root = Self.drawing(Curve(label: "", style: .function) { $0.squareRoot() })
        #expect(root.polylines.count == 1)
        #expect(root.polylines[0].first!.x >= zero && root.polylines[0].first!.x < zero + 0.05)
    }

    @Test func curvesLeavingTheViewEndExactlyAtItsEdge() {
        let d = Self.drawing(Curve(label: "", style: .function) { exp($0) })
        #expect(d.polylines.count == 1)
        #expect(d.polylines[0].allSatisfy { Self.view.contains($0) })
        #expect(d.polylines[0].last!.y == Self.view.minY)
        let xAtTop = Self.sampler().xScale.pixel(log(6.0))
        #expect(abs(d.polylines[0].last!.x - xAtTop) < 0.1)
    }

    @Test func aCurveTooFastToResolveStopsAtTheEvaluationBudget() {
        let sampled = Self.sampler().sample(Curve(label: "", style: .function) { sin(1000 * $0) })
        #expect(sampled.evaluations <= 8000 + 64 * 62)
        #expect(!sampled.runs.isEmpty)
    }

    @Test func aSpikeBetweenSamplesIsFound() {
        // |x − 0.123| on a log axis dives to −∞ at 0.123, between any grid points.
        let s = CurveSampler(xScale: AxisScale(domain: -5...5, from: 40, to: 460),
                             yScale: AxisScale(domain: 1e-8...10, from: 280, to: 20, logarithmic: true), view: Self.view)
        let d = CurveDrawing(Curve(label: "", style: .error) { abs($0 - 0.123) }, xScale: s.xScale, yScale: s.yScale, view: Self.view)
        #expect(d.polylines.count == 2)
        #expect(d.polylines[0].last!.y == Self.view.maxY && d.polylines[1].first!.y == Self.view.maxY)
    }

    @Test func zeroBreaksALogarithmicCurve() {
        let s = CurveSampler(xScale: AxisScale(domain: -5...5, from: 40, to: 460),
                             yScale: AxisScale(domain: 1e-3...10, from: 280, to: 20, logarithmic: true), view: Self.view)
        let sampled = s.sample(Curve(label: "", style: .error) { abs($0) < 1 ? 0 : abs($0) - 0.5 })
        #expect(sampled.runs.count == 2)
        #expect(sampled.runs.allSatisfy { $0.allSatisfy { abs($0.x) >= 1 && $0.value > 0 } })
    }
}
