import RealModule

// The logistic family. σ(t) is never computed as 1/(1 + exp(−t)) for t < 0 (exp overflows)
// nor as 1 − σ(−t) (cancels): `Kernel.sigmoidTimes` picks the stable form per sign.
extension BuiltIns {
    /// sigmoid: σ(x) = 1/(1 + exp(−x)).
    @inlinable public static func sigmoid<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(sigmoid(Double(x))) }
        return Kernel.sigmoidTimes(DoubleWord(1), DoubleWord(x))
    }
    /// sigmoid′ = σ(x)·σ(−x) = e/(1 + e)² with e = exp(−|x|) (no 1 − σ).
    @inlinable public static func sigmoidDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(sigmoidDerivative(Double(x))) }
        if x.isNaN { return x }
        return Kernel.bellShape(-abs(x), scale: 1)
    }

    /// softplus: log(1 + exp(β·x))/β, exactly (no linear cut-off): β·x + log1p(exp(−β·x))
    /// for β·x > 0, log1p(exp(β·x)) otherwise. β·x is a double word.
    @inlinable public static func softplus<T: Real & BinaryFloatingPoint>(_ x: T, beta: T) -> T {
        if T.self == Float.self { return T(softplus(Double(x), beta: Double(beta))) }
        let t = beta == 1 ? DoubleWord(x) : DoubleWord.product(beta, x)
        guard t.hi.isFinite else { return t.hi > 0 ? x : (t.hi.isNaN ? t.hi : 0) }
        let sum: DoubleWord<T>
        if t.hi > 0 {
            let e = T.exp(-t.hi) * (1 - t.lo)
            sum = t + T.log(onePlus: e)
        } else {
            let e = T.exp(t.hi) * (1 + t.lo)
            sum = DoubleWord(T.log(onePlus: e))
        }
        return beta == 1 ? sum.value : (sum / beta).value
    }
    /// softplus′ = σ(β·x).
    @inlinable public static func softplusDerivative<T: Real & BinaryFloatingPoint>(_ x: T, beta: T) -> T {
        if T.self == Float.self { return T(softplusDerivative(Double(x), beta: Double(beta))) }
        let t = beta == 1 ? DoubleWord(x) : DoubleWord.product(beta, x)
        guard t.hi.isFinite else { return t.hi > 0 ? 1 : (t.hi.isNaN ? t.hi : 0) }
        return Kernel.sigmoidTimes(DoubleWord(1), t)
    }

    /// logsigmoid: log σ(x) = −softplus(−x).
    @inlinable public static func logsigmoid<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        -softplus(-x, beta: 1)
    }
    /// logsigmoid′ = σ(−x).
    @inlinable public static func logsigmoidDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        sigmoid(-x)
    }

    /// swish: x·σ(β·x). β·x is a double word; the product is rounded once.
    @inlinable public static func swish<T: Real & BinaryFloatingPoint>(_ x: T, beta: T) -> T {
        if T.self == Float.self { return T(swish(Double(x), beta: Double(beta))) }
        let t = beta == 1 ? DoubleWord(x) : DoubleWord.product(beta, x)
        guard t.hi.isFinite else { return t.hi > 0 ? x : (t.hi.isNaN ? t.hi : -0.0) }
        return Kernel.sigmoidTimes(DoubleWord(x), t)
    }
    /// swish′ = σ(t)·(1 + t·σ(−t)) with t = β·x.
    @inlinable public static func swishDerivative<T: Real & BinaryFloatingPoint>(_ x: T, beta: T) -> T {
        if T.self == Float.self { return T(swishDerivative(Double(x), beta: Double(beta))) }
        if x.isInfinite { return (x > 0) == (beta > 0) ? 1 : -0.0 }
        let t = beta == 1 ? DoubleWord(x) : DoubleWord.product(beta, x)
        return sigmoidShapeDerivative(t)
    }

    /// silu: x·σ(x) (swish with β = 1).
    @inlinable public static func silu<T: Real & BinaryFloatingPoint>(_ x: T) -> T { swish(x, beta: 1) }
    /// silu′ = σ(x)·(1 + x·σ(−x)).
    @inlinable public static func siluDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T { swishDerivative(x, beta: 1) }

    /// gelu-sigmoid: x·σ(1.702·x), the sigmoid approximation of GELU. 1.702·x is a double word.
    @inlinable public static func geluSigmoid<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(geluSigmoid(Double(x))) }
        if x.isInfinite { return x > 0 ? x : -0.0 }
        let t = Constant.geluSigmoidScale() * x
        guard t.hi.isFinite else { return t.hi > 0 ? x : (t.hi.isNaN ? t.hi : -0.0) }
        return Kernel.sigmoidTimes(DoubleWord(x), t)
    }
    /// gelu-sigmoid′ = σ(t)·(1 + t·σ(−t)) with t = 1.702·x.
    @inlinable public static func geluSigmoidDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(geluSigmoidDerivative(Double(x))) }
        if x.isInfinite { return x > 0 ? 1 : -0.0 }
        return sigmoidShapeDerivative(Constant.geluSigmoidScale() * x)
    }

    /// d/dt [t·σ(t)] = σ(t)·(1 + t·σ(−t)), the derivative shape shared by swish and gelu-sigmoid.
    @inlinable static func sigmoidShapeDerivative<T: Real & BinaryFloatingPoint>(_ t: DoubleWord<T>) -> T {
        guard t.hi.isFinite else { return t.hi > 0 ? 1 : (t.hi.isNaN ? t.hi : 0) }
        return Kernel.sigmoidShapeDerivative(t, slope: t, x: 1)  // x·k = t
    }
}
