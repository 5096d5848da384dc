// tanh, tanhshrink and mish over lanes: the polynomial near 0 and the exponential form
// elsewhere are both computed and blended (as in BuiltIns+Tanh.swift, which explains them).

extension LaneMath {
    /// 2e/(1 + e) with e = exp(−2a), a ≥ 0, as a pair (a above 20 gives 0 to Double's precision).
    @inline(__always) static func tanhComplement(_ a: Lanes) -> LanePair {
        let e = exp(-2 * a.clamped(below: 20))
        let twice = LanePair(e.hi * 2, e.lo * 2)
        return twice / (LanePair.fastSum(Lanes(repeating: 1), e.hi) + e.lo)
    }

    /// A polynomial's value by Horner's rule, highest coefficient first. The count is a
    /// compile-time constant, so the loop unrolls into fused multiply-adds.
    @inline(__always) static func horner<let n: Int>(_ t: Lanes, _ coefficients: InlineArray<n, Double>) -> Lanes {
        var p = Lanes(repeating: coefficients[0])
        for k in 1..<n { p = Lanes.fma(p, t, Lanes(repeating: coefficients[k])) }
        return p
    }
}

/// tanh: x + x³·P(x²) for |x| < 0.55, sign(x)·(1 − 2e/(1 + e)) elsewhere.
struct TanhLanes: LaneKernel {
    let small: InlineArray<11, Double> = [-2.060276537636634e-05, 8.511313685577672e-05, -0.0002346347410887237,
                                  0.0005889360520074057, -0.001455661830100716, 0.003592110378689024,
                                  -0.008863234397814355, 0.021869488493666944, -0.053968253967434016,
                                  0.13333333333332714, -0.3333333333333333]
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let a = x.magnitude, t = x * x
        let near = Lanes.fma(x * t, LaneMath.horner(t, small), x)
        let q = LaneMath.tanhComplement(a)
        let one = LanePair.fastSum(Lanes(repeating: 1), -q.hi)
        let far = (one.hi + (one.lo - q.lo)).withSign(of: x)
        return far.replacing(with: near, where: a .< 0.55).replacing(with: x, where: x.isNaN)
    }
}

/// tanhshrink: x³·(c₀ + t·Q(t)) for |x| < 1, sign(x)·((|x| − 1) + 2e/(1 + e)) elsewhere.
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
        let p = LanePair(TanhPolynomial.shrinkConstant()) + t.hi * LaneMath.horner(t.hi, tail)
        let near = (t * x * p).value
        let far = ((LanePair.sum(a, Lanes(repeating: -1)) + LaneMath.tanhComplement(a)).value).withSign(of: x)
        return far.replacing(with: near, where: a .< 1).replacing(with: x, where: .!(a .< .infinity))
    }
}

/// mish: x·n/(n + 2) with g = exp(−|x|): for x ≤ 0, x·g(g + 2)/(g(g + 2) + 2); for x > 0,
/// x(1 + 2g)/(1 + 2g + 2g²). |x| > 700 and NaN take the scalar path.
struct MishLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let g = LaneMath.exp(-x.magnitude.clamped(below: 700))
        let gPlus2 = LanePair.fastSum(Lanes(repeating: 2), g.hi) + g.lo
        let product = g * gPlus2
        let negativeN = product * x, negativeD = product + Lanes(repeating: 2)
        let twiceG = LanePair(g.hi * 2, g.lo * 2)
        let onePlus = LanePair.fastSum(Lanes(repeating: 1), twiceG.hi) + twiceG.lo
        let positiveN = onePlus * x, positiveD = onePlus + twiceG * g
        let negative = x .<= 0
        let n = positiveN.replacing(with: negativeN, where: negative)
        let d = positiveD.replacing(with: negativeD, where: negative)
        return LanePair.quotient(n, d).patched(.!(x.magnitude .<= 700), input: x, BuiltIns.mish)
    }
}
