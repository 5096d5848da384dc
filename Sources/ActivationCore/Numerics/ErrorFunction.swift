import RealModule

/// The complementary error function pieces GELU needs.
@usableFromInline
enum ErrorFunction {
    /// erfc(z) for a double-word argument z ≥ 0: libm's erfc at z.hi, corrected to first order
    /// for z.lo (erfc′(z) = −2/√π·exp(−z²)).
    @inlinable
    static func erfc<T: Real & BinaryFloatingPoint>(_ z: DoubleWord<T>) -> T {
        let base = T.erfc(z.hi)
        let slope = Constant.twoOverSqrtPi().hi * T.exp(-z.hi * z.hi)
        return base - slope * z.lo
    }

    /// erfcx(z) = exp(z²)·erfc(z) for z ≥ 26 from its asymptotic series
    /// (1/(z√π))·Σ (−1)ⁿ(2n − 1)!!/(2z²)ⁿ; eight terms reach 2e-19 at z = 26.
    @inlinable
    static func scaledErfcLarge<T: Real & BinaryFloatingPoint>(_ z: DoubleWord<T>) -> DoubleWord<T> {
        let s = 1 / (2 * z.hi * z.hi)
        var series: T = -2027025
        series = series * s + 135135
        series = series * s - 10395
        series = series * s + 945
        series = series * s - 105
        series = series * s + 15
        series = series * s - 3
        series = series * s + 1
        series = series * s - 1
        let leading: DoubleWord<T> = Constant.inverseSqrtPi() / z
        return leading + leading.hi * (series * s)
    }
}
