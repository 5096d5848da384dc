@testable import Formula
import Testing

/// `pruned()` looks up subtrees it has pruned before; these pin down that the look-up gives
/// exactly what pruning each copy afresh would.
@Suite struct PruneTests {
    @Test func subtreesThatDifferOnlyInTheSignOfAZeroArePrunedApart() {
        // −(0) prunes to −0 and −(−0) to 0, though the two trees are equal under ==:
        // x / −0 is −∞ at x = 1 and x / 0 is +∞, so the sum is NaN, not −∞ or +∞.
        let minusZero = Expression(.negate(.number(0)), range: .synthesized)
        let minusMinusZero = Expression(.negate(.number(-0.0)), range: .synthesized)
        let e = Expression(.binary(.add, Expression(.binary(.divide, Expression.x, minusZero), range: .synthesized),
                                   Expression(.binary(.divide, Expression.x, minusMinusZero), range: .synthesized)),
                           range: .synthesized)
        let pruned = e.pruned()
        #expect(pruned.evaluate(at: 1.0, parameters: [String: Double]()).isNaN)
        guard case .binary(.add, let left, let right) = pruned.kind else {
            Issue.record("expected a sum, got \(pruned)")
            return
        }
        #expect(left.evaluate(at: 1.0, parameters: [String: Double]()) == -.infinity)
        #expect(right.evaluate(at: 1.0, parameters: [String: Double]()) == .infinity)
    }

    @Test func aRepeatedSubtreeIsPrunedTheSameWayEveryTimeItOccurs() throws {
        // The chain rule copies u = x·1 + 0 into both products of (u·u)′.
        let u = try FormulaParser.parse("x * 1 + 0", names: [])
        let square = Expression(.binary(.multiply, u, u), range: .synthesized)
        let e = Expression(.call(.sin, [Expression(.binary(.add, square, u), range: .synthesized)]), range: .synthesized)
        #expect(e.pruned() == (try FormulaParser.parse("sin(x * x + x)", names: [])))
    }

    @Test func aCallKeepsItsArgumentsWhenNoneChanges() throws {
        let e = try FormulaParser.parse("clamp(x, 4 - 1, 2) + max(x, 1 * x)", names: [])
        #expect(e.pruned() == (try FormulaParser.parse("clamp(x, 3, 2) + max(x, x)", names: [])))
        let unchanged = try FormulaParser.parse("clamp(x, 1, 2) * tanh(x)", names: [])
        #expect(unchanged.pruned() == unchanged)
    }
}
