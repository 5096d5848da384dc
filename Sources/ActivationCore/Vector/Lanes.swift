/// Eight Double lanes: one AVX-512 register, two AVX2 registers, four SSE2 registers. Every
/// vector kernel computes in these; Float buffers are widened to them and rounded once.
typealias Lanes = SIMD8<Double>
typealias LaneMask = SIMDMask<SIMD8<Int64>>

// Lane-wise helpers written with compares and blends. The standard library's `pointwiseMin`,
// `squareRoot()` and friends on SIMD types loop over the lanes with IEEE special cases (and
// a libm call for √ of a negative), which does not vectorise.
extension SIMD8 where Scalar == Double {
    @inline(__always) var bits: SIMD8<UInt64> { unsafeBitCast(self, to: SIMD8<UInt64>.self) }
    @inline(__always) init(bits: SIMD8<UInt64>) { self = unsafeBitCast(bits, to: Lanes.self) }

    /// |x| (clears the sign bit; NaN stays NaN).
    @inline(__always) var magnitude: Lanes { Lanes(bits: bits & 0x7FFF_FFFF_FFFF_FFFF) }

    /// The magnitude of `self` with the sign of `sign`.
    @inline(__always) func withSign(of sign: Lanes) -> Lanes {
        Lanes(bits: (bits & 0x7FFF_FFFF_FFFF_FFFF) | (sign.bits & 0x8000_0000_0000_0000))
    }

    /// Lanes that are NaN.
    @inline(__always) var isNaN: LaneMask { self .!= self }

    /// `self` with the lanes above `limit` replaced by `limit` (NaN lanes stay NaN).
    @inline(__always) func clamped(below limit: Double) -> Lanes { replacing(with: limit, where: self .> limit) }

    /// `self` with the lanes below `limit` replaced by `limit` (NaN lanes stay NaN).
    @inline(__always) func clamped(above limit: Double) -> Lanes { replacing(with: limit, where: self .< limit) }

    /// a·b + c, fused where the target has fused multiply-add instructions (NONLIN_FMA, set
    /// by Package.swift with the CPU it compiles for), else a multiply and an add: without
    /// them a fused operation is a library call per lane. Kernels call this where fusing only
    /// saves time; `exactResidual` and `LanePair.product` are exact either way.
    @inline(__always) static func fma(_ a: Lanes, _ b: Lanes, _ c: Lanes) -> Lanes {
        LaneMath.hasFusedMultiplyAdd ? c.addingProduct(a, b) : a * b + c
    }

    /// c − a·b exactly, when it is representable (a division's or a square root's remainder).
    @inline(__always) static func exactResidual(_ c: Lanes, _ a: Lanes, _ b: Lanes) -> Lanes {
        if LaneMath.hasFusedMultiplyAdd { return c.addingProduct(-a, b) }
        let p = LanePair.product(a, b)
        return (c - p.hi) - p.lo
    }

    /// 1/√x for x ≥ 0 (+∞ at 0 is not produced: x = 0 gives a large finite value): a first
    /// guess from the exponent bits and four Newton steps, relative error near 1e-16.
    @inline(__always) var reciprocalSquareRoot: Lanes {
        var y = Lanes(bits: 0x5FE6_EB50_C7B5_37A9 &- (bits &>> 1))
        let half = self * 0.5
        for _ in 0..<4 { y = y * Lanes.fma(-half * y, y, Lanes(repeating: 1.5)) }
        return y
    }
}

extension Double {
    /// a·b + c for one lane, fused under the same condition as `Lanes.fma`.
    @inline(__always) static func multiplyAdd(_ a: Double, _ b: Double, _ c: Double) -> Double {
        LaneMath.hasFusedMultiplyAdd ? c.addingProduct(a, b) : a * b + c
    }
}

extension SIMDMask where Storage == SIMD8<Int64> {
    /// Whether any lane is set (one compare-to-mask test on AVX-512).
    @inline(__always) var anySet: Bool { any(self) }
}
