import Testing
@testable import Plot

/// `Simplification.simplify` skips the point-by-point test of a chord where `ChordCone`
/// certifies it, and `Clipping.lengthInside` measures pieces without making them: both must
/// give exactly what the plain computations give, so that drawings stay byte for byte the same.
@Suite struct SimplificationTests {
    /// Greedy simplification testing every chord against every point it spans.
    static func pointByPoint(_ run: [Point], tolerance: Double) -> [Point] {
        guard run.count > 2 else { return run }
        let limit = DistanceLimit(tolerance)
        return run.withUnsafeBufferPointer { points in
            var kept = [points[0]]
            var anchor = 0
            while anchor < points.count - 1 {
                var end = anchor + 1
                while end + 1 < points.count, Simplification.fits(points, from: anchor, to: end + 1, limit: limit) {
                    end += 1
                }
                kept.append(points[end])
                anchor = end
            }
            return kept
        }
    }

    /// Runs at the plot's own size (as the page's plot draws them), at a quarter of it, and
    /// made up: noise about the tolerance, steep and near-vertical climbs, points closer
    /// together than the tolerance, clamped heights, repeated x.
    static var runs: [(String, [Point])] {
        var result = DenseSimplificationTests.runs
        let specs = Gallery.functionPlots + Gallery.overlays + PropertyTests.cases.map { ($0.name, $0.spec) }
        for (name, spec) in specs {
            let frame = PlotLayout(spec).sampleFrame
            for curve in spec.curves {
                let sampled = CurveSampler(xScale: frame.xScale, yScale: frame.yScale, view: frame.view).sample(curve)
                for run in sampled.runs { result.append(("\(name) \(curve.label)", run.map { Simplification.clamped($0.pixel) })) }
            }
        }
        var numbers = FastPathTests.Numbers(state: 11)
        for (noise, slope, step) in [(0.02, 0.3, 1.0), (0.05, 0.0, 0.5), (0.09, 2.0, 0.2), (0.04, 40.0, 0.05), (0.03, -1.0, 0.01)] {
            var x = 20.0, y = 100.0
            var run: [Point] = []
            for _ in 0..<600 {
                run.append(Point(x: x, y: y + numbers.next(in: -noise...noise)))
                x += step * numbers.next(in: 0...2)
                y += slope * step + (numbers.next(in: 0...1) < 0.02 ? numbers.next(in: -3...3) : 0)
            }
            result.append(("noise \(noise) slope \(slope) step \(step)", run))
        }
        var clamped: [Point] = []
        var repeated: [Point] = []
        for i in 0..<300 {
            let spike = i % 2 == 0 ? 1e7 : -1e7
            clamped.append(Point(x: Double(i) * 0.7, y: i % 37 < 3 ? spike : 80 + Double(i % 11) * 0.01))
            repeated.append(Point(x: Double(i / 3) * 0.02, y: 50 + Double(i) * 0.004))
        }
        result.append(("clamped", clamped))
        result.append(("repeated x", repeated))
        var parabola: [Point] = []
        for i in 0..<2000 {
            let x = Double(i) * 0.25
            parabola.append(Point(x: x, y: 300 - 0.0016 * x * x))
        }
        result.append(("parabola", parabola))
        return result
    }

    @Test func simplifyKeepsThePointsThePointByPointTestKeeps() {
        let tolerance = CurveDrawing.simplificationTolerance
        var spanned = 0
        for (name, run) in Self.runs {
            let kept = Simplification.simplify(run, tolerance: tolerance)
            #expect(kept == Self.pointByPoint(run, tolerance: tolerance), "\(name)")
            spanned = max(spanned, run.count / max(kept.count - 1, 1))
        }
        #expect(spanned > 20, "some chords span many points")
    }

    @Test func theLengthInsideARectangleIsThatOfTheClippedPieces() {
        var numbers = FastPathTests.Numbers(state: 5)
        let rect = Rect(minX: 40, minY: 20, maxX: 200, maxY: 120)
        for (name, run) in Self.runs + [("one point", [Point(x: 50, y: 50)]), ("empty", [])] {
            for shift in [Point(x: 0, y: 0), Point(x: -100, y: -60), Point(x: numbers.next(in: -200...0), y: numbers.next(in: -200...0))] {
                let moved = run.map { Point(x: $0.x + shift.x, y: $0.y + shift.y) }
                let pieces = Clipping.clip(moved, to: rect).reduce(0.0) { total, piece in
                    total + zip(piece, piece.dropFirst()).reduce(0.0) { sum, pair in
                        let dx = pair.1.x - pair.0.x, dy = pair.1.y - pair.0.y
                        return sum + (dx * dx + dy * dy).squareRoot()
                    }
                }
                let length = Clipping.lengthInside(moved, rect)
                #expect(length.bitPattern == pieces.bitPattern, "\(name)")
            }
        }
    }
}
