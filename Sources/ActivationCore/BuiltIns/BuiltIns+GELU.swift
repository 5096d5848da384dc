import RealModule

// GELU, x·Φ(x) with Φ(x) = erfc(−x/√2)/2.
extension BuiltIns {
    /// gelu: x·Φ(x). For x ≥ 0, x·(1 − erfc(x/√2)/2) with the difference as a double word; for
    /// x < 0, (x/2)·erfc(|x|/√2) with |x|/√2 as a double word (the rounding of the argument would
    /// be amplified 2z² times). Below x = −37 the result is subnormal and computed as
    /// (x/2)·erfcx(z)·exp(−x²/2), with x²/2 exact, rounded once.
    @inlinable public static func gelu<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(gelu(Double(x))) }
        if x.isNaN { return x }
        let z = Constant.inverseSqrt2() * abs(x)
        if x >= 0 {
            let q = ErrorFunction.erfc(z) / 2
            return (DoubleWord.sum(1, -q) * x).value
        }
        if x > -37 { return (x / 2) * ErrorFunction.erfc(z) }
        return Kernel.timesExp(ErrorFunction.scaledErfcLarge(z) * (x / 2), halfSquare(x))
    }

    /// gelu′ = Φ(x) + x·φ(x), φ(x) = exp(−x²/2)/√(2π), with x²/2 exact and x·φ rounded once.
    @inlinable public static func geluDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if T.self == Float.self { return T(geluDerivative(Double(x))) }
        if x.isNaN { return x }
        if x > 40 { return 1 }
        if x < -40 { return -0.0 }
        let z = Constant.inverseSqrt2() * abs(x)
        let xPhi = Kernel.timesExp(Constant.inverseSqrt2Pi() * x, halfSquare(x))
        if x >= 0 {
            let q = ErrorFunction.erfc(z) / 2
            return (DoubleWord.sum(1, -q) + xPhi).value
        }
        let cdf = x > -37
            ? ErrorFunction.erfc(z) / 2
            : Kernel.timesExp(ErrorFunction.scaledErfcLarge(z) * (1 / 2), halfSquare(x))
        return cdf + xPhi
    }

    /// −x²/2 as an exact double word.
    @inlinable static func halfSquare<T: Real & BinaryFloatingPoint>(_ x: T) -> DoubleWord<T> {
        let square = DoubleWord.product(x, x)
        return DoubleWord(-square.hi / 2, -square.lo / 2)
    }
}
