// exp and the ELU family over lanes. expm1 keeps 2ⁿ − 1 exact (`LaneMath.expMinusOne`);
// the linear piece owns x > 0. Non-finite inputs take the scalar path.

/// exponential: exp(x) on [−708, 709]; other lanes (overflow, subnormal results) are scalar.
struct ExponentialLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        LaneMath.exp(x).value.patched(.!((x .>= -708) .& (x .<= 709)), input: x, BuiltIns.exponential)
    }

    /// Single precision: exp(−708) and exp(709) already round to 0 and +∞ in Float, so
    /// clamping replaces the scalar path (NaN propagates).
    @inline(__always) func single(_ x: Lanes) -> Lanes {
        LaneMath.expSingle(x.clamped(above: -708).clamped(below: 709))
    }
}

/// elu, celu and selu: `linear`·x for x > 0, `scale`·(exp(x/alpha) − 1) for x ≤ 0, the
/// constants pairs (selu's λ and λα; elu's 1 and α; celu's 1 and α with x/α).
struct ELULanes: LaneKernel {
    let linear: DoubleWord<Double>
    let scale: DoubleWord<Double>
    let divisor: Double
    let scalar: @Sendable (Double) -> Double
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let t = divisor == 1 ? x : x / divisor
        let below = LaneMath.expMinusOne(t.clamped(above: -60)) * LanePair(scale)
        let above = linear.hi == 1 && linear.lo == 0
            ? x : (LanePair(linear) * x).value
        return below.value.replacing(with: above, where: x .> 0).patched(.!(x.magnitude .< 1e300), input: x, scalar)
    }
}
