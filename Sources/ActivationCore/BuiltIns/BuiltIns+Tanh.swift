import RealModule

// tanh and the functions built on it. libm's tanh is off by up to 2 ulps, so tanh is computed
// here: a minimax polynomial near 0, and 1 − 2e/(1 + e) with e = exp(−2|x|) elsewhere.
extension BuiltIns {
    /// tanh(x). For |x| < 0.55: x + x³·P(x²) (P fitted to (tanh x − x)/x³ with mpmath,
    /// error 8e-18); otherwise sign(x)·(1 − 2e/(1 + e)) with e = exp(−2|x|), the quotient a
    /// double word.
    @inlinable public static func tanh<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(tanh(Double(x))) }
        return tanhDoubleWord(x).value
    }

    /// tanh(x) as a double word (see `tanh`), so that tanh² rounds once.
    @inlinable static func tanhDoubleWord<T: Real & BinaryFloatingPoint>(_ x: T) -> DoubleWord<T> {
        let a = abs(x)
        if a < 0.55 {
            let t = x * x
            return DoubleWord.sum(x, (x * t) * TanhPolynomial.smallArgument(t))
        }
        if a.isNaN { return DoubleWord(x) }
        let e = T.exp(-2 * a)
        let magnitude = 1 - DoubleWord(2 * e) / (1 + DoubleWord(e))
        return x < 0 ? -magnitude : magnitude
    }
    /// tanh′ = 1 − tanh² = 4e/(1 + e)² with e = exp(−2|x|) (no cancellation for large |x|).
    @inlinable public static func tanhDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(tanhDerivative(Double(x))) }
        if x.isNaN { return x }
        return Kernel.bellShape(-2 * abs(x), scale: 4)
    }

    /// tanhshrink: x − tanh(x). For |x| < 1: x³·P(x²) (P fitted to (x − tanh x)/x³, error 4e-19;
    /// the subtraction would lose up to 3/x² ulps); otherwise sign(x)·((|x| − 1) + 2e/(1 + e)),
    /// a sum of two non-negative terms.
    @inlinable public static func tanhshrink<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(tanhshrink(Double(x))) }
        if x.isInfinite { return x }
        let a = abs(x)
        if a < 1 {
            let t = DoubleWord.product(x, x)
            let cube = t * x
            let p = TanhPolynomial.shrinkConstant() + t.hi * TanhPolynomial.shrinkTail(t.hi)
            return (cube * p).value
        }
        if a.isNaN { return x }
        let e = T.exp(-2 * a)
        let quotient = DoubleWord(2 * e) / (1 + DoubleWord(e))
        let magnitude = (DoubleWord.sum(a, -1) + quotient).value
        return x < 0 ? -magnitude : magnitude
    }
    /// tanhshrink′ = tanh(x)².
    @inlinable public static func tanhshrinkDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(tanhshrinkDerivative(Double(x))) }
        return tanhDoubleWord(x).squared.value
    }

    /// mish: x·tanh(softplus(x)). With n = e·(e + 2), e = exp(x): tanh(softplus(x)) = n/(n + 2),
    /// used for x ≤ 0 (the factor e is applied last, so subnormal results stay exact); for x > 0
    /// with m = exp(−x) it is (1 + 2m)/(1 + 2m + 2m²). Neither form overflows or cancels.
    @inlinable public static func mish<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(mish(Double(x))) }
        if x.isInfinite { return x > 0 ? x : -0.0 }
        if x <= 0 {
            let e = T.exp(x)
            let ePlus2 = DoubleWord.sum(e, 2)
            let denominator = DoubleWord(e) * ePlus2 + 2
            return Kernel.timesExp(ePlus2 * x / denominator, DoubleWord(x))
        }
        if x.isNaN { return x }
        let m = T.exp(-x)
        let numerator = DoubleWord.sum(1, 2 * m)
        let denominator = numerator + DoubleWord.product(2 * m, m)
        return (numerator / denominator * x).value
    }
    /// mish′ = ω + x·(1 − ω²)·σ(x) with ω = tanh(softplus(x)); for x ≤ 0 this is
    /// e/d·((e + 2) + 4x(1 + e)/d) with d = e² + 2e + 2, for x > 0 it is
    /// (1 + 2m)/d + 4x·m²(1 + m)/d² with d = 1 + 2m + 2m².
    @inlinable public static func mishDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(mishDerivative(Double(x))) }
        if x.isInfinite { return x > 0 ? 1 : -0.0 }
        if x <= 0 {
            let e = T.exp(x)
            let ePlus2 = DoubleWord.sum(e, 2)
            let d = DoubleWord(e) * ePlus2 + 2
            let bracket = ePlus2 + DoubleWord.sum(1, e) * (4 * x) / d
            return Kernel.timesExp(bracket / d, DoubleWord(x))
        }
        if x > 64 { return 1 }
        if x.isNaN { return x }
        let m = T.exp(-x)
        let numerator = DoubleWord.sum(1, 2 * m)
        let d = numerator + DoubleWord.product(2 * m, m)
        let second = DoubleWord.product(4 * x * m, m) * (1 + DoubleWord(m)) / d.squared
        return (numerator / d + second).value
    }

    /// gelu-tanh: 0.5·x·(1 + tanh(√(2/π)(x + 0.044715x³))) = x·σ(2u), u the tanh argument:
    /// 1 + tanh(u) would cancel for x < 0. 2u is a double word built from exact x² and x³.
    @inlinable public static func geluTanh<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(geluTanh(Double(x))) }
        if abs(x) > 1e50 { return x > 0 ? x : -0.0 }
        return Kernel.sigmoidTimes(DoubleWord(x), geluTanhArgument(x))
    }
    /// gelu-tanh′ = s·(1 + x·σ(−2u)·(2√(2/π))(1 + 3·0.044715x²)) with s = σ(2u).
    @inlinable public static func geluTanhDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(geluTanhDerivative(Double(x))) }
        if abs(x) > 1e50 { return x > 0 ? 1 : -0.0 }
        let slope = Constant.geluTanhCubicTimes3() * DoubleWord.product(x, x) + Constant.geluTanhLinear()
        return Kernel.sigmoidShapeDerivative(geluTanhArgument(x), slope: slope, x: x)
    }

    /// 2u = 2√(2/π)·(x + 0.044715·x³) as a double word.
    @inlinable static func geluTanhArgument<T: Real & BinaryFloatingPoint>(_ x: T) -> DoubleWord<T> {
        let cube = DoubleWord.product(x, x) * x
        return Constant.geluTanhCubic() * cube + Constant.geluTanhLinear() * x
    }
}
