// tanh, tanhshrink and mish over lanes. tanh(a) = −w/(2 + w) with w = exp(−2a) − 1: one
// formula from 0 to ∞, no cancellation (w keeps its relative accuracy near 0), where the
// scalar built-in needs a polynomial near 0 and 1 − 2e/(1 + e) elsewhere.

extension LaneMath {
    /// tanh(a) for a ≥ 0 as a pair (a above 20 gives 1 to Double's precision).
    @inline(__always) static func tanhMagnitude(_ a: Lanes) -> LanePair {
        let w = expMinusOne(-2 * a.clamped(below: 20))
        return -w / LanePair.constantPlus(2, w)
    }

    /// 1 − tanh(a) = 2e/(1 + e), e = exp(−2a), for a ≥ 0, as a pair.
    @inline(__always) static func tanhComplement(_ a: Lanes) -> LanePair {
        let e = exp(-2 * a.clamped(below: 20))
        return LanePair(e.hi * 2, e.lo * 2) / LanePair.constantPlus(1, e)
    }

    /// tanh(a) for a ≥ 0 to 2⁻²⁹ relative (2⁻⁴⁸ with `long`): w/(−2 − w), w = exp(−2a) − 1
    /// (the same −w/(2 + w), without a negation). NaN stays NaN.
    @inline(__always) static func tanhMagnitudeSingle(_ a: Lanes, long: Bool = false) -> Lanes {
        let w = expMinusOneSingle(-2 * a.clamped(below: 20), long: long)
        return w / (-2 - w)
    }
}

/// tanh.
struct TanhLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        LaneMath.tanhMagnitude(x.magnitude).value.withSign(of: x).replacing(with: x, where: x.isNaN)
    }

    @inline(__always) func single(_ x: Lanes) -> Lanes {
        LaneMath.tanhMagnitudeSingle(x.magnitude).withSign(of: x)
    }
}

/// tanhshrink: x³·(c₀ + t·Q(t)) for |x| < 1 (x − tanh x cancels there), sign(x)·((|x| − 1) +
/// 2e/(1 + e)) elsewhere.
struct TanhshrinkLanes: LaneKernel {
    let tail: InlineArray<16, Double> = [8.538161901212156e-09, -9.364144622965759e-08, 5.122767150793262e-07,
                                         -1.9216974143833895e-06, 5.777484136865915e-06, -1.541627724102249e-05,
                                         3.8991741215043214e-05, -9.67910218266933e-05, 0.0002390884367049363,
                                         -0.0005900175685254319, 0.0014558326516768139, -0.003592127823422879,
                                         0.008863235512566054, -0.021869488535296695, 0.053968253968231523,
                                         -0.1333333333333331]
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let a = x.magnitude
        let t = LanePair.product(x, x)
        let p = LanePair(TanhPolynomial.shrinkConstant()) + t.hi * LaneMath.estrin(t.hi, tail)
        let near = (t * x * p).value
        // |x| − tanh|x| = (|x| − 1) + (1 − tanh|x|), two non-negative terms.
        let far = (LanePair.sum(a, Lanes(repeating: -1)) + LaneMath.tanhComplement(a)).value.withSign(of: x)
        return far.replacing(with: near, where: a .< 1).replacing(with: x, where: .!(a .< .infinity))
    }

    /// Single precision: x − tanh x loses at most a factor 3/x² ≤ 2¹⁴ of tanh's 2⁻⁴⁸ (the
    /// long series) above |x| = 1/64; below, the series x³/3 − 2x⁵/15 + 17x⁷/315 − 62x⁹/2835.
    @inline(__always) func single(_ x: Lanes) -> Lanes {
        let t = x * x
        let series: InlineArray<4, Double> = [-62.0 / 2835, 17.0 / 315, -2.0 / 15, 1.0 / 3]
        let near = x * t * LaneMath.horner(t, series)
        let far = x - LaneMath.tanhMagnitudeSingle(x.magnitude, long: true).withSign(of: x)
        return far.replacing(with: near, where: x.magnitude .< 0.015625)
    }
}

/// mish: x·n/(n + 2) with g = exp(−|x|): for x ≤ 0, x·g(g + 2)/(g(g + 2) + 2); for x > 0,
/// x(1 + 2g)/(1 + 2g + 2g²). |x| > 700 and NaN take the scalar path.
struct MishLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let g = LaneMath.exp(-x.magnitude.clamped(below: 700))
        let gPlus2 = LanePair.constantPlus(2, g)
        let product = g * gPlus2
        let negativeN = product * x, negativeD = product + Lanes(repeating: 2)
        let twiceG = LanePair(g.hi * 2, g.lo * 2)
        let onePlus = LanePair.constantPlus(1, twiceG)
        let positiveN = onePlus * x, positiveD = onePlus + twiceG * g
        let negative = x .<= 0
        let n = positiveN.replacing(with: negativeN, where: negative)
        let d = positiveD.replacing(with: negativeD, where: negative)
        return LanePair.quotient(n, d).patched(.!(x.magnitude .<= 700), input: x, BuiltIns.mish)
    }
}

/// mish′ with g = exp(−|x|): for x ≤ 0, g·((g + 2) + 4x(1 + g)/d)/d with d = g(g + 2) + 2; for
/// x > 0, n/d + 4x·g²(1 + g)/d² with n = 1 + 2g, d = n + 2g² (BuiltIns.mishDerivative).
struct MishDerivativeLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let g = LaneMath.exp(-x.magnitude.clamped(below: 700))
        let onePlusG = LanePair.constantPlus(1, g)
        let gPlus2 = LanePair.constantPlus(2, g)
        let below = g * gPlus2 + Lanes(repeating: 2)
        let negative = g * (gPlus2 + onePlusG * (4 * x) / below) / below
        let twiceG = LanePair(g.hi * 2, g.lo * 2)
        let n = LanePair.constantPlus(1, twiceG)
        let above = n + twiceG * g
        let positive = n / above + g * g * onePlusG * (4 * x) / (above * above)
        return positive.replacing(with: negative, where: x .<= 0).value
            .patched(.!(x.magnitude .<= 700), input: x, BuiltIns.mishDerivative)
    }
}
