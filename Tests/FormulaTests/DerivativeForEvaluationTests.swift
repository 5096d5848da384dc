@testable import Formula
import Testing

/// The unsimplified derivative used for f″ and f‴ gives the values of the simplified one,
/// without the NaN that `0 · f(x)` terms would give where f overflows.
@Suite struct DerivativeForEvaluationTests {
    @Test func agreesWithTheSimplifiedDerivativeOnRandomSmoothFormulas() {
        var random = RandomFormulas(seed: 5, smoothOnly: true)
        let parameters = ["alpha": 1.5, "beta": 0.75]
        for _ in 0..<200 {
            let e = random.expression(depth: 4)
            let shown = e.derivative(), evaluated = e.derivativeForEvaluation()
            for x in stride(from: -3.0, through: 3.0, by: 0.25) {
                let a = shown.evaluate(at: x, parameters: parameters), b = evaluated.evaluate(at: x, parameters: parameters)
                guard a.isFinite, abs(a) < 1e12 else { continue }
                #expect(abs(a - b) <= 1e-9 * max(1, abs(a)), "d/dx \(e) at \(x): \(a) vs \(b)")
            }
        }
    }

    @Test func zeroTermsArePrunedSoOverflowStaysInfinite() throws {
        let e = try FormulaParser.parse("2 * exp(x) + 3", names: [])
        let second = e.derivativeForEvaluation().derivativeForEvaluation()
        #expect(second.evaluate(at: 1000.0, parameters: [String: Double]()) == .infinity)
        #expect(second.evaluate(at: 0.0, parameters: [String: Double]()) == 2)
        #expect(e.derivativeForEvaluation().size <= 4)
    }
}
