import Markup
import Testing
@testable import Plot

/// The shortcuts that make plotting cheap must decide exactly as the computations they
/// replace, so that the drawing stays byte for byte the same.
@Suite struct FastPathTests {
    /// A deterministic stream of doubles (xorshift), so failures reproduce.
    struct Numbers {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next(in range: ClosedRange<Double>) -> Double {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return range.lowerBound + Double(state >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
        }
    }

    @Test func theDistanceLimitDecidesAsTheDistanceDoes() {
        var numbers = Numbers()
        for tolerance in [0.07, 0.085, 0.1, 1e-3] {
            let limit = DistanceLimit(tolerance)
            var decided = 0
            for _ in 0..<20_000 {
                let a = Point(x: numbers.next(in: 0...480), y: numbers.next(in: -50...350))
                let b = Point(x: a.x + numbers.next(in: 0...3), y: a.y + numbers.next(in: -3...3))
                // Points near the segment, many of them within a rounding error of the limit.
                let t = numbers.next(in: -0.2...1.2)
                let offset = tolerance * numbers.next(in: 0.9...1.1)
                let angle = numbers.next(in: 0...6.283)
                let p = Point(x: a.x + t * (b.x - a.x) + offset * Self.cos(angle), y: a.y + t * (b.y - a.y) + offset * Self.sin(angle))
                let exact = distance(p, toSegment: a, b)
                #expect(limit.contains(p, toSegment: a, b) == (exact <= tolerance))
                #expect(limit.chord(a, b).excludes(p) == (exact > tolerance))
                decided += exact <= tolerance ? 1 : 0
            }
            #expect(decided > 1000 && decided < 19_000, "both sides of the limit were tested")
        }
    }

    @Test func theChordAcceptsClampedPointsFarFromTheViewAsTheDistanceDoes() {
        var numbers = Numbers(state: 42)
        let limit = DistanceLimit(0.085)
        for _ in 0..<20_000 {
            let a = Simplification.clamped(Point(x: numbers.next(in: 0...480), y: numbers.next(in: -2e7...2e7)))
            let b = Simplification.clamped(Point(x: a.x + numbers.next(in: 0...2), y: a.y + numbers.next(in: -1...1) * 1e7))
            let t = numbers.next(in: 0...1)
            let p = Point(x: a.x + t * (b.x - a.x) + numbers.next(in: -0.1...0.1), y: a.y + t * (b.y - a.y) + numbers.next(in: -0.1...0.1))
            #expect(limit.chord(a, b).excludes(p) == (distance(p, toSegment: a, b) > 0.085))
        }
    }

    @Test func selectionFindsWhatSortingFinds() {
        var numbers = Numbers(state: 7)
        for count in [1, 2, 3, 10, 241, 482] {
            // Few distinct values, as a flat or piecewise-constant curve gives.
            let values = (0..<count).map { _ in (numbers.next(in: 0...6)).rounded() - 3 }
            let sorted = values.sorted()
            for k in [0, count / 50, count / 2, count * 98 / 100, count - 1] {
                var copy = values
                #expect(AutomaticYDomain.select(&copy, k) == sorted[k])
            }
        }
    }

    @Test func writtenTextIsEscapedAsXMLTextEscapesIt() {
        for text in ["f(x) and its derivative", "x < 0 & y > \"1\" 'q'", "f′(x) = max(0, x) — ReLU", "", "<&>"] {
            var out = SVGWriter()
            out.writeEscaped(text)
            #expect(out.string == XMLText.escape(text))
        }
    }

    @Test func numbersAreWrittenWithTheFewestCharacters() {
        let cases: [(Int, String)] = [(0, "0"), (5, ".05"), (50, ".5"), (-50, "-.5"), (1250, "12.5"), (-100, "-1"),
                                      (123_456, "1234.56"), (100_000_000, "1000000"), (-7, "-.07"), (99_990, "999.9")]
        for (hundredths, text) in cases {
            #expect(SVGNumber.format(hundredths: hundredths) == text)
        }
    }

    static func cos(_ x: Double) -> Double { sin(x + 1.5707963267948966) }
    /// A Taylor series is plenty for directions of test points.
    static func sin(_ x: Double) -> Double {
        var r = x.truncatingRemainder(dividingBy: 6.283185307179586)
        if r > 3.141592653589793 { r -= 6.283185307179586 }
        var term = r, sum = r
        for n in 1..<12 {
            term *= -r * r / Double((2 * n) * (2 * n + 1))
            sum += term
        }
        return sum
    }
}
