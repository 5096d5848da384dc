import RealModule

// ELU-like functions: linear for x > 0, a scaled exp(x) − 1 below. `expMinusOne` avoids the
// cancellation of exp(x) − 1 near 0; the linear piece owns the point 0.
extension BuiltIns {
    /// elu: x for x > 0, alpha·(exp(x) − 1) for x ≤ 0. C¹ at 0 when alpha = 1, else a kink.
    @inlinable public static func elu<T: Real & BinaryFloatingPoint>(_ x: T, alpha: T) -> T {
        if T.self == Float.self { return T(elu(Double(x), alpha: Double(alpha))) }
        return x > 0 ? x : alpha * T.expMinusOne(x)
    }
    /// elu′: 1 for x > 0, alpha·exp(x) for x ≤ 0.
    @inlinable public static func eluDerivative<T: Real & BinaryFloatingPoint>(_ x: T, alpha: T) -> T {
        if T.self == Float.self { return T(eluDerivative(Double(x), alpha: Double(alpha))) }
        return x > 0 ? 1 : alpha * T.exp(x)
    }

    /// selu: λ·x for x > 0, λ·α·(exp(x) − 1) for x ≤ 0, with λ = 1.0507009873554804934193349852946
    /// and α = 1.6732632423543772848170429916717. λ and λα are double words. Kink at 0.
    @inlinable public static func selu<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(selu(Double(x))) }
        if x > 0 { return x.isInfinite ? x : (Constant.seluLambda() * x).value }
        return (Constant.seluLambdaAlpha() * T.expMinusOne(x)).value
    }
    /// selu′: λ for x > 0, λα·exp(x) for x ≤ 0.
    @inlinable public static func seluDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(seluDerivative(Double(x))) }
        if x > 0 { return Constant.seluLambda().value }
        return Kernel.timesExp(Constant.seluLambdaAlpha(), DoubleWord(x))
    }

    /// celu: x for x > 0, alpha·(exp(x/alpha) − 1) for x ≤ 0. C¹ at 0 for every alpha.
    @inlinable public static func celu<T: Real & BinaryFloatingPoint>(_ x: T, alpha: T) -> T {
        if T.self == Float.self { return T(celu(Double(x), alpha: Double(alpha))) }
        if x > 0 { return x }
        return alpha == 1 ? T.expMinusOne(x) : alpha * T.expMinusOne(x / alpha)
    }
    /// celu′: 1 for x > 0, exp(x/alpha) for x ≤ 0.
    @inlinable public static func celuDerivative<T: Real & BinaryFloatingPoint>(_ x: T, alpha: T) -> T {
        if T.self == Float.self { return T(celuDerivative(Double(x), alpha: Double(alpha))) }
        return x > 0 ? 1 : T.exp(alpha == 1 ? x : x / alpha)
    }

    /// exponential: exp(x).
    @inlinable public static func exponential<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(exponential(Double(x))) }
        return T.exp(x)
    }
    /// exponential′ = exp(x).
    @inlinable public static func exponentialDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        exponential(x)
    }
}
