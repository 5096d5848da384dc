// The logistic family over lanes: one exponential of −|t| serves both signs, as in
// `Kernel.sigmoidTimes` (1/(1 + e) for t ≥ 0, e/(1 + e) for t < 0), the sum 1 + e a pair.

extension LaneMath {
    /// exp(−|t|) for a pair t, as a pair (t.lo enters as the factor 1 ∓ t.lo).
    @inline(__always) static func expNegativeMagnitude(_ t: LanePair) -> LanePair {
        let e = exp(-t.hi.magnitude)
        let lo = t.lo.replacing(with: -t.lo, where: t.hi .>= 0)  // −|t| = −|t.hi| ∓ t.lo
        return LanePair(e.hi, Lanes.fma(e.hi, lo, e.lo))
    }

    /// a·σ(t), rounded once; |t.hi| ≤ 708.
    @inline(__always) static func sigmoidTimes(_ a: LanePair, _ t: LanePair) -> Lanes {
        let e = expNegativeMagnitude(t)
        let denominator = LanePair.constantPlus(1, e)
        let negative = a * e
        return LanePair.quotient(a.replacing(with: negative, where: t.hi .< 0), denominator)
    }

    /// a·σ(t) to 2⁻⁵⁰ relative; |t| ≤ 708.
    @inline(__always) static func sigmoidTimesSingle(_ a: Lanes, _ t: Lanes) -> Lanes {
        let e = expSingle(-t.magnitude)
        return a.replacing(with: a * e, where: t .< 0) / (1 + e)
    }

    /// log(1 + exp(t))/β given t = β·x as a pair; |t.hi| ≤ 700.
    @inline(__always) static func softplus(_ t: LanePair, beta: Double) -> Lanes {
        let log = logOnePlus(expNegativeMagnitude(t))
        let positive = t + log
        let sum = LanePair(log).replacing(with: positive, where: t.hi .> 0)
        return beta == 1 ? sum.value : LanePair.quotient(sum, LanePair(Lanes(repeating: beta)))
    }
}

/// sigmoid: σ(x). |x| > 708 and NaN take the scalar path.
struct SigmoidLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        LaneMath.sigmoidTimes(LanePair(Lanes(repeating: 1)), LanePair(x))
            .patched(.!(x.magnitude .<= 708), input: x, BuiltIns.sigmoid)
    }

    @inline(__always) func single(_ x: Lanes) -> Lanes {
        LaneMath.sigmoidTimesSingle(Lanes(repeating: 1), x).patched(.!(x.magnitude .<= 708), input: x, BuiltIns.sigmoid)
    }
}

/// swish (silu at β = 1) and gelu-sigmoid: x·σ(k·x) with k a pair (β, or 1.702).
struct SwishLanes: LaneKernel {
    let k: DoubleWord<Double>
    let scalar: @Sendable (Double) -> Double
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let t = LanePair(k) * x
        return LaneMath.sigmoidTimes(LanePair(x), t).patched(.!(t.hi.magnitude .<= 708), input: x, scalar)
    }

    @inline(__always) func single(_ x: Lanes) -> Lanes {
        let t = k.hi * x
        return LaneMath.sigmoidTimesSingle(x, t).patched(.!(t.magnitude .<= 708), input: x, scalar)
    }
}

/// softplus with β, and logsigmoid (−softplus(−x)): `sign` is 1 or −1.
struct SoftplusLanes: LaneKernel {
    let beta: Double
    let sign: Double
    let scalar: @Sendable (Double) -> Double
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let t = LanePair.product(Lanes(repeating: beta * sign), x)
        let y = sign * LaneMath.softplus(t, beta: beta)
        return y.patched(.!(t.hi.magnitude .<= 700), input: x, scalar)
    }
}

/// gelu-tanh: x·σ(2u), 2u = 2√(2/π)(x + 0.044715x³) a pair from exact x² and x³.
struct GELUTanhLanes: LaneKernel {
    let cubic = LanePair(Constant.geluTanhCubic()), linear = LanePair(Constant.geluTanhLinear())

    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let t = (cubic * LanePair.product(x, x) + linear) * x  // x·(c₁ + c₃x²)
        return LaneMath.sigmoidTimes(LanePair(x), t).patched(.!(t.hi.magnitude .<= 708), input: x, BuiltIns.geluTanh)
    }

    @inline(__always) func single(_ x: Lanes) -> Lanes {
        let t = x * Lanes.fma(x * x, cubic.hi, linear.hi)
        return LaneMath.sigmoidTimesSingle(x, t).patched(.!(t.magnitude .<= 708), input: x, BuiltIns.geluTanh)
    }
}
