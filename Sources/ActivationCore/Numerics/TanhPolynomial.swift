import RealModule

/// Polynomials in t = x² fitted with mpmath's `chebyfit` (scripts/accuracy/fit_polynomials.py).
@usableFromInline
enum TanhPolynomial {
    /// (tanh x − x)/x³ on t ∈ [0, 0.3025] (|x| < 0.55), max error 7.7e-18.
    @inlinable
    static func smallArgument<T: Real & BinaryFloatingPoint>(_ t: T) -> T {
        var p: T = -2.060276537636634e-05
        p = p * t + 8.511313685577672e-05
        p = p * t - 0.0002346347410887237
        p = p * t + 0.0005889360520074057
        p = p * t - 0.001455661830100716
        p = p * t + 0.003592110378689024
        p = p * t - 0.008863234397814355
        p = p * t + 0.021869488493666944
        p = p * t - 0.053968253967434016
        p = p * t + 0.13333333333332714
        p = p * t - 0.3333333333333333
        return p
    }

    /// The constant term of (x − tanh x)/x³ on t ∈ [0, 1], as a double word (≈ 1/3).
    @inlinable
    static func shrinkConstant<T: Real & BinaryFloatingPoint>() -> DoubleWord<T> {
        DoubleWord(T(0.3333333333333333), T(1.810087504810639e-17))
    }

    /// The rest Q(t) of (x − tanh x)/x³ = c₀ + t·Q(t) on t ∈ [0, 1] (|x| < 1), max error 4e-19.
    @inlinable
    static func shrinkTail<T: Real & BinaryFloatingPoint>(_ t: T) -> T {
        var q: T = 8.538161901212156e-09
        q = q * t - 9.364144622965759e-08
        q = q * t + 5.122767150793262e-07
        q = q * t - 1.9216974143833895e-06
        q = q * t + 5.777484136865915e-06
        q = q * t - 1.541627724102249e-05
        q = q * t + 3.8991741215043214e-05
        q = q * t - 9.67910218266933e-05
        q = q * t + 0.0002390884367049363
        q = q * t - 0.0005900175685254319
        q = q * t + 0.0014558326516768139
        q = q * t - 0.003592127823422879
        q = q * t + 0.008863235512566054
        q = q * t - 0.021869488535296695
        q = q * t + 0.053968253968231523
        q = q * t - 0.1333333333333331
        return q
    }
}
