extension Expression {
    /// How many samples the numeric root search takes per scale, and how many roots it
    /// keeps: the budget that bounds the work for conditions that are not linear in x.
    static let rootSamples = 2048
    static let rootLimit = 64

    /// Sample points for the root search: a uniform grid over the whole interval and
    /// finer ones over [−100, 100], [−10, 10] and [−1, 1] where those overlap it, since
    /// the switch points of activation functions cluster near zero. At most about
    /// 4 × `rootSamples` evaluations.
    static func samplePoints(_ interval: ClosedRange<Double>) -> [Double] {
        interval == commonWindow ? commonWindowSamples : makeSamplePoints(interval)
    }

    /// The window activations are searched in, whose samples are made once.
    static let commonWindow: ClosedRange<Double> = -1000...1000
    static let commonWindowSamples = makeSamplePoints(commonWindow)

    static func makeSamplePoints(_ interval: ClosedRange<Double>) -> [Double] {
        var points: [Double] = []
        for half in [Double.infinity, 100, 10, 1] {
            let lo = Swift.max(interval.lowerBound, -half), hi = Swift.min(interval.upperBound, half)
            guard hi > lo else { continue }
            if half.isFinite, lo == interval.lowerBound, hi == interval.upperBound, !points.isEmpty { continue }
            for i in 0...rootSamples { points.append(i == rootSamples ? hi : lo + (hi - lo) * Double(i) / Double(rootSamples)) }
        }
        points.sort()
        var unique: [Double] = []
        for p in points where unique.last != p { unique.append(p) }
        return unique
    }

    /// The x in `interval` where the expression changes sign (or is zero), exactly
    /// when it is linear in x, else by sampling and bisection to the last bit.
    ///
    /// A sign change through a pole counts (1/x changes sign at 0): an infinite sample
    /// carries its sign. A NaN sample breaks the comparison, so a sign change across a
    /// stretch where the expression is undefined (log(x) for x ≤ 0) is not a root.
    func roots(parameters: [String: Double], in interval: ClosedRange<Double>) -> [Double] {
        roots(parameters: parameters, in: interval, samples: nil).roots
    }

    /// `roots(parameters:in:)`, with the expression's values at `samplePoints(interval)`
    /// when they were sampled (nil when the expression is linear or constant), or ±1 where
    /// they are certainly of that sign (`Program.valuesOrSigns`). `samples`, when given, are
    /// those, known already (see `BreakpointSearch`).
    func roots(parameters: [String: Double], in interval: ClosedRange<Double>,
               samples: SampledSigns?) -> (roots: [Double], samples: SampledSigns?) {
        if !dependsOnX { return ([], nil) }
        if let (slope, intercept) = linearCoefficients(parameters: parameters) {
            guard slope != 0, slope.isFinite, intercept.isFinite else { return ([], nil) }
            let root = -intercept / slope
            return (interval.contains(root) ? [root == 0 ? 0 : root] : [], nil)
        }
        let lo = interval.lowerBound, hi = interval.upperBound
        guard lo.isFinite, hi.isFinite, hi > lo else { return ([], nil) }
        let points = Self.samplePoints(interval)
        let program = samples == nil ? self.program(parameters: parameters) : nil
        // Only signs matter where no sign change is possible: those stretches hold ±1.
        let sampled = samples ?? SampledSigns(program!.valuesOrSignsAndRuledOut(points))
        return (roots(at: points, sampled, program: program, parameters: parameters), sampled)
    }

    /// The sign changes and zeros of sampled values, refined by bisection on `program`
    /// (this expression's, made here if nil; bit for bit its closures).
    private func roots(at points: [Double], _ sampled: SampledSigns, program known: Program?, parameters: [String: Double]) -> [Double] {
        let values = sampled.values, ruledOut = sampled.ruledOut
        // The program laid out for one x at a time at the first bisection (~60 evaluations each).
        var code: ScalarCode? = nil
        func g(_ x: Double) -> Double {
            if code == nil { code = (known ?? self.program(parameters: parameters)).scalarCode }
            return code!.evaluate(at: x)
        }
        var roots: [Double] = []
        if values[0] == 0 { roots.append(points[0]) }
        values.withUnsafeBufferPointer { values in
            var k = 0, stretch = 0
            while true {
                k += 1
                // Inside a stretch `valuesOrSigns` ruled out (one sign throughout), nothing
                // happens: go on at its end, whose value is compared with the stretch's last.
                while stretch < ruledOut.count, ruledOut[stretch].upperBound <= k { stretch += 1 }
                if stretch < ruledOut.count, ruledOut[stretch].lowerBound < k {
                    k = ruledOut[stretch].upperBound
                    stretch += 1
                }
                // Nothing happens where the value is not 0 and keeps its sign bit (the
                // common case, tested first): the tests below then all fail. Such runs of
                // evaluated samples are passed over four at a time.
                while k + 4 <= values.count, Self.keepsSign(values, k - 1) { k += 4 }
                guard k < values.count else { break }
                let value = values[k], previous = values[k - 1]
                if value != 0, (previous.bitPattern ^ value.bitPattern) >> 63 == 0 { continue }
                let x = points[k]
                if value == 0 {
                    roots.append(x)
                } else if previous != 0, !previous.isNaN, !value.isNaN, (previous < 0) != (value < 0) {
                    var root = Self.bisect(g, points[k - 1], x, previous < 0)
                    // Bisection towards a pole at a sample ends one ulp beside it: the pole is the root.
                    for (end, endValue) in [(points[k - 1], previous), (x, value)]
                    where endValue.isInfinite && Swift.abs(root - end) <= 1e-12 * Swift.max(1, Swift.abs(end)) {
                        root = end
                    }
                    roots.append(root)
                }
                if roots.count >= Self.rootLimit { break }
            }
        }
        return roots
    }

    /// Whether values[k + 1 ... k + 4] are not 0 and have the sign bit of values[k].
    @inline(__always)
    private static func keepsSign(_ values: UnsafeBufferPointer<Double>, _ k: Int) -> Bool {
        let a = values[k].bitPattern, b = values[k + 1].bitPattern, c = values[k + 2].bitPattern
        let d = values[k + 3].bitPattern, e = values[k + 4].bitPattern
        let signs = ((a ^ b) | (a ^ c) | (a ^ d) | (a ^ e)) >> 63
        // x << 1 drops the sign bit: 0 exactly for both zeros.
        let zeros = (b << 1 == 0) || (c << 1 == 0) || (d << 1 == 0) || (e << 1 == 0)
        return signs == 0 && !zeros
    }

    /// Bisection on [a, b] where g(a) has sign `negativeAtA`, until the interval is one ulp.
    static func bisect(_ g: (Double) -> Double, _ start: Double, _ end: Double, _ negativeAtA: Bool) -> Double {
        var a = start, b = end
        for _ in 0..<200 {
            let m = a + (b - a) / 2
            if m <= a || m >= b { break }
            let value = g(m)
            if value == 0 { return m }
            if (value < 0) == negativeAtA { a = m } else { b = m }
        }
        return Swift.abs(g(a)) <= Swift.abs(g(b)) ? a : b
    }
}

/// A compared difference's values at the root search's sample points, ±1 in the stretches
/// `Program.valuesOrSigns` ruled out (listed in `ruledOut`, in order).
struct SampledSigns {
    let values: [Double]
    let ruledOut: [Range<Int>]

    init(_ sampled: (values: [Double], ruledOut: [Range<Int>])) {
        (values, ruledOut) = sampled
    }

    /// The values of the difference's mirror (a − b for b − a): each negated, the same
    /// stretches ruled out.
    var negated: SampledSigns {
        SampledSigns((values.map { -$0 }, ruledOut))
    }
}
