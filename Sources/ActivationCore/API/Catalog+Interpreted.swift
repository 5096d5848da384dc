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
    public static func interpreted(id: String, formula: Expression, parameters: [String: Double],
                                   derivative: Expression? = nil) -> ActivationFunction {
        let first = derivative ?? formula.derivative()
        let second = first.derivativeForEvaluation()
        let floatParameters = parameters.mapValues(Float.init)
        let value = formula.compiled(parameters: parameters)
        let slope = first.compiled(parameters: parameters)
        let curvature = second.compiled(parameters: parameters)
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
        let firstJoins = joins
        for point in search.breakpoints(of: second, value: curvature, slope: nil,
                                        omitting: { isBreakpoint($0) || firstJoins.contains($0) })
        where !isBreakpoint(point.x) && !joins.contains(point.x) {
            joins.append(point.x)
        }
        let slopeAndValue = first.program([formula], parameters: parameters)
        let function = InterpretedFunction(
            value: value,
            valueFloat: formula.compiledFloat(parameters: floatParameters),
            derivative: slope,
            derivativeFloat: first.compiledFloat(parameters: floatParameters),
            secondDerivative: curvature,
            valueProgram: formula.program(parameters: parameters),
            derivativeProgram: slopeAndValue.withoutOthers,
            derivativeAndValueProgram: slopeAndValue)
        return ActivationFunction(
            id: id, isBuiltIn: false, parameters: parameters, breakpoints: breakpoints,
            smoothJoins: joins, storage: .interpreted(function))
    }
}
