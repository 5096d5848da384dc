import RealModule

/// The error-function pieces GELU needs, accurate to a fraction of an ulp (libm's erfc is off
/// by up to 2.4 ulps): erfcx(z) = exp(z²)·erfc(z) from fitted tables and its asymptotic series,
/// and erf(z) for small z from a polynomial. Callers multiply by exp(−z²) themselves (with
/// z² = x²/2 exact), which keeps subnormal results exact.
@usableFromInline
enum ErrorFunction {
    /// erfcx(z) for z ≥ 0.5 (a double-word z), as a double word.
    @inlinable
    static func scaledErfc<T: Real & BinaryFloatingPoint>(_ z: DoubleWord<T>) -> DoubleWord<T> {
        let edges = ScaledErfcTable.edges
        if z.hi >= T(edges[edges.count - 1]) { return scaledErfcLarge(z) }
        var piece = 0
        while piece + 2 < edges.count && z.hi >= T(edges[piece + 1]) { piece += 1 }
        let h = (z.hi - T(ScaledErfcTable.centres[piece])) + z.lo
        let coefficients = ScaledErfcTable.coefficients[piece]
        var tail = T(coefficients[coefficients.count - 1])
        for k in stride(from: coefficients.count - 2, through: 0, by: -1) {
            tail = tail * h + T(coefficients[k])
        }
        let (hi, lo) = ScaledErfcTable.constants[piece]
        return DoubleWord(T(hi), T(lo)) + tail * h
    }

    /// erfcx(z) for z ≥ 26.5 from its asymptotic series (1/(z√π))·Σ (−1)ⁿ(2n − 1)!!/(2z²)ⁿ;
    /// nine terms reach 2e-19 there.
    @inlinable
    static func scaledErfcLarge<T: Real & BinaryFloatingPoint>(_ z: DoubleWord<T>) -> DoubleWord<T> {
        let s = 1 / (2 * z.hi * z.hi)
        var series: T = 2027025
        series = series * s - 135135
        series = series * s + 10395
        series = series * s - 945
        series = series * s + 105
        series = series * s - 15
        series = series * s + 3
        series = series * s - 1
        let leading: DoubleWord<T> = Constant.inverseSqrtPi() / z
        return leading + leading.hi * (series * s)
    }

    /// erf(z) for 0 ≤ z < 0.5 (a double-word z), as a double word: z·(2/√π + z²·Q(z²)).
    @inlinable
    static func erfSmall<T: Real & BinaryFloatingPoint>(_ z: DoubleWord<T>) -> DoubleWord<T> {
        let t = z.hi * z.hi
        let coefficients = ScaledErfcTable.erfSmall
        var tail = T(coefficients[coefficients.count - 1])
        for k in stride(from: coefficients.count - 2, through: 0, by: -1) {
            tail = tail * t + T(coefficients[k])
        }
        let (hi, lo) = ScaledErfcTable.erfSmallConstant
        return z * (DoubleWord(T(hi), T(lo)) + tail * t)
    }
}
