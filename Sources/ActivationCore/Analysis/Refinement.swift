/// Bounded one-dimensional searches: bisection for a sign change, golden section for an extremum.
enum Refinement {
    /// A root of g in [a, b] where g(a) and g(b) have opposite signs (or one is 0), to the
    /// last bit or within 200 steps. `ga` and `gb` are g(a) and g(b), already known; `again`
    /// is asked for a known value wherever g would be re-evaluated at a point (see
    /// `Probe.again`).
    static func bisect(_ g: (Double) -> Double, _ a: Double, _ b: Double, known ga: Double, _ gb: Double,
                       again: (Double) -> Double) -> Double {
        var lo = a, hi = b
        var gLo = again(ga), gHi = gb
        for _ in 0..<200 {
            let mid = lo + (hi - lo) / 2
            if mid <= lo || mid >= hi { break }
            let gMid = g(mid)
            if gMid.isNaN { break }
            if (gMid < 0) == (gLo < 0) && gMid != 0 {
                lo = mid
                gLo = gMid
            } else {
                hi = mid
                gHi = gMid
            }
        }
        return abs(again(gLo)) <= abs(again(gHi)) ? lo : hi
    }

    /// The most evaluations `bisect` makes: one asked again, one per step, two asked again.
    static let bisectionEvaluations = 1 + 200 + 2

    /// The most evaluations `goldenSection` makes: two to start, one per step, one asked again.
    static let goldenSectionEvaluations = 2 + 120 + 1

    /// The x in [a, b] where g is smallest (sign = 1) or largest (sign = −1), by golden
    /// section, at most 120 steps. Returns (x, g(x)), g(x) asked of `again` (see `bisect`).
    static func goldenSection(_ g: (Double) -> Double, _ a: Double, _ b: Double, sign: Double,
                              again: (Double) -> Double) -> (x: Double, y: Double) {
        let ratio = (5.0.squareRoot() - 1) / 2
        var lo = a, hi = b
        var c = hi - ratio * (hi - lo), d = lo + ratio * (hi - lo)
        var gc = sign * g(c), gd = sign * g(d)
        for _ in 0..<120 {
            if hi - lo <= 1e-15 * max(1, abs(lo)) { break }
            if gc < gd {
                hi = d
                d = c
                gd = gc
                c = hi - ratio * (hi - lo)
                gc = sign * g(c)
            } else {
                lo = c
                c = d
                gc = gd
                d = lo + ratio * (hi - lo)
                gd = sign * g(d)
            }
        }
        // sign · (sign · y) is y exactly (sign is ±1).
        return gc < gd ? (c, again(sign * gc)) : (d, again(sign * gd))
    }
}
