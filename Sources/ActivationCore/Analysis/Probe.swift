import Formula

/// Budgeted access to f, f′ and one-sided f″ for the property analysis. Every evaluation
/// counts against a budget; once it is spent, evaluations return NaN (which every step of
/// the analysis tolerates) and the analysis is marked undecided.
final class Probe {
    let function: ActivationFunction
    let budget: Int
    private(set) var evaluations = 0
    private(set) var undecided: [String] = []

    /// f and f′ resolved once (bit for bit `value(_:)` and `derivativeIgnoringKinks(_:)`), so a
    /// scalar evaluation neither switches over the storage nor copies it.
    private let valueAt: (Double) -> Double
    private let derivativeAt: (Double) -> Double
    /// A formula's f″, made at the first `d2f` (most analyses never ask for it).
    private var secondDerivative: Program?

    init(_ function: ActivationFunction, budget: Int = 200_000) {
        self.function = function
        self.budget = budget
        valueAt = function.valueFunction
        derivativeAt = function.derivativeIgnoringKinksFunction
    }

    /// What has been spent and noted so far, to go back to with `restore(_:)`.
    func checkpoint() -> (evaluations: Int, undecided: [String]) { (evaluations, undecided) }

    func restore(_ checkpoint: (evaluations: Int, undecided: [String])) {
        (evaluations, undecided) = checkpoint
    }

    private func spend(_ count: Int = 1) -> Bool {
        evaluations += count
        if evaluations <= budget { return true }
        note("the evaluation budget (\(budget)) ran out; later results are partial")
        return false
    }

    func f(_ x: Double) -> Double { spend() ? valueAt(x) : .nan }

    func df(_ x: Double) -> Double { spend() ? derivativeAt(x) : .nan }

    /// A value of f or f′ computed earlier by this probe, asked for again: charged like a
    /// fresh evaluation, so it returns exactly what re-evaluating would (the same bits while
    /// the budget lasts, NaN once it is spent).
    func again(_ value: Double) -> Double { spend() ? value : .nan }

    /// f at every x, in one pass for a formula (its `Program`). A built-in is evaluated
    /// point by point, exactly as `value(_:)` does.
    func f(_ xs: [Double]) -> [Double] {
        guard spend(xs.count) else { return xs.map { _ in .nan } }
        switch function.storage {
        case .builtIn(let kernel): return xs.map(kernel.value)
        case .interpreted(let formula): return formula.valueProgram.evaluate(xs)
        }
    }

    /// f′ at every x (one-sided at kinks), in one pass.
    func df(_ xs: [Double]) -> [Double] {
        guard spend(xs.count) else { return xs.map { _ in .nan } }
        switch function.storage {
        case .builtIn(let kernel): return xs.map(kernel.derivative)
        case .interpreted(let formula): return formula.derivativeProgram.evaluate(xs)
        }
    }

    /// `(f(xs), df(xs))`, spending as the two calls would; a formula's f and f′ come from
    /// one pass of their joint program (the same bits).
    func fAndDf(_ xs: [Double]) -> (f: [Double], df: [Double]) {
        guard case .interpreted(let formula) = function.storage else { return (f(xs), df(xs)) }
        let spentOnF = spend(xs.count), spentOnDf = spend(xs.count)
        let nan = spentOnF && spentOnDf ? [] : xs.map { _ in Double.nan }
        if !spentOnF && !spentOnDf { return (nan, nan) }
        let both = formula.derivativeAndValueProgram.evaluateAll(xs)
        return (spentOnF ? both[1] : nan, spentOnDf ? both[0] : nan)
    }

    /// f and f′ at −`Limit.magnitudes` and +`Limit.magnitudes`: what `f(minus)`, `f(plus)`,
    /// `df(minus)`, `df(plus)` give, spent the same way; a formula's from one pass of its
    /// joint program when the budget covers all four.
    func farValues() -> (f: (minus: [Double], plus: [Double]), df: (minus: [Double], plus: [Double])) {
        let plus = Limit.magnitudes, minus = Limit.farPoints.minus
        let n = plus.count
        guard case .interpreted(let formula) = function.storage, evaluations + 4 * n <= budget else {
            return ((f(minus), f(plus)), (df(minus), df(plus)))
        }
        evaluations += 4 * n
        let both = formula.derivativeAndValueProgram.evaluateAll(Limit.farPoints.both)
        let (df, f) = (both[0], both[1])
        return ((Array(f[..<n]), Array(f[n...])), (Array(df[..<n]), Array(df[n...])))
    }

    /// f″ just to one side of x0 (side = ±1): the symbolic second derivative for a formula,
    /// a forward/backward difference of f′ for a built-in.
    func d2f(_ x0: Double, side: Double) -> Double {
        let h = 1e-6 * max(1, abs(x0))
        if case .interpreted(let formula) = function.storage {
            guard spend() else { return .nan }
            if secondDerivative == nil { secondDerivative = formula.secondDerivativeProgram() }
            return secondDerivative!.evaluate(at: x0 + side * h)
        }
        let near = df(x0 + side * h), far = df(x0 + side * 2 * h)
        return side * (far - near) / h
    }

    /// One-sided limit of g at x0 (side = ±1), by linear extrapolation from two nearby points.
    func oneSidedLimit(_ g: (Double) -> Double, at x0: Double, side: Double) -> Double {
        let delta = 0x1p-30 * max(1, abs(x0))
        let a = g(x0 + side * delta), b = g(x0 + side * 2 * delta)
        let extrapolated = 2 * a - b
        return extrapolated.isFinite ? extrapolated : a
    }

    func note(_ message: String) {
        if !undecided.contains(message) { undecided.append(message) }
    }
}
