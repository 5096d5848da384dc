// f′ over lanes for the built-ins whose scalar derivative is slowest: the same rearrangements
// as the scalar ones (Numerics/Kernels.swift explains them), with both signs blended. Lanes
// whose result may be subnormal, and NaN, take the scalar path.

/// σ′ and tanh′: scale·e/(1 + e)² with e = exp(−k|x|) (sigmoid: k = 1, scale 1; tanh: k = 2,
/// scale 4), the sum 1 + e a pair.
struct BellLanes: LaneKernel {
    let k: Double
    let scale: Double
    let scalar: @Sendable (Double) -> Double
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let y = -k * x.magnitude  // exact: k is 1 or 2
        let e = LaneMath.exp(y.clamped(above: -708))
        let d = LanePair.constantPlus(1, e)
        return LanePair.quotient(e * scale, d * d).patched(.!(y .>= -700), input: x, scalar)
    }

    @inline(__always) func single(_ x: Lanes) -> Lanes {
        let y = -k * x.magnitude
        let e = LaneMath.expSingle(y.clamped(above: -708))
        let d = 1 + e
        return (scale * e / (d * d)).patched(.!(y .>= -700), input: x, scalar)
    }
}

extension LaneMath {
    /// The derivative of x·σ(t(x)), σ(t)·(1 + x·t′·σ(−t)), with g = exp(−|t|) and xk = x·t′
    /// as pairs: (1 + g + xk)·g/(1 + g)² for t < 0, (1 + g + xk·g)/(1 + g)² for t ≥ 0. The
    /// bracket crosses zero at the root of f′; as a pair it does so without cancelling.
    @inline(__always) static func sigmoidShapeDerivative(_ t: LanePair, xk: LanePair) -> Lanes {
        let g = expNegativeMagnitude(t)
        let onePlus = LanePair.constantPlus(1, g)
        let negative = (onePlus + xk) * g
        let positive = onePlus + xk * g
        return LanePair.quotient(positive.replacing(with: negative, where: t.hi .< 0), onePlus * onePlus)
    }
}

/// swish′ (silu′ at β = 1) and gelu-sigmoid′: t = k·x, x·t′ = t.
struct SwishDerivativeLanes: LaneKernel {
    let k: DoubleWord<Double>
    let scalar: @Sendable (Double) -> Double
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let t = LanePair(k) * x
        return LaneMath.sigmoidShapeDerivative(t, xk: t).patched(.!(t.hi.magnitude .<= 700), input: x, scalar)
    }
}

/// gelu-tanh′: t = 2u, x·t′ = x·(2√(2/π))(1 + 3·0.044715x²).
struct GELUTanhDerivativeLanes: LaneKernel {
    let cubic = LanePair(Constant.geluTanhCubic()), linear = LanePair(Constant.geluTanhLinear())
    let cubicTimes3 = LanePair(Constant.geluTanhCubicTimes3())
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let square = LanePair.product(x, x)
        let t = (cubic * square + linear) * x
        let xk = (cubicTimes3 * square + linear) * x
        return LaneMath.sigmoidShapeDerivative(t, xk: xk).patched(.!(t.hi.magnitude .<= 700), input: x, BuiltIns.geluTanhDerivative)
    }
}

/// softplus′ = σ(β·x) and logsigmoid′ = σ(−x): `k` is β or −1.
struct LogisticLanes: LaneKernel {
    let k: Double
    let scalar: @Sendable (Double) -> Double
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let t = LanePair.product(Lanes(repeating: k), x)
        return LaneMath.sigmoidTimes(LanePair(Lanes(repeating: 1)), t).patched(.!(t.hi.magnitude .<= 700), input: x, scalar)
    }
}

/// elu′, celu′ and selu′: `linear` for x > 0, `scale`·exp(x/divisor) for x ≤ 0.
struct ELUDerivativeLanes: LaneKernel {
    let linear: Double
    let scale: DoubleWord<Double>
    let divisor: Double
    let scalar: @Sendable (Double) -> Double
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let t = divisor == 1 ? x : x / divisor
        let below = (LaneMath.exp(t.clamped(above: -700).clamped(below: 0)) * LanePair(scale)).value
        return below.replacing(with: linear, where: x .> 0).patched(.!((t .>= -700) .| (x .> 0)), input: x, scalar)
    }
}

/// tanhshrink′ = tanh², the square of a pair.
struct TanhshrinkDerivativeLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let tanh = LaneMath.tanhMagnitude(x.magnitude)
        return (tanh * tanh).value
    }
}
