@testable import ActivationCore
import Formula
import Testing

/// The analysis leaves unrefined the extrema of f′ and the critical points that cannot change
/// its answer; the answer must be the one of refining every one, also when the budget runs out.
struct RefinementSkippingTests {
    /// Formulas whose f′ rounds to many small local extrema in its saturated stretches.
    static let formulas = [
        "exp(tanh(x - 1.04 * sigmoid(0.957 * x))) * (min(1.3 * x, 4.76) / (1 + clamp(x, -0.596, 5.94)^2))",
        "2.13 * exp(tanh(x)) - 1.7 * exp(tanh(x + 0.346))", "exp(tanh(x)) * (2.5 * x)", "(x + 2.09) / (1 + tanh(x)^2)",
        "x * exp(tanh(x + 0.622))", "(x + 0.984) / (1 + exp(tanh(x))^2)", "abs(min(x, 5.51) / (1 + tanh(1.14 * x)^2))",
        "if(x > -1.4, x^2 / (1 + x^2) + erf(2.71 * x), sigmoid(atan(x) * (1.26 * x)))",
        "x * sigmoid(x)", "x * Phi(x)", "sin(x) + x", "max(x, 0) + 0.3 * cos(2 * x)",
    ]
    /// Formulas with critical points whose values lie strictly inside the range (or where an
    /// infinite limit opens its end), and one where they close it.
    static let criticalFormulas = [
        "x^3 - 3 * x", "x^3 - 12 * x + 2 * tanh(x)", "x^2 * exp(-x^2) * 4 - x^2 * 0.001",
        "tanh(x) + 0.3 * x * exp(-x^2)", "0.25 * x^4 - x^2", "if(x > 1, x^3 - 3 * x, -2 - (x - 1)^2)",
        "x * sigmoid(x) - 0.1 * exp(-(x - 3)^2)",
    ]

    func function(_ text: String) throws -> ActivationFunction {
        Catalog.interpreted(id: "test", formula: try FormulaParser.parse(text, names: []), parameters: [:])
    }

    func unskipped(_ function: ActivationFunction, budget: Int = 200_000) -> Properties {
        var skipped = 0
        return Analyzer(Probe(function, budget: budget)).run(skipping: false, skipped: &skipped)
    }

    /// Checks that skipping gives the unskipped properties on each formula; returns how
    /// many evaluations were skipped in all.
    func skippedEvaluationsGivingTheFullAnswer(_ formulas: [String]) throws -> Int {
        var skippedAny = 0
        for text in formulas {
            let f = try function(text)
            var skipped = 0
            let properties = Analyzer(Probe(f)).run(skipping: true, skipped: &skipped)
            skippedAny += skipped
            #expect(properties == unskipped(f), "\(text)")
            #expect(PropertyAnalysis.analyze(f) == unskipped(f), "\(text)")
        }
        return skippedAny
    }

    /// Checks that with every budget from what the skipping run spends to what refining
    /// all would (± 50), the answer is the unskipped one.
    func expectTheFullAnswerWhenTheBudgetRunsOut(_ text: String, step: Int) throws {
        let f = try function(text)
        var skipped = 0
        let probe = Probe(f)
        _ = Analyzer(probe).run(skipping: true, skipped: &skipped)
        let spent = probe.evaluations
        #expect(skipped > 0)
        for budget in stride(from: spent - 50, through: spent + skipped + 50, by: step) {
            #expect(Analyzer(Probe(f, budget: budget)).run() == unskipped(f, budget: budget), "budget \(budget)")
        }
    }

    @Test func skippingGivesTheFullAnswer() throws {
        #expect(try skippedEvaluationsGivingTheFullAnswer(Self.formulas) > 20 * Refinement.goldenSectionEvaluations)
    }

    @Test func skippingCriticalPointsGivesTheFullAnswer() throws {
        #expect(try skippedEvaluationsGivingTheFullAnswer(Self.criticalFormulas) >= 4 * (Refinement.bisectionEvaluations + 1))
    }

    @Test func aBudgetThatRunsOutGivesTheFullAnswer() throws {
        try expectTheFullAnswerWhenTheBudgetRunsOut("exp(tanh(x)) * (2.5 * x)", step: 37)
    }

    @Test func aBudgetThatRunsOutWhileCriticalPointsAreSkippedGivesTheFullAnswer() throws {
        try expectTheFullAnswerWhenTheBudgetRunsOut("x^3 - 3 * x", step: 23)
    }
}
