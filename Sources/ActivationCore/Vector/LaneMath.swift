/// exp, expm1 and log1p across eight lanes, without branches or tables, as pairs whose error
/// stays near 0.1 ulp before the final rounding. Inputs outside the documented domain give
/// meaningless lanes: kernels clamp them, or mark them for the scalar path (`patched`).
enum LaneMath {
    /// Whether a fused multiply-add is an instruction on the target (NONLIN_FMA, defined by
    /// Package.swift along with the CPU it compiles for; every arm64 CPU has one). Without
    /// it, a fused operation is a library call per lane.
    @inline(__always) static var hasFusedMultiplyAdd: Bool {
        #if NONLIN_FMA || arch(arm64)
        true
        #else
        false
        #endif
    }

    static let ln2Hi = 0x1.62E4_2FEF_A380_0p-1  // 42 significant bits: n·ln2Hi is exact
    static let ln2Lo = 0x1.EF35_793C_7673_0p-45
    static let log2e = 1.442_695_040_888_963_4
    /// 1.5·2⁵² + 1023: adding it to y rounds y to an integer n and leaves n + 1023 (the biased
    /// exponent of 2ⁿ) in the low bits, so that shifting the bits left by 52 gives 2ⁿ.
    static let exponentShifter = 0x1.8p52 + 1023

    /// x = n·ln 2 + r with |r| ≤ ln 2/2 (r as a pair), and 2ⁿ built from the exponent bits.
    /// Valid for −1021·ln 2 ≤ x ≤ 1023·ln 2, so that 2ⁿ is a normal number.
    @inline(__always) static func reduce(_ x: Lanes) -> (r: LanePair, scale: Lanes) {
        let shifter = Lanes(repeating: exponentShifter)
        let k = Lanes.fma(x, Lanes(repeating: log2e), shifter)  // n + 1023 in the low bits of k
        let n = k - shifter
        let r1 = Lanes.fma(-n, Lanes(repeating: ln2Hi), x)  // exact
        let r = Lanes.fma(-n, Lanes(repeating: ln2Lo), r1)
        let rLow = Lanes.fma(-n, Lanes(repeating: ln2Lo), r1 - r)
        let scale = Lanes(bits: k.bits &<< 52)
        return (LanePair(r, rLow), scale)
    }

    /// The Taylor coefficients of (exp(r) − 1 − r)/r², 1/13! down to 1/2: truncation 4e-18
    /// relative on |r| ≤ ln 2/2.
    static let taylor: InlineArray<12, Double> = [
        1.605_904_383_682_161_3e-10, 2.087_675_698_786_81e-9, 2.505_210_838_544_172e-8, 2.755_731_922_398_589e-7,
        2.755_731_922_398_589e-6, 2.480_158_730_158_730_2e-5, 1.984_126_984_126_984_1e-4, 1.388_888_888_888_889e-3,
        8.333_333_333_333_333e-3, 4.166_666_666_666_666_4e-2, 0.166_666_666_666_666_66, 0.5]

    /// The same series from 1/8!: truncation 6e-10 relative to exp(r) − 1, enough for a
    /// Float result (0.02 ulp).
    static let shortTaylor: InlineArray<7, Double> = [
        2.480_158_730_158_730_2e-5, 1.984_126_984_126_984_1e-4, 1.388_888_888_888_889e-3,
        8.333_333_333_333_333e-3, 4.166_666_666_666_666_4e-2, 0.166_666_666_666_666_66, 0.5]

    /// A polynomial's value by Horner's rule, highest coefficient first. The count is a
    /// compile-time constant, so the loop unrolls into fused multiply-adds.
    @inline(__always) static func horner<let n: Int>(_ t: Lanes, _ coefficients: InlineArray<n, Double>) -> Lanes {
        var p = Lanes(repeating: coefficients[0])
        for k in 1..<n { p = Lanes.fma(p, t, Lanes(repeating: coefficients[k])) }
        return p
    }

    /// The same polynomial by Estrin's scheme: more multiplications, but a dependency chain
    /// of log₂(n) fused multiply-adds instead of n, which the out-of-order core overlaps with
    /// the next vector's.
    @inline(__always) static func estrin<let n: Int>(_ t: Lanes, _ coefficients: InlineArray<n, Double>) -> Lanes {
        var v = InlineArray<n, Lanes>(repeating: Lanes())
        for k in 0..<n { v[k] = Lanes(repeating: coefficients[n - 1 - k]) }  // ascending powers
        var count = n, power = t
        while count > 1 {
            for j in 0..<(count / 2) { v[j] = Lanes.fma(v[2 * j + 1], power, v[2 * j]) }
            if count % 2 == 1 { v[count / 2] = v[count - 1] }
            count = (count + 1) / 2
            power = power * power
        }
        return v[0]
    }

    /// (exp(r) − 1 − r)/r² from `taylor` by Estrin's scheme, written out: the generic
    /// `estrin` inside the larger kernels made the compiler split and spill vectors.
    @inline(__always) static func expSeries(_ x: Lanes) -> Lanes {
        func c(_ k: Int) -> Lanes { Lanes(repeating: taylor[11 - k]) }  // coefficient of x^k
        let x2 = x * x, x4 = x2 * x2
        let p0 = Lanes.fma(c(1), x, c(0)), p1 = Lanes.fma(c(3), x, c(2)), p2 = Lanes.fma(c(5), x, c(4))
        let p3 = Lanes.fma(c(7), x, c(6)), p4 = Lanes.fma(c(9), x, c(8)), p5 = Lanes.fma(c(11), x, c(10))
        let q0 = Lanes.fma(p1, x2, p0), q1 = Lanes.fma(p3, x2, p2), q2 = Lanes.fma(p5, x2, p4)
        return Lanes.fma(q2, x4 * x4, Lanes.fma(q1, x4, q0))
    }

    /// The same from `shortTaylor` (seven terms).
    @inline(__always) static func expSeriesShort(_ x: Lanes) -> Lanes {
        func c(_ k: Int) -> Lanes { Lanes(repeating: shortTaylor[6 - k]) }
        let x2 = x * x
        let p0 = Lanes.fma(c(1), x, c(0)), p1 = Lanes.fma(c(3), x, c(2)), p2 = Lanes.fma(c(5), x, c(4))
        return Lanes.fma(Lanes.fma(c(6), x2, p2), x2 * x2, Lanes.fma(p1, x2, p0))
    }

    /// exp(r) − 1 for |r| ≤ ln 2/2 as a pair: r + r²·P(r), summed without rounding the leading r.
    @inline(__always) static func expMinusOneReduced(_ r: LanePair) -> LanePair {
        let x = r.hi
        let w = LanePair.fastSum(x, x * x * expSeries(x))
        return LanePair(w.hi, w.lo + Lanes.fma(r.lo, x, r.lo))  // d/dr (exp r − 1) = e^r ≈ 1 + r
    }

    /// exp(x) as a pair, for −708 ≤ x ≤ 709 (normal results).
    @inline(__always) static func exp(_ x: Lanes) -> LanePair {
        let (r, scale) = reduce(x)
        let w = expMinusOneReduced(r)
        let one = LanePair.fastSum(Lanes(repeating: 1), w.hi)
        return LanePair(one.hi * scale, (one.lo + w.lo) * scale)
    }

    /// exp(x) − 1 for −60 ≤ x ≤ 0, as a pair: 2ⁿ·(exp(r) − 1) + (2ⁿ − 1), with 2ⁿ − 1 a pair.
    @inline(__always) static func expMinusOne(_ x: Lanes) -> LanePair {
        let (r, scale) = reduce(x)
        let w = expMinusOneReduced(r)
        let c = LanePair.fastSum(Lanes(repeating: -1), scale)  // 2ⁿ − 1, exact also for n < −53
        let s = LanePair.fastSum(c.hi, scale * w.hi)  // |2ⁿ − 1| ≥ |2ⁿ·w| for n < 0; exact for n = 0
        return LanePair(s.hi, Lanes.fma(scale, w.lo, s.lo + c.lo))
    }

    /// x = n·ln 2 + r in one step (r to 2⁻⁴⁸ absolute for |x| ≤ 709) and 2ⁿ: the
    /// single-precision reduction.
    @inline(__always) static func reduceSingle(_ x: Lanes) -> (r: Lanes, scale: Lanes) {
        let shifter = Lanes(repeating: exponentShifter)
        let k = Lanes.fma(x, Lanes(repeating: log2e), shifter)
        let r = Lanes.fma(shifter - k, Lanes(repeating: 0.693_147_180_559_945_3), x)
        return (r, Lanes(bits: k.bits &<< 52))
    }

    /// exp(x) to 2⁻³⁰ relative, for −708 ≤ x ≤ 709: the single-precision path.
    @inline(__always) static func expSingle(_ x: Lanes) -> Lanes {
        let (r, scale) = reduceSingle(x)
        let w = Lanes.fma(r * r, expSeriesShort(r), r)
        return Lanes.fma(scale, w, scale)
    }

    /// exp(x) − 1 for −60 ≤ x ≤ 0, to 2⁻³⁰ relative (`long`: false) or to about 2⁻⁵⁰
    /// (`long`: true, the full series, for callers that cancel): the single-precision path.
    @inline(__always) static func expMinusOneSingle(_ x: Lanes, long: Bool = false) -> Lanes {
        let (r, scale) = reduceSingle(x)
        let w = Lanes.fma(r * r, long ? expSeries(r) : expSeriesShort(r), r)
        return Lanes.fma(scale, w, scale - 1)
    }

    /// log(1 + e) for a pair 0 ≤ e ≤ 1: u = 1 + e kept as a pair, u = 2ᵏ·m with m near 1,
    /// then fdlibm's log(1 + f) = f − f²/2 + s·(f²/2 + R(s²)), s = f/(2 + f), and u.lo/m added.
    @inline(__always) static func logOnePlus(_ e: LanePair) -> Lanes {
        let u = LanePair.fastSum(Lanes(repeating: 1), e.hi)
        let big = u.hi .> 1.414_213_562_373_095_1
        let k = Lanes(repeating: 0).replacing(with: 1, where: big)
        let m = u.hi.replacing(with: u.hi * 0.5, where: big)
        let low = (u.lo + e.lo).replacing(with: (u.lo + e.lo) * 0.5, where: big)
        let f = m - 1  // exact: m ∈ [0.70, 1.42]
        let denominator = 2 + f
        let inverse = 1 / (denominator * m)
        let s = f * m * inverse
        let z = s * s, w = z * z
        let t1 = w * Lanes.fma(w, Lanes.fma(w, Lanes(repeating: 1.531_383_769_920_937_3e-1),
                                             Lanes(repeating: 2.222_219_843_214_978_4e-1)),
                               Lanes(repeating: 3.999_999_999_940_941_9e-1))
        let t2 = z * Lanes.fma(w, Lanes.fma(w, Lanes.fma(w, Lanes(repeating: 1.479_819_860_511_658_6e-1),
                                                          Lanes(repeating: 1.818_357_216_161_805e-1)),
                                             Lanes(repeating: 2.857_142_874_366_239_1e-1)),
                               Lanes(repeating: 6.666_666_666_666_735_1e-1))
        let halfSquare = 0.5 * f * f
        let tail = Lanes.fma(s, halfSquare + (t1 + t2), Lanes.fma(k, Lanes(repeating: ln2Lo), low * denominator * inverse))
        return Lanes.fma(k, Lanes(repeating: ln2Hi), f - (halfSquare - tail))
    }
}
