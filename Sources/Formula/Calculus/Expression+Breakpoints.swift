extension Expression {
    /// The x values in `interval` where the formula switches branches or stops being
    /// smooth, sorted and unique.
    ///
    /// Candidates are the roots of every `if` condition's comparisons and the switch
    /// points of `max`, `min`, `abs`, `clamp` and `sign` (nodes inside a condition only
    /// count through that condition). A root is exact when the compared difference is
    /// linear in x, and otherwise found by sampling and bisection within a fixed budget.
    /// Each candidate is then judged on the whole formula: a jump if its value differs
    /// on the two sides, a kink if only its slope does, and dropped if value and slope
    /// agree (so `if(x > 0, x, expm1(x))` has none: it is continuously differentiable).
    ///
    /// `derivative` is this expression's `derivative()` when the caller already has it
    /// (it is used to tell kinks from smooth joins); without it, the derivative as the chain
    /// rule gives it, unsimplified, is evaluated: only its values beside each candidate
    /// matter, and simplifying a large derivative costs far more than evaluating it twice.
    public func breakpoints(parameters: [String: Double], in interval: ClosedRange<Double>,
                            derivative knownDerivative: Expression? = nil) -> [Breakpoint] {
        var candidates: [Double] = []
        collectSwitchPoints(parameters: parameters, interval: interval, into: &candidates)
        guard !candidates.isEmpty else { return [] }
        let f = compiled(parameters: parameters)
        let df: (Double) -> Double
        if let knownDerivative {
            df = knownDerivative.compiled(parameters: parameters)
        } else {
            let program = rawDerivative().program(parameters: parameters)
            df = { program.evaluate(at: $0) }
        }
        var found: [Breakpoint] = []
        for p in candidates.sorted() {
            if let last = found.last, Swift.abs(last.x - p) <= 1e-12 * Swift.max(1, Swift.abs(p)) { continue }
            if let kind = Self.classify(at: p, f, df) { found.append(Breakpoint(x: p, kind: kind)) }
        }
        return found
    }

    /// Judges a switch point on the formula itself, from values and slopes just beside it.
    static func classify(at p: Double, _ f: (Double) -> Double, _ df: (Double) -> Double) -> Breakpoint.Kind? {
        let h = 1e-9 * Swift.max(1, Swift.abs(p))
        let left = f(p - h), right = f(p + h)
        guard left.isFinite, right.isFinite else { return .unknown }
        let slopeLeft = df(p - h), slopeRight = df(p + h)
        let slopeScale = Swift.max(1, Swift.abs(slopeLeft), Swift.abs(slopeRight))
        // Beside a continuous point the values differ by about 2h·slope.
        if Swift.abs(right - left) > 1e-6 * Swift.max(1, Swift.abs(left), Swift.abs(right)) + 4 * h * slopeScale {
            return .jump
        }
        guard slopeLeft.isFinite, slopeRight.isFinite else { return .unknown }
        return Swift.abs(slopeRight - slopeLeft) > 1e-6 * slopeScale ? .kink : nil
    }

    private func collectSwitchPoints(parameters: [String: Double], interval: ClosedRange<Double>, into points: inout [Double]) {
        func roots(_ a: Expression, _ b: Expression) {
            points += (a - b).roots(parameters: parameters, in: interval)
        }
        switch kind {
        case .conditional(let c, let a, let b):
            c.collectConditionRoots(parameters: parameters, interval: interval, into: &points)
            a.collectSwitchPoints(parameters: parameters, interval: interval, into: &points)
            b.collectSwitchPoints(parameters: parameters, interval: interval, into: &points)
            return
        case .call(.max, let arguments), .call(.min, let arguments):
            roots(arguments[0], arguments[1])
        case .call(.abs, let arguments), .call(.sign, let arguments):
            roots(arguments[0], .zero)
        case .call(.clamp, let arguments):
            roots(arguments[0], arguments[1])
            roots(arguments[0], arguments[2])
            roots(arguments[1], arguments[2])
        default:
            break
        }
        for child in children { child.collectSwitchPoints(parameters: parameters, interval: interval, into: &points) }
    }

    private func collectConditionRoots(parameters: [String: Double], interval: ClosedRange<Double>, into points: inout [Double]) {
        switch kind {
        case .comparison(_, let a, let b):
            points += (a - b).roots(parameters: parameters, in: interval)
        case .logical(_, let a, let b):
            a.collectConditionRoots(parameters: parameters, interval: interval, into: &points)
            b.collectConditionRoots(parameters: parameters, interval: interval, into: &points)
        default:
            points += roots(parameters: parameters, in: interval)
        }
    }
}
