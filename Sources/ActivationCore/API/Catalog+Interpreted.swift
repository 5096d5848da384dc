import Formula

extension Catalog {
    /// The window in which an interpreted formula's breakpoints are looked for.
    static let breakpointWindow: ClosedRange<Double> = -1000...1000

    /// An activation evaluated from a parsed formula with the given parameter values.
    ///
    /// f′ and f″ are the formula's symbolic derivatives (f″ only evaluated, so not regrouped
    /// into cases: `derivativeForEvaluation`). Breakpoints (jumps and kinks) are
    /// those `Expression.breakpoints` reports in [−1000, 1000]; the breakpoints of f′ and f″
    /// that are not breakpoints of f are points where pieces meet with equal slopes, kept for
    /// the smoothness analysis (there f is C¹ or C², not C∞).
    /// `derivative` is `formula.derivative()` when the caller has already computed it.
    ///
    /// f″ is made only when needed: to judge a switch point of f′, or to look for its own
    /// when f′ has switches (without any, f″ has none either: the chain rule makes switches
    /// only out of switches).
    public static func interpreted(id: String, formula: Expression, parameters: [String: Double],
                                   derivative: Expression? = nil) -> ActivationFunction {
        let first = derivative ?? formula.derivative()
        let slopeAndValue = first.program([formula], parameters: parameters)
        // f's own program, taken out of the joint one rather than emitted again.
        let valueProgram = slopeAndValue.other(0)
        let slopeProgram = slopeAndValue.withoutOthers
        // f and f′ at one x at a time: searches and the analysis ask for thousands of values.
        let valueCode = valueProgram.scalarCode, slopeCode = slopeProgram.scalarCode
        let value = { valueCode.evaluate(at: $0) }
        let slope = { slopeCode.evaluate(at: $0) }
        // f″ and its program, each made at its first use.
        var secondExpression: Expression? = nil, secondProgram: Program? = nil
        func second() -> Expression {
            if secondExpression == nil { secondExpression = first.derivativeForEvaluation() }
            return secondExpression!
        }
        // Asked for only beside a few candidates: not worth a `scalarCode`.
        func curvature(_ x: Double) -> Double {
            if secondProgram == nil { secondProgram = second().program(parameters: parameters) }
            return secondProgram!.evaluate(at: x)
        }
        // The three searches share the roots of the conditions f, f′ and f″ have in common.
        var search = BreakpointSearch(parameters: parameters, in: breakpointWindow)
        let breakpoints = search.breakpoints(of: formula, value: value, slope: slope)
        func isBreakpoint(_ x: Double) -> Bool {
            breakpoints.contains { abs($0.x - x) <= 1e-12 * max(1, abs(x)) }
        }
        // A breakpoint of f′ or f″ that is one of f's, or a join already found, would be
        // dropped below: the searches skip judging it (and f‴ is made only when needed).
        var joins: [Double] = []
        for point in search.breakpoints(of: first, value: slope, slope: curvature, omitting: isBreakpoint)
        where !isBreakpoint(point.x) && !joins.contains(point.x) {
            joins.append(point.x)
        }
        if first.hasSwitches {
            let firstJoins = joins
            for point in search.breakpoints(of: second(), value: curvature, slope: nil,
                                            omitting: { isBreakpoint($0) || firstJoins.contains($0) })
            where !isBreakpoint(point.x) && !joins.contains(point.x) {
                joins.append(point.x)
            }
        }
        let function = InterpretedFunction(
            formula: formula, derivative: first, parameters: parameters, valueProgram: valueProgram,
            derivativeAndValueProgram: slopeAndValue, derivativeProgram: slopeProgram, scalarCodes: (valueCode, slopeCode),
            secondDerivative: (secondExpression, secondProgram))
        return ActivationFunction(
            id: id, isBuiltIn: false, parameters: parameters, breakpoints: breakpoints,
            smoothJoins: joins, storage: .interpreted(function))
    }
}
