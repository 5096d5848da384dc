@testable import Formula
import Testing

/// `Algebra.solvedForX` answers x against a number without moving terms across; it must
/// give what the long way gives, bit for bit.
@Suite struct SolvedComparisonTests {
    @Test func xAgainstANumberIsSolvedAsTheLongWaySolvesIt() {
        var numbers: [Double] = [0.5, -0.5, 1, -1, 2, 0.1, -0.1, 1.08, -3.3, 1e-300, -1e-300, 5e-324, -5e-324, 1e308, -1e308,
                                 .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 123456.789, 1.0 / 3, 0, -0.0, .infinity]
        var random = SeededGenerator(seed: 9)
        for _ in 0..<200 { numbers.append(Double(bitPattern: random.next())) }
        for c in numbers {
            for op in ComparisonOperator.allCases {
                let short = Algebra.solvedForX(op, .x, .number(c), range: .synthesized)
                let long = Algebra.solvedForXTheLongWay(op, .x, .number(c), range: .synthesized)
                #expect(sameBits(short, long), "x \(op) \(c): \(short) vs \(long)")
            }
        }
    }
}
