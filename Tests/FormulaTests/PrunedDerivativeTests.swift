@testable import Formula
import Testing

/// `derivativeForEvaluation()` prunes each node as the chain rule makes it; it must give
/// the very tree that pruning the raw derivative gives, down to the sign of every zero.
@Suite struct PrunedDerivativeTests {
    func expectPrunedAsMade(_ e: Expression) {
        let made = e.derivativeForEvaluation(), pruned = e.rawDerivative().pruned()
        #expect(sameBits(made, pruned), "d/dx \(e): \(made) vs \(pruned)")
    }

    @Test func equalsTheRawDerivativePrunedOnSeededRandomFormulasAndTheirDerivatives() {
        var random = RandomFormulas(seed: 2024)
        random.negativeNumbers = true
        for _ in 0..<400 {
            let e = random.expression(depth: 5)
            let first = e.derivativeForEvaluation()
            for tree in [e, e.derivative(), first, first.derivativeForEvaluation()] { expectPrunedAsMade(tree) }
        }
    }

    @Test func keepsTheSignOfZerosThatPruningFolds() throws {
        // −(0) prunes to −0 and 0·(−1) folds to −0: their signs reach the result's bits.
        for text in ["x * -(0) + x", "x / -(0 * -1)", "(x - 0) * -(0)", "if(x > 0, -(0) * x, 0 * x)", "max(x * -(0), -(0))"] {
            expectPrunedAsMade(try FormulaParser.parse(text, names: []))
        }
    }
}
