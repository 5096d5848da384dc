import Formula

/// One run of the property analysis over sampled values (see `PropertyAnalysis`).
struct Analyzer {
    let probe: Probe
    let breakpoints: [Breakpoint]
    let grid: SampleGrid
    let xs: [Double]
    let fs: [Double]
    let dfs: [Double]
    let sides: [BreakpointSides]
    /// The smallest and largest finite values of `fs` and of `dfs` (nil when none is finite).
    let fExtremes: (low: Double, high: Double)?, dfExtremes: (low: Double, high: Double)?
    /// f and f′ at −`Limit.magnitudes` and +`Limit.magnitudes`, computed once.
    let far: (f: (minus: [Double], plus: [Double]), df: (minus: [Double], plus: [Double]))
    /// A sampled x (|x| ≤ 700) where f is NaN or infinite, if any.
    let undefinedAt: Double?

    static let maximumBreakpoints = 200
    static let maximumExtrema = 200

    init(_ probe: Probe) {
        self.probe = probe
        var points = probe.function.breakpoints
        if points.count > Self.maximumBreakpoints {
            probe.note("more than \(Self.maximumBreakpoints) breakpoints; only those nearest 0 were analysed")
            points = Array(points.sorted { abs($0.x) < abs($1.x) }.prefix(Self.maximumBreakpoints)).sorted { $0.x < $1.x }
        }
        breakpoints = points
        grid = SampleGrid(breakpoints: points.map(\.x) + probe.function.smoothJoins)
        xs = grid.xs
        (fs, dfs) = probe.fAndDf(xs)
        fExtremes = Self.finiteExtremes(fs)
        dfExtremes = Self.finiteExtremes(dfs)
        far = probe.farValues()
        let joins = probe.function.smoothJoins.map { Breakpoint(x: $0, kind: .unknown) }
        let samples = Samples(xs: xs, fs: fs, dfs: dfs, probe: probe)
        sides = (points + joins).map { BreakpointSides(probe: probe, samples: samples, breakpoint: $0) }
        undefinedAt = zip(xs, fs).first(where: { !$0.1.isFinite && abs($0.0) <= 700 })?.0
        if let x = undefinedAt {
            probe.note("f is not finite at x = \(x), so it is not continuous on the whole line; other properties are from where it is finite")
        }
    }

    /// The properties. Refinements that cannot change them are skipped (see `slopeExtrema`
    /// and `criticalPoints`) unless the skipped evaluations, had they been made, could have
    /// spent the budget: then the analysis runs again without skipping, so the answer is
    /// always the full one.
    func run() -> Properties {
        let start = probe.checkpoint()
        var skipped = 0
        let properties = run(skipping: true, skipped: &skipped)
        if skipped == 0 || probe.evaluations + skipped <= probe.budget {
            return properties
        }
        probe.restore(start)
        return run(skipping: false, skipped: &skipped)
    }

    /// The properties; with `skipping`, `skipped` counts at most how many evaluations the
    /// refinements left out would have made.
    func run(skipping: Bool, skipped: inout Int) -> Properties {
        let function = probe.function
        let f0 = function.value(0.0)
        let df0 = function.derivative(0.0)
        func limit(_ g: (Double) -> Double, _ values: [Double], _ side: Double, _ name: String) -> Limit {
            let (value, estimated) = Limit.withFallback(g, values: values, side: side)
            let end = side < 0 ? "−∞" : "+∞"
            if value == .unknown { probe.note("no limit of \(name) as x → \(end) could be established") }
            if estimated { probe.note("the limit of \(name) as x → \(end) is estimated from |x| ≤ 700 (\(name) is not finite further out)") }
            return value
        }
        let limits = (
            fMinus: limit(probe.f, far.f.minus, -1, "f"), fPlus: limit(probe.f, far.f.plus, 1, "f"),
            dfMinus: limit(probe.df, far.df.minus, -1, "f′"), dfPlus: limit(probe.df, far.df.plus, 1, "f′"))

        let extrema = slopeExtrema(skipping: skipping, skipped: &skipped, minus: limits.dfMinus, plus: limits.dfPlus)
        let criticals = criticalPoints(extrema: extrema, skipping: skipping, skipped: &skipped,
                                       minus: limits.fMinus, plus: limits.fPlus)
        let range = valueRange(criticals: criticals, minus: limits.fMinus, plus: limits.fPlus)
        let monotonic = isMonotonic(criticals: criticals, minus: limits.fMinus, plus: limits.fPlus)
        var minimum: Extremum? = nil
        if !monotonic, range.interval.lowerClosed, let x = range.lowerAt {
            minimum = Extremum(x: x, y: range.interval.lower)
        }
        let derivative = derivativeRange(extrema: extrema, minus: limits.dfMinus, plus: limits.dfPlus)
        let deadNegative = isDead(side: -1), deadPositive = isDead(side: 1)
        let saturatesNegative = limits.dfMinus.finiteValue.map { abs($0) <= 1e-12 } ?? false
        let saturatesPositive = limits.dfPlus.finiteValue.map { abs($0) <= 1e-12 } ?? false
        let zeroAtOrigin = abs(f0) <= 1e-15
        let exploding = !derivative.interval.lower.isFinite || !derivative.interval.upper.isFinite

        return Properties(
            f0: f0,
            df0: df0,
            range: range.interval,
            monotonic: monotonic,
            minimum: minimum,
            smoothness: smoothness(),
            boundedBelow: range.interval.lower.isFinite,
            boundedAbove: range.interval.upper.isFinite,
            saturatesNegative: saturatesNegative,
            saturatesPositive: saturatesPositive,
            zeroAtOrigin: zeroAtOrigin,
            identityNearOrigin: zeroAtOrigin && df0.map { abs($0 - 1) <= 1e-12 } == true,
            deadZone: deadNegative || deadPositive,
            symmetry: symmetry(f0: f0),
            derivativeRange: derivative.interval,
            derivativeMonotonic: derivativeIsMonotonic(),
            vanishingGradient: (saturatesNegative && !deadNegative) || (saturatesPositive && !deadPositive),
            explodingGradient: exploding,
            deadNeurons: deadNegative || deadPositive,
            undecided: probe.undecided)
    }

    /// The smallest and largest finite values, each the first of equal ones met (as `<`
    /// picks them: of 0 and −0, the one that comes first); nil when none is finite.
    static func finiteExtremes(_ values: [Double]) -> (low: Double, high: Double)? {
        guard let first = values.firstIndex(where: \.isFinite) else { return nil }
        var low = values[first], high = low
        for v in values[(first + 1)...] where v.isFinite {
            if v < low { low = v }
            if high < v { high = v }
        }
        return (low, high)
    }

    /// True when no breakpoint lies in [a, b].
    func clear(_ a: Double, _ b: Double) -> Bool {
        !breakpoints.contains { $0.x >= a && $0.x <= b }
    }

    /// f′ is exactly 0 from 0.75 × the inner radius outward on one side, far points included.
    func isDead(side: Double) -> Bool {
        let start = 0.75 * grid.innerRadius
        var sampled = false
        for i in xs.indices where side * xs[i] >= start {
            guard dfs[i] == 0 else { return false }
            sampled = true
        }
        return sampled && (side < 0 ? far.df.minus : far.df.plus).allSatisfy { $0 == 0 }
    }

    func symmetry(f0: Double) -> Symmetry {
        // Pairs (f(x), f(−x)) for every sampled x > 0 whose mirror is sampled too: the
        // positive samples upwards against the negative ones downwards.
        // Each pair without NaN is checked as it is found, for both symmetries at once.
        func same(_ a: Double, _ b: Double) -> Bool {
            a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
        }
        var odd = true, even = true
        func check(_ a: Double, _ b: Double) {
            guard !a.isNaN, !b.isNaN else { return }
            if odd, !same(a, -b) { odd = false }
            if even, !same(a, b) { even = false }
        }
        var negative = (xs.lastIndex { $0 < 0 } ?? -1)
        for i in xs.indices where xs[i] > 0 {
            // Neither symmetry left: nothing below can change the answer.
            if !odd && !even { return .none }
            while negative >= 0, -xs[negative] < xs[i] { negative -= 1 }
            if negative >= 0, -xs[negative] == xs[i] { check(fs[i], fs[negative]) }
        }
        for (a, b) in zip(far.f.plus, far.f.minus) { check(a, b) }
        if abs(f0) <= 1e-15, odd { return .odd }
        return even ? .even : .none
    }
}

/// What happens on each side of a breakpoint: one-sided limits of f and f′, and whether f′ is
/// constant (a plateau) just beside it.
struct BreakpointSides {
    let x: Double
    let kind: Breakpoint.Kind
    let value: Double
    let left: Double, right: Double
    let leftSlope: Double, rightSlope: Double
    let leftFlat: Bool, rightFlat: Bool

    /// The grid holds x ± 2⁻³⁰, 10⁻⁶ and 10⁻³ (× max(1, |x|)) for every breakpoint, so most
    /// points below are sampled already; `samples` gives them without evaluating again.
    init(probe: Probe, samples: Samples, breakpoint: Breakpoint) {
        x = breakpoint.x
        value = probe.f(x)
        let rawLeft = probe.oneSidedLimit(samples.f, at: x, side: -1)
        let rawRight = probe.oneSidedLimit(samples.f, at: x, side: 1)
        let rawLeftSlope = probe.oneSidedLimit(samples.df, at: x, side: -1)
        let rawRightSlope = probe.oneSidedLimit(samples.df, at: x, side: 1)
        let scale = max(1, abs(x))
        leftFlat = samples.df(x - 1e-6 * scale) == samples.df(x - 1e-3 * scale)
        rightFlat = samples.df(x + 1e-6 * scale) == samples.df(x + 1e-3 * scale)
        switch breakpoint.kind {
        case .unknown:
            if abs(rawRight - rawLeft) > 1e-9 * max(1, abs(rawLeft), abs(rawRight)) {
                kind = .jump
            } else if abs(rawRightSlope - rawLeftSlope) > 1e-7 * max(1, abs(rawLeftSlope), abs(rawRightSlope)) {
                kind = .kink
            } else {
                kind = .unknown  // differentiable here
            }
        default:
            kind = breakpoint.kind
        }
        // Extrapolated limits are only needed where f (or f′) really jumps; elsewhere the
        // value at the point is the exact limit.
        left = kind == .jump ? rawLeft : value
        right = kind == .jump ? rawRight : value
        let slope = kind == .unknown ? probe.df(x) : .nan
        leftSlope = kind == .unknown ? slope : rawLeftSlope
        rightSlope = kind == .unknown ? slope : rawRightSlope
    }
}

/// f and f′ through the probe, taken from the grid's samples where x is a sampled point
/// (the same bits: the grid's values are those of the scalar functions).
struct Samples {
    let xs: [Double], fs: [Double], dfs: [Double]
    let probe: Probe

    /// The index of x in the sorted `xs` (the same bits, so −0 is not 0), if sampled.
    func index(_ x: Double) -> Int? {
        var lo = 0, hi = xs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if xs[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < xs.count && xs[lo].bitPattern == x.bitPattern ? lo : nil
    }

    func f(_ x: Double) -> Double {
        if let i = index(x) { probe.again(fs[i]) } else { probe.f(x) }
    }

    func df(_ x: Double) -> Double {
        if let i = index(x) { probe.again(dfs[i]) } else { probe.df(x) }
    }
}
