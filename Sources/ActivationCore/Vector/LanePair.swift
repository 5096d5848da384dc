/// `DoubleWord` across eight lanes: an unevaluated sum `hi + lo`, about 106 bits, for the few
/// steps of a vector kernel whose rounding would otherwise be amplified (`1 + e` before a
/// division, `β·x` before an exponential). Same algorithms as `DoubleWord`, with fused
/// multiply-adds; one division per quotient (the correction multiplies by the reciprocal).
struct LanePair {
    var hi: Lanes
    var lo: Lanes

    @inline(__always) init(_ hi: Lanes, _ lo: Lanes) {
        self.hi = hi
        self.lo = lo
    }

    @inline(__always) init(_ value: Lanes) { self.init(value, Lanes()) }

    /// A constant in every lane.
    @inline(__always) init(_ constant: DoubleWord<Double>) {
        self.init(Lanes(repeating: constant.hi), Lanes(repeating: constant.lo))
    }

    /// `self` with the lanes in `mask` taken from `other`.
    @inline(__always) func replacing(with other: LanePair, where mask: LaneMask) -> LanePair {
        LanePair(hi.replacing(with: other.hi, where: mask), lo.replacing(with: other.lo, where: mask))
    }

    /// The value rounded to Double.
    @inline(__always) var value: Lanes { hi + lo }

    /// `a + b` exactly (TwoSum).
    @inline(__always) static func sum(_ a: Lanes, _ b: Lanes) -> LanePair {
        let s = a + b
        let bb = s - a
        return LanePair(s, (a - (s - bb)) + (b - bb))
    }

    /// `a + b` exactly when |a| ≥ |b| (FastTwoSum).
    @inline(__always) static func fastSum(_ a: Lanes, _ b: Lanes) -> LanePair {
        let s = a + b
        return LanePair(s, b - (s - a))
    }

    /// `c + b` for a constant |c| ≥ |b|: FastTwoSum on the high parts, b.lo added to the
    /// error (the result's low part may exceed half an ulp slightly, which the products and
    /// quotients that consume it tolerate).
    @inline(__always) static func constantPlus(_ c: Double, _ b: LanePair) -> LanePair {
        let s = fastSum(Lanes(repeating: c), b.hi)
        return LanePair(s.hi, s.lo + b.lo)
    }

    /// `a · b` exactly: the error from a fused multiply-add, or from Dekker's product of
    /// Veltkamp halves where the target has none.
    @inline(__always) static func product(_ a: Lanes, _ b: Lanes) -> LanePair {
        let p = a * b
        if LaneMath.hasFusedMultiplyAdd { return LanePair(p, (-p).addingProduct(a, b)) }
        if ((a.magnitude .> 0x1p995) .| (b.magnitude .> 0x1p995)).anySet {  // the split would overflow
            var error = Lanes()
            for i in 0..<8 { error[i] = (-p[i]).addingProduct(a[i], b[i]) }
            return LanePair(p, error)
        }
        let (aHi, aLo) = split(a), (bHi, bLo) = split(b)
        return LanePair(p, ((aHi * bHi - p) + aHi * bLo + aLo * bHi) + aLo * bLo)
    }

    /// Veltkamp's split into two 26-bit halves (|x| ≤ 2⁹⁹⁵, so 2²⁷ + 1 times it is finite).
    @inline(__always) static func split(_ x: Lanes) -> (Lanes, Lanes) {
        let c = x * 134_217_729
        let hi = c - (c - x)
        return (hi, x - hi)
    }

    @inline(__always) static prefix func - (a: LanePair) -> LanePair { LanePair(-a.hi, -a.lo) }

    @inline(__always) static func + (a: LanePair, b: Lanes) -> LanePair {
        let s = sum(a.hi, b)
        return fastSum(s.hi, s.lo + a.lo)
    }

    @inline(__always) static func + (a: LanePair, b: LanePair) -> LanePair {
        let s = sum(a.hi, b.hi)
        return fastSum(s.hi, s.lo + (a.lo + b.lo))
    }

    @inline(__always) static func * (a: LanePair, b: Lanes) -> LanePair {
        let p = product(a.hi, b)
        return fastSum(p.hi, Lanes.fma(a.lo, b, p.lo))
    }

    @inline(__always) static func * (a: LanePair, b: Double) -> LanePair { a * Lanes(repeating: b) }

    @inline(__always) static func * (a: LanePair, b: LanePair) -> LanePair {
        let p = product(a.hi, b.hi)
        return fastSum(p.hi, p.lo + Lanes.fma(a.lo, b.hi, a.hi * b.lo))
    }

    /// `a / b` to about twice Double's precision: q = a.hi·(1/b.hi), then the exact residual
    /// a − q·b times 1/b.hi as the correction. One division.
    @inline(__always) static func / (a: LanePair, b: LanePair) -> LanePair {
        let (q, correction) = divide(a, b)
        return fastSum(q, correction)
    }

    /// `a / b`, rounded to Double.
    @inline(__always) static func quotient(_ a: LanePair, _ b: LanePair) -> Lanes {
        let (q, correction) = divide(a, b)
        return q + correction
    }

    @inline(__always) private static func divide(_ a: LanePair, _ b: LanePair) -> (Lanes, Lanes) {
        let inverse = 1 / b.hi
        let q = a.hi * inverse
        let residual = (Lanes.exactResidual(a.hi, q, b.hi) + a.lo) - q * b.lo
        return (q, residual * inverse)
    }
}
