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

    @Test func selectingTwoRanksFindsWhatSortingFinds() {
        var numbers = Numbers(state: 8)
        for count in [1, 2, 3, 10, 100, 241, 482, 500] {
            for spread in [6.0, 1e6] {
                // Few distinct values (a flat or stepped curve), or nearly all distinct; some runs sorted.
                var values = (0..<count).map { _ in (numbers.next(in: 0...spread)).rounded() - spread / 2 }
                if spread > 10, count % 2 == 0 { values.sort() }
                let sorted = values.sorted()
                let ranks = [0, count / 50, count / 2, count * 98 / 100, count - 1]
                for k1 in ranks {
                    for k2 in ranks where k2 >= k1 {
                        var copy = values
                        let (a, b) = AutomaticYDomain.select(&copy, k1, k2)
                        #expect(a == sorted[k1] && b == sorted[k2], "\(count) values, ranks \(k1) and \(k2)")
                    }
                }
            }
        }
    }

    /// The heaps of ranks near the ends find what sorting finds: few distinct values, distinct
    /// values, sorted and reversed runs (each value then enters a heap), every pair of ranks
    /// the heaps may keep.
    @Test func selectingRanksNearTheEndsFindsWhatSortingFinds() {
        var numbers = Numbers(state: 9)
        for count in [1, 2, 3, 7, 64, 241, 482, 1000] {
            for shape in 0..<4 {
                var values = (0..<count).map { _ in (numbers.next(in: 0...(shape == 0 ? 6 : 1e6))).rounded() }
                if shape == 2 { values.sort() }
                if shape == 3 { values.sort(by: >) }
                let sorted = values.sorted()
                for k1 in [0, 1, 4, 9, 31] where k1 < count {
                    for k2 in [count - 1, count - 2, count - 6, count - 11, count - 32] where k2 >= k1 {
                        guard k1 + 1 + count - k2 <= AutomaticYDomain.nearEndLimit else { continue }
                        let (a, b) = values.withUnsafeBufferPointer { AutomaticYDomain.selectNearEnds($0, k1, k2) }
                        #expect(a == sorted[k1] && b == sorted[k2], "\(count) values, shape \(shape), ranks \(k1) and \(k2)")
                    }
                }
            }
        }
    }

    @Test func numbersAreWrittenWithTheFewestCharacters() {
        let cases: [(Int, String)] = [(0, "0"), (5, ".05"), (50, ".5"), (-50, "-.5"), (1250, "12.5"), (-100, "-1"),
                                      (123_456, "1234.56"), (100_000_000, "1000000"), (-7, "-.07"), (99_990, "999.9")]
        for (hundredths, text) in cases {
            #expect(SVGNumber.format(hundredths: hundredths) == text)
        }
    }

    @Test func numbersOfEveryMagnitudeAreWrittenAsTheirDecimalText() {
        /// The text built from the integer's own description.
        func plain(_ n: Int) -> String {
            let digits = String(n.magnitude), padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
            var whole = String(padded.dropLast(2)), fraction = String(padded.suffix(2))
            while fraction.hasSuffix("0") { fraction.removeLast() }
            if whole == "0", !fraction.isEmpty { whole = "" }
            return (n < 0 ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
        }
        var numbers = Numbers(state: 99)
        var cases = [Int.min, Int.max, Int.min + 1, -1, 1, 9, 10, 99, 100, 101, 999, 1000, 1001, 123_456_789_012]
        for _ in 0..<5000 {
            let magnitude = numbers.next(in: 0...17.9)
            cases.append(Int(numbers.next(in: -1...1) * Self.pow10(magnitude)))
        }
        for n in cases {
            #expect(SVGNumber.format(hundredths: n) == plain(n), "\(n)")
            // The path encoder's writer into raw memory spells it the same, in at most 22 bytes.
            let written = [UInt8](unsafeUninitializedCapacity: 22) { buffer, count in
                var next = buffer.baseAddress!
                SVGNumber.write(hundredths: n, to: &next)
                count = next - buffer.baseAddress!
            }
            #expect(String(decoding: written, as: UTF8.self) == plain(n), "\(n) into memory")
        }
    }

    @Test func hundredthsRoundHalfAwayFromZeroAsTheLibraryDoes() {
        var numbers = Numbers(state: 7)
        var values: [Double] = [0, -0.0, 0.005, -0.005, 0.015, -0.015, 0.004999999999999999, 1e7, -1e7, 123.455, -123.455,
                                0x1p60 / 100, -0x1p60 / 100, 0x1p62 / 100, -0x1p62 / 100, 6e16, -6e16, (0.005).nextUp, (0.005).nextDown]
        for _ in 0..<20000 {
            let value = numbers.next(in: -1...1) * Self.pow10(numbers.next(in: 0...15.9)) / 100
            values += [value, (value * 100).rounded() / 100 + 0.005, (value * 100).rounded() / 100 - 0.005]
        }
        for value in values {
            #expect(SVGNumber.hundredths(value) == Int((value * 100).rounded()), "\(value)")
        }
    }

    /// About 10^x for 0 ≤ x < 18 (enough to spread test numbers over every length).
    static func pow10(_ x: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(x) { result *= 10 }
        return result * (1 + x.truncatingRemainder(dividingBy: 1) * 9)
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
