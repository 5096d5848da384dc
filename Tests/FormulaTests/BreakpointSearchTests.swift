import Formula
import Testing

@Suite struct BreakpointSearchTests {
    static let formulas = [
        "max(x * atan(x), 1.08 * x)", "x * x / (1 + abs(x))", "min(max(x * Phi(1.01 * x), 0.821 * x), 4.01)",
        "if(x > 0.0923, x + 2.58, x / sqrt(1 + 1.11 * x ^ 2))", "softplus(if(x > -1.53, x ^ 2 / (1 + x ^ 2), exp(tanh(x))))",
        "max(softplus(0.41 * x), 0.486 * x)", "x * clamp(1.47 * x, -1.14, 4.59)",
    ]

    /// f, f′ and f″ searched one after another in one search (sharing roots, and mirrored
    /// differences sharing samples) give what three separate searches give.
    @Test func aSharedSearchFindsWhatSeparateSearchesFind() throws {
        for formula in Self.formulas {
            let f = try FormulaParser.parse(formula, names: [])
            let first = f.derivative(), second = first.derivativeForEvaluation()
            var search = BreakpointSearch(parameters: [:], in: -1000...1000)
            for (e, slope) in [(f, Optional(first)), (first, Optional(second)), (second, nil)] {
                let shared = search.breakpoints(of: e, value: e.compiled(parameters: [:]), slope: slope?.compiled(parameters: [:]))
                #expect(shared == e.breakpoints(parameters: [:], in: -1000...1000, derivative: slope), "\(formula): \(e)")
            }
        }
    }

    /// Omitted points are left out, and nothing else changes.
    @Test func omittedPointsAreLeftOutAndTheRestAreKept() throws {
        for formula in Self.formulas {
            let f = try FormulaParser.parse(formula, names: [])
            let all = f.breakpoints(parameters: [:], in: -1000...1000)
            guard let dropped = all.first?.x else { continue }
            var search = BreakpointSearch(parameters: [:], in: -1000...1000)
            let rest = search.breakpoints(of: f, value: f.compiled(parameters: [:]), slope: nil, omitting: { $0 == dropped })
            #expect(rest == all.filter { $0.x != dropped }, "\(formula)")
        }
    }
}
