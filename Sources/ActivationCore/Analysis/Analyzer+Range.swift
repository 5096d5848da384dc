import Formula

/// Ranges of f and f′, critical points, monotonicity.
extension Analyzer {
    struct CriticalPoint {
        let x: Double
        let y: Double
        let isMinimum: Bool
    }

    /// A value the function takes or approaches, and whether a finite point attains it.
    struct Candidate {
        let value: Double
        let attained: Bool
        let x: Double?
    }

    /// Sign changes of f′ between neighbouring samples (no breakpoint between them), refined
    /// by bisection on f′; and pairs hidden between two samples: where f′ has a local
    /// minimum above 0 at the samples but below 0 at its refined extremum (or the mirror
    /// case), f′ crosses 0 on each side of that extremum.
    ///
    /// With `skipping`, a sign change of a formula's f′ where f over the two samples'
    /// bracket is certainly strictly inside what the range of f reaches anyway (`Ends`) is
    /// not refined: its critical point could neither move nor close an end of the range.
    /// It is kept, with NaN for x and f(x) (which no step of the analysis counts), so the
    /// count of critical points stays; `skipped` adds the evaluations left out.
    func criticalPoints(extrema: [SlopeExtremum], skipping: Bool, skipped: inout Int,
                        minus: Limit, plus: Limit) -> [CriticalPoint] {
        let program: Program? = if skipping, case .interpreted(let formula) = probe.function.storage {
            formula.valueProgram
        } else {
            nil
        }
        // What f's range reaches without the critical points, made at the first sign change.
        var ends: Ends? = nil
        func certainlyIrrelevant(_ lower: Double, _ upper: Double) -> Bool {
            guard let program else { return false }
            if ends == nil {
                ends = Ends(samples: fExtremes, minus: minus, plus: plus)
                for s in sides { ends!.include(s.value, s.left, s.right) }
            }
            guard let range = program.range(over: lower, upper) else { return false }
            return ends!.strictlyInside(range)
        }
        var result: [CriticalPoint] = []
        var last: Int? = nil  // index of the last sample with f′ ≠ 0
        var i = 0
        while i < xs.count {
            // Right after a sample with f′ finite and ≠ 0, samples that keep its sign (finite,
            // ≠ 0) change nothing but `last`: they are passed over four at a time.
            if last == i - 1 {
                while i + 4 <= xs.count, Self.keepSign(dfs, i - 1) { i += 4 }
                last = i - 1
                guard i < xs.count else { break }
            }
            defer { i += 1 }
            guard dfs[i].isFinite, dfs[i] != 0 else { continue }
            defer { last = i }
            guard let j = last, (dfs[j] < 0) != (dfs[i] < 0), i - j <= 2, clear(xs[j], xs[i]) else { continue }
            if result.count >= Self.maximumExtrema {
                probe.note("more than \(Self.maximumExtrema) local extrema; only the first were refined")
                break
            }
            if certainlyIrrelevant(xs[j], xs[i]) {
                skipped += Refinement.bisectionEvaluations + 1
                result.append(CriticalPoint(x: .nan, y: .nan, isMinimum: dfs[j] < 0))
                continue
            }
            let x = Refinement.bisect(probe.df, xs[j], xs[i], known: dfs[j], dfs[i], again: probe.again)
            let y = probe.f(x)
            ends?.include(y)
            result.append(CriticalPoint(x: x, y: y, isMinimum: dfs[j] < 0))
        }
        for e in extrema where result.count + 2 <= Self.maximumExtrema {
            // An extremum left unrefined is certainly not hidden (see `slopeExtrema`).
            guard let best = e.best else { continue }
            let hidden = e.isMinimum ? (e.sampleValue > 0 && best.y < 0) : (e.sampleValue < 0 && best.y > 0)
            guard hidden else { continue }
            let left = Refinement.bisect(probe.df, e.lower, best.x, known: e.lowerSlope, best.y, again: probe.again)
            result.append(CriticalPoint(x: left, y: probe.f(left), isMinimum: !e.isMinimum))
            let right = Refinement.bisect(probe.df, best.x, e.upper, known: best.y, e.upperSlope, again: probe.again)
            result.append(CriticalPoint(x: right, y: probe.f(right), isMinimum: e.isMinimum))
        }
        return result
    }

    /// The range of f: candidates from samples, critical points, breakpoints and limits.
    func valueRange(criticals: [CriticalPoint], minus: Limit, plus: Limit) -> (interval: Interval, lowerAt: Double?) {
        // A sample value is attained, but rounding makes saturating functions reach their
        // bound in floating point (tanh(20) == 1): only true extrema, breakpoint values and
        // flat stretches beside a breakpoint count as attaining a bound.
        var candidates: [Candidate] = []
        for c in criticals where c.y.isFinite { candidates.append(Candidate(value: c.y, attained: true, x: c.x)) }
        for s in sides {
            if s.value.isFinite { candidates.append(Candidate(value: s.value, attained: true, x: s.x)) }
            if s.left.isFinite {
                candidates.append(Candidate(value: s.left, attained: s.leftFlat && s.leftSlope == 0, x: s.x - 1e-3 * max(1, abs(s.x))))
            }
            if s.right.isFinite {
                candidates.append(Candidate(value: s.right, attained: s.rightFlat && s.rightSlope == 0, x: s.x + 1e-3 * max(1, abs(s.x))))
            }
        }
        return hull(samples: fs, extremes: fExtremes, candidates, limits: [minus, plus])
    }

    /// A local extremum of the sampled f′ (within the inner window, no breakpoint in its
    /// bracket), refined by golden section.
    struct SlopeExtremum {
        let lower: Double, upper: Double
        /// f′ at `lower` and `upper` (samples).
        let lowerSlope: Double, upperSlope: Double
        /// The sample at the extremum (the first of a run of equal values).
        let sampleX: Double, sampleValue: Double
        let isMinimum: Bool
        /// The refined extremum; nil when it certainly could not matter (see `slopeExtrema`).
        let best: (x: Double, y: Double)?
    }

    /// Local extrema of the sampled f′. Near an extremum f′ can round to the same value at
    /// neighbouring samples, so a run of equal values counts when both neighbours of the
    /// run lie on the same side of it; a run that reaches the window's edge is saturation.
    ///
    /// With `skipping`, an extremum of a formula whose f′ over its bracket
    /// (`Program.range(over:_:)`) is certainly strictly inside what f′'s range reaches anyway
    /// (`Ends`: the finite samples, the one-sided slopes at breakpoints, the limits and the
    /// extrema refined before it), and certainly not of the opposite sign to its sample, is
    /// not refined: its refined value could neither move nor close an end of f′'s range, nor
    /// hide a pair of critical points. `skipped` adds the evaluations left out.
    func slopeExtrema(skipping: Bool, skipped: inout Int, minus: Limit, plus: Limit) -> [SlopeExtremum] {
        let program: Program? = if skipping, case .interpreted(let formula) = probe.function.storage {
            formula.derivativeProgram
        } else {
            nil
        }
        // What f′'s range reaches without the extrema, made at the first extremum.
        var ends: Ends? = nil
        func certainlyIrrelevant(_ lower: Double, _ upper: Double, sample b: Double, isMinimum: Bool) -> Bool {
            guard let program else { return false }
            if ends == nil {
                ends = Ends(samples: dfExtremes, minus: minus, plus: plus)
                for s in sides { ends!.include(s.leftSlope, s.rightSlope) }
            }
            guard let range = program.range(over: lower, upper), ends!.strictlyInside(range) else { return false }
            return isMinimum ? (b <= 0 || range.lowerBound >= 0) : (b >= 0 || range.upperBound <= 0)
        }
        var result: [SlopeExtremum] = []
        var start = 1
        while start + 1 < xs.count, result.count < Self.maximumExtrema {
            // Where f′ strictly rises (or falls) sample after sample, each run is one sample
            // between a smaller and a larger neighbour, so no extremum: passed over four at a time.
            while start + 4 < xs.count, Self.strictlyMonotone(dfs, start - 1) { start += 4 }
            guard start + 1 < xs.count else { break }
            var end = start
            while end + 1 < xs.count, dfs[end + 1] == dfs[start] { end += 1 }
            defer { start = end + 1 }
            // The cheap test first: most runs are not extrema (all the tests are pure).
            guard end + 1 < xs.count else { continue }
            let (a, b, c) = (dfs[start - 1], dfs[start], dfs[end + 1])
            let isMax = b > a && b > c, isMin = b < a && b < c
            guard isMax || isMin, abs(xs[start - 1]) <= grid.innerRadius, abs(xs[end + 1]) <= grid.innerRadius,
                  clear(xs[start - 1], xs[end + 1]), b.isFinite else { continue }
            var best: (x: Double, y: Double)? = nil
            if certainlyIrrelevant(xs[start - 1], xs[end + 1], sample: b, isMinimum: isMin) {
                skipped += Refinement.goldenSectionEvaluations
            } else {
                best = Refinement.goldenSection(probe.df, xs[start - 1], xs[end + 1], sign: isMin ? 1 : -1, again: probe.again)
                if let best { ends?.include(best.y) }
            }
            result.append(SlopeExtremum(lower: xs[start - 1], upper: xs[end + 1], lowerSlope: a, upperSlope: c,
                                        sampleX: xs[start], sampleValue: b, isMinimum: isMin, best: best))
        }
        if result.count >= Self.maximumExtrema {
            probe.note("more than \(Self.maximumExtrema) local extrema of f′; only the first were refined")
        }
        return result
    }

    /// Whether values[k + 1 ... k + 4] are finite, not 0, and of the sign of values[k].
    @inline(__always)
    static func keepSign(_ values: [Double], _ k: Int) -> Bool {
        let sign = values[k].bitPattern >> 63
        for v in values[(k + 1)...(k + 4)] {
            let bits = v.bitPattern
            // Finite: not all exponent bits set; not 0: some bit besides the sign.
            if bits >> 63 != sign || bits & 0x7FF0_0000_0000_0000 == 0x7FF0_0000_0000_0000 || bits << 1 == 0 { return false }
        }
        return true
    }

    /// Whether values[k ... k + 5] strictly increase or strictly decrease.
    @inline(__always)
    static func strictlyMonotone(_ values: [Double], _ k: Int) -> Bool {
        let (a, b, c) = (values[k], values[k + 1], values[k + 2])
        let (d, e, f) = (values[k + 3], values[k + 4], values[k + 5])
        return (a < b && b < c && c < d && d < e && e < f) || (a > b && b > c && c > d && d > e && e > f)
    }

    /// The range of f′: samples, local extrema of f′ (golden section), one-sided slopes at
    /// breakpoints, limits.
    func derivativeRange(extrema: [SlopeExtremum], minus: Limit, plus: Limit) -> (interval: Interval, lowerAt: Double?) {
        var candidates: [Candidate] = []
        for e in extrema {
            candidates.append(Candidate(value: e.sampleValue, attained: true, x: e.sampleX))
            if let best = e.best, best.y.isFinite { candidates.append(Candidate(value: best.y, attained: true, x: best.x)) }
        }
        for s in sides {
            if s.kind == .unknown {
                // f′ at a differentiable breakpoint is `leftSlope` (f′(x) itself).
                candidates.append(Candidate(value: probe.again(s.leftSlope), attained: true, x: s.x))
            }
            if s.leftSlope.isFinite { candidates.append(Candidate(value: s.leftSlope, attained: s.leftFlat, x: nil)) }
            if s.rightSlope.isFinite { candidates.append(Candidate(value: s.rightSlope, attained: s.rightFlat, x: nil)) }
        }
        return hull(samples: dfs, extremes: dfExtremes, candidates, limits: [minus, plus])
    }

    static func isConstant(_ values: [Double]) -> Bool {
        guard let first = values.first(where: { !$0.isNaN }) else { return false }
        return values.allSatisfy { $0.isNaN || $0 == first }
    }

    /// The hull of the finite samples (attained only when the samples are constant), the
    /// other candidates and the finite limits (never attained); an infinite limit opens
    /// that end. Of several points attaining the lower bound, `lowerAt` is the one nearest 0.
    /// `extremes` are the samples' finite extremes (`Analyzer.finiteExtremes`).
    func hull(samples: [Double], extremes: (low: Double, high: Double)?, _ others: [Candidate],
              limits: [Limit]) -> (interval: Interval, lowerAt: Double?) {
        let constant = Self.isConstant(samples)
        let limitValues = limits.compactMap(\.finiteValue)
        // Smallest and largest as `min()`/`max()` would pick them, in the same order.
        var lowest: Double? = nil, highest: Double? = nil
        func see(_ v: Double) {
            if let l = lowest { if v < l { lowest = v } } else { lowest = v }
            if let h = highest { if h < v { highest = v } } else { highest = v }
        }
        // The samples first (the same picks as `see`).
        if let (low, high) = extremes { (lowest, highest) = (low, high) }
        for c in others { see(c.value) }
        for v in limitValues { see(v) }
        let lowerValue = limits.contains(.minusInfinity) ? -.infinity : lowest ?? .nan
        let upperValue = limits.contains(.plusInfinity) ? .infinity : highest ?? .nan
        var lowerClosed = false, upperClosed = false
        var lowerAt: Double? = nil
        func hit(_ value: Double, _ x: Double?) {
            if value == upperValue { upperClosed = true }
            guard value == lowerValue else { return }
            lowerClosed = true
            if let x, lowerAt.map({ abs(x) < abs($0) }) ?? true { lowerAt = x }
        }
        if constant {
            for (x, v) in zip(xs, samples) where v.isFinite { hit(v, x) }
        }
        for c in others where c.attained || constant { hit(c.value, c.x) }
        let interval = Interval(lower: lowerValue, lowerClosed: lowerClosed, upper: upperValue, upperClosed: upperClosed)
        return (interval, lowerAt)
    }

    /// Non-decreasing: no critical point, f′ ≥ 0 at every sample (to rounding), no jump down,
    /// and the far values in order.
    func isMonotonic(criticals: [CriticalPoint], minus: Limit, plus: Limit) -> Bool {
        if !criticals.isEmpty { return false }
        for i in xs.indices where dfs[i] < -1e-13 * max(1, abs(fs[i])) { return false }
        for s in sides where s.right < s.left - 1e-12 * max(1, abs(s.left)) || s.value < s.left - 1e-12 * max(1, abs(s.left)) || s.value > s.right + 1e-12 * max(1, abs(s.right)) {
            return false
        }
        var ordered = true
        forEachInOrder(far.f.minus, fs, far.f.plus) { a, b in
            if b < a - 1e-9 * max(1, abs(a)) { ordered = false }
            return ordered
        }
        return ordered
    }

    /// Calls `body` on each pair of neighbours of the values far out on the left, the samples
    /// and the values far out on the right, in increasing x, skipping NaN (without building
    /// the joined array), until `body` returns false (its answer is then settled).
    func forEachInOrder(_ minus: [Double], _ samples: [Double], _ plus: [Double], _ body: (Double, Double) -> Bool) {
        var previous: Double? = nil
        func visit(_ v: Double) -> Bool {
            guard !v.isNaN else { return true }
            defer { previous = v }
            if let a = previous { return body(a, v) }
            return true
        }
        for v in minus.reversed() where !visit(v) { return }
        for v in samples where !visit(v) { return }
        for v in plus where !visit(v) { return }
    }

    /// f′ non-decreasing or non-increasing over the samples (far values included).
    func derivativeIsMonotonic() -> Bool {
        var increasing = true, decreasing = true
        forEachInOrder(far.df.minus, dfs, far.df.plus) { a, b in
            // max(max(1, |a|), |b|) is what the three-argument max computes, without its
            // variadic array.
            let tolerance = 1e-12 * max(max(1, abs(a)), abs(b))
            if b < a - tolerance { increasing = false }
            if b > a + tolerance { decreasing = false }
            return increasing || decreasing
        }
        return increasing || decreasing
    }
}

/// What the hull of some values (`Analyzer.hull`) certainly reaches without the candidates
/// still to come: the smallest and largest finite values seen, and the ends an infinite
/// limit opens. A candidate certainly strictly inside can neither move an end nor close one.
struct Ends {
    var low = Double.infinity, high = -Double.infinity
    let openBelow: Bool, openAbove: Bool

    /// `samples` are the finite extremes of the samples (`Analyzer.finiteExtremes`).
    init(samples: (low: Double, high: Double)?, minus: Limit, plus: Limit) {
        if let (l, h) = samples { (low, high) = (l, h) }
        openBelow = minus == .minusInfinity || plus == .minusInfinity
        openAbove = minus == .plusInfinity || plus == .plusInfinity
        include(minus.finiteValue ?? .nan, plus.finiteValue ?? .nan)
    }

    /// Counts finite values among those the hull sees (NaN and infinities are left out).
    mutating func include(_ values: Double...) {
        for v in values where v.isFinite {
            if v < low { low = v }
            if high < v { high = v }
        }
    }

    /// Whether every value in `range` lies strictly between the ends (or an open end).
    func strictlyInside(_ range: ClosedRange<Double>) -> Bool {
        (openBelow || range.lowerBound > low) && (openAbove || range.upperBound < high)
    }
}
