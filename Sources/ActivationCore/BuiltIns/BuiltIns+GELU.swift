import RealModule

// GELU, x·Φ(x) with Φ(x) = erfc(−x/√2)/2 = (1 + erf(x/√2))/2. With z = |x|/√2 (a double word)
// and z² = x²/2 exact: for z < 0.5, Φ = (1 ± erf z)/2; otherwise erfc(z) = exp(−x²/2)·erfcx(z),
// whose exponential is applied last (`Kernel.timesExp`), so nothing cancels, overflows or
// loses precision in the subnormal range. libm's erfc (2.4 ulps) is not used.
extension BuiltIns {
    /// gelu: x·Φ(x).
    @inlinable public static func gelu<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(gelu(Double(x))) }
        if x.isNaN { return x }
        if x.isInfinite { return x > 0 ? x : -0.0 }
        let z = Constant.inverseSqrt2() * abs(x)
        if z.hi < 0.5 {
            let e = ErrorFunction.erfSmall(z)
            let cdf = (x < 0 ? 1 - e : 1 + e) * (1 / 2)
            return (cdf * x).value
        }
        let scaled = ErrorFunction.scaledErfc(z)
        if x < 0 { return Kernel.timesExp(scaled * (x / 2), halfSquare(x)) }
        let tail = Kernel.timesExp(scaled * (1 / 2), halfSquare(x))  // erfc(z)/2 = 1 − Φ(x)
        return (DoubleWord.sum(1, -tail) * x).value
    }

    /// gelu′ = Φ(x) + x·φ(x), φ(x) = exp(−x²/2)/√(2π). For z ≥ 0.5 both terms share the factor
    /// exp(−x²/2): the bracket erfcx(z)/2 + x/√(2π) is a double word, so the cancellation
    /// near the root x ≈ −0.7518 costs nothing.
    @inlinable public static func geluDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(geluDerivative(Double(x))) }
        if x.isNaN { return x }
        if x > 40 { return 1 }
        if x < -40 { return -0.0 }
        let z = Constant.inverseSqrt2() * abs(x)
        let density = Constant.inverseSqrt2Pi() * x  // x/√(2π)
        if z.hi < 0.5 {
            let e = ErrorFunction.erfSmall(z)
            let cdf = (x < 0 ? 1 - e : 1 + e) * (1 / 2)
            let xPhi = Kernel.timesExp(density, halfSquare(x))
            return (cdf + xPhi).value
        }
        let halfScaled = ErrorFunction.scaledErfc(z) * (1 / 2)
        if x < 0 { return Kernel.timesExp(halfScaled + density, halfSquare(x)) }
        return (DoubleWord(1) + Kernel.timesExp(density - halfScaled, halfSquare(x))).value
    }

    /// −x²/2 as an exact double word.
    @inlinable static func halfSquare<T: Real & BinaryFloatingPoint>(_ x: T) -> DoubleWord<T> {
        let square = DoubleWord.product(x, x)
        return DoubleWord(-square.hi / 2, -square.lo / 2)
    }
}
