// Piecewise functions whose scalar forms round once through a double word: here the pieces
// are blended, and the exact sum or product is a `LanePair` divided with one correction.

/// hardsigmoid: (x + 3)/6 on (−3, 3), 0 and 1 outside.
struct HardsigmoidLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let middle = LanePair.quotient(LanePair.sum(x, Lanes(repeating: 3)), LanePair(Lanes(repeating: 6)))
        return middle.replacing(with: 0, where: x .<= -3).replacing(with: 1, where: x .>= 3)
    }
}

/// hardswish: x·(x + 3)/6 on (−3, 3), 0 below, x above.
struct HardswishLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let middle = LanePair.quotient(LanePair.sum(x, Lanes(repeating: 3)) * x, LanePair(Lanes(repeating: 6)))
        return middle.replacing(with: 0, where: x .<= -3).replacing(with: x, where: x .>= 3)
    }
}

/// hardshrink: x where |x| > λ, else 0 (NaN stays NaN).
struct HardshrinkLanes: LaneKernel {
    let lambd: Double
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        x.replacing(with: 0, where: x.magnitude .<= lambd)
    }
}

/// rrelu in evaluation mode: x·(lower + upper)/2 for x < 0, the slope an exact pair.
struct RReLULanes: LaneKernel {
    let slope: DoubleWord<Double>
    init(lower: Double, upper: Double) { slope = DoubleWord.sum(lower, upper) * 0.5 }
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let negative = (LanePair(slope) * x).value
        let y = x.replacing(with: negative, where: x .< 0)
        return y.replacing(with: slope.hi * x, where: x .== -.infinity)
    }
}

/// softsign: x/(1 + |x|) with the denominator exact; ±1 at ±∞.
struct SoftsignLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let y = LanePair.quotient(LanePair(x), LanePair.sum(Lanes(repeating: 1), x.magnitude))
        return y.replacing(with: Lanes(repeating: 1).withSign(of: x), where: x.magnitude .== .infinity)
    }
}

/// squareplus: (x + r)/2 for x ≥ 0 and b/(2(r − x)) for x < 0, r = √(x² + b) as a pair.
/// |x| > 10¹⁵⁰ (x² overflows), ±∞ and NaN take the scalar path.
struct SquareplusLanes: LaneKernel {
    let b: Double
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let radicand = LanePair.product(x, x) + Lanes(repeating: b)
        let y = radicand.hi.reciprocalSquareRoot
        let s = radicand.hi * y
        let residual = Lanes.exactResidual(radicand.hi, s, s) + radicand.lo
        let root = LanePair.fastSum(s, residual * y * 0.5)
        let positive = (root + x).value * 0.5
        let negative = LanePair.quotient(LanePair(Lanes(repeating: b)), (root + (-x)) * Lanes(repeating: 2))
        let value = negative.replacing(with: positive, where: x .>= 0)
        return value.patched(.!(x.magnitude .<= 1e150), input: x) { BuiltIns.squareplus($0, b: b) }
    }

    @inline(__always) func single(_ x: Lanes) -> Lanes {
        let radicand = Lanes.fma(x, x, Lanes(repeating: b))
        let root = radicand * radicand.reciprocalSquareRoot
        let value = (b / ((root - x) * 2)).replacing(with: (x + root) * 0.5, where: x .>= 0)
        return value.patched(.!(x.magnitude .<= 1e150), input: x) { BuiltIns.squareplus($0, b: b) }
    }
}

/// sparse-plus: (x + 1)²/4 on (−1, 1) with x + 1 an exact pair, 0 below, x above.
struct SparsePlusLanes: LaneKernel {
    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let shifted = LanePair.sum(x, Lanes(repeating: 1))
        return pieces(x, middle: (shifted * shifted).value * 0.25)
    }

    @inline(__always) func single(_ x: Lanes) -> Lanes {
        let shifted = x + 1
        return pieces(x, middle: shifted * shifted * 0.25)
    }

    @inline(__always) func pieces(_ x: Lanes, middle: Lanes) -> Lanes {
        middle.replacing(with: 0, where: x .<= -1).replacing(with: x, where: x .>= 1)
    }
}
