/// Breakpoint searches over related formulas (f, f′, f″) with the same parameters and
/// window. Derivatives repeat their function's conditions, so the roots of each compared
/// difference are found once and shared by every search.
public struct BreakpointSearch {
    public let parameters: [String: Double]
    public let interval: ClosedRange<Double>
    /// Roots found so far, by difference (equal trees that differ in a zero's sign are kept apart).
    private var roots: [Expression: [SwitchRoots]] = [:]

    public init(parameters: [String: Double], in interval: ClosedRange<Double>) {
        self.parameters = parameters
        self.interval = interval
    }

    /// `expression.breakpoints(parameters:in:derivative:)`, given its value as `value` and,
    /// when known, its derivative as `slope` (else `derivativeForEvaluation()` is evaluated,
    /// and only made if a candidate needs judging).
    ///
    /// A candidate for which `omitting` is true is neither judged nor returned when no
    /// other candidate lies within the merging tolerance above it: the points returned are
    /// then exactly those of `breakpoints` for which `omitting` is false. (A candidate that
    /// close to the next one is judged anyway, since whether it is found decides whether the
    /// next one merges into it.)
    public mutating func breakpoints(of expression: Expression, value f: (Double) -> Double,
                                     slope knownSlope: ((Double) -> Double)?,
                                     omitting: (Double) -> Bool = { _ in false }) -> [Breakpoint] {
        let candidates = expression.switchCandidates(parameters: parameters, in: interval, roots: &roots)
        guard !candidates.isEmpty else { return [] }
        var slope = knownSlope
        func df(_ x: Double) -> Double {
            if slope == nil {
                let program = expression.derivativeForEvaluation().program(parameters: parameters)
                slope = { program.evaluate(at: $0) }
            }
            return slope!(x)
        }
        func merges(_ previous: Double, into p: Double) -> Bool {
            Swift.abs(previous - p) <= 1e-12 * Swift.max(1, Swift.abs(p))
        }
        var found: [Breakpoint] = []
        for (k, p) in candidates.enumerated() {
            if let last = found.last, merges(last.x, into: p) { continue }
            if omitting(p), k + 1 == candidates.count || !merges(p, into: candidates[k + 1]) { continue }
            if let kind = Expression.classify(at: p, f, df) { found.append(Breakpoint(x: p, kind: kind)) }
        }
        return found
    }
}
