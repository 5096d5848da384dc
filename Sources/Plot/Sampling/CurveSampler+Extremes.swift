extension CurveSampler {
    /// The positions of local extremes the samples miss by more than the tolerance.
    ///
    /// Each local extreme of the samples starts a golden-section search between its
    /// neighbours (at most `maximumSearches`, each only while `iterations` more evaluations
    /// fit the budget). Two searches or fewer run one after the other through `function`;
    /// more run side by side, one batch of evaluations per step. Either way every search
    /// sees the same points and values as when run alone. `searchedAll` turns false when
    /// the cap or the budget left a local extreme of the samples unsearched.
    func missedExtremes(_ sampled: SampledCurve, _ curve: Curve, evaluations: inout Int, searchedAll: inout Bool) -> [Double] {
        let maximumSearches = 64, iterations = 60
        var searches: [ExtremeSearch] = []
        let stopBelow = searchesStopEarly ? tolerance / 2 : -Double.infinity
        for run in sampled.runs where run.count > 2 {
            for k in 1..<(run.count - 1) {
                let a = run[k - 1], b = run[k], c = run[k + 1]
                // A search takes between 2 and iterations + 2 evaluations: those that may fit.
                guard a.isFinite, b.isFinite, c.isFinite else { continue }
                let isExtreme = (b.pixel.y > a.pixel.y && b.pixel.y > c.pixel.y) || (b.pixel.y < a.pixel.y && b.pixel.y < c.pixel.y)
                guard searches.count < maximumSearches, evaluations + 2 * searches.count + iterations <= evaluationBudget else {
                    if isExtreme { searchedAll = false }
                    continue
                }
                if b.pixel.y > a.pixel.y, b.pixel.y > c.pixel.y {
                    searches.append(ExtremeSearch(a, b, c, direction: 1, stopBelow: stopBelow))
                } else if b.pixel.y < a.pixel.y, b.pixel.y < c.pixel.y {
                    searches.append(ExtremeSearch(a, b, c, direction: -1, stopBelow: stopBelow))
                }
            }
        }
        guard !searches.isEmpty else { return [] }

        /// direction · drawing height at one x (NaN counts as the lowest).
        func height(_ x: Double, _ direction: Double) -> Double {
            let y = yScale.pixel(curve.function(x)) * direction
            return y.isNaN ? -.infinity : y
        }
        if searches.count <= 2 {
            // Every step would evaluate at most four points, which go one at a time through
            // `function` anyway: each search runs alone, without batches.
            for i in searches.indices {
                let direction = searches[i].direction
                searches[i].run(iterations: iterations) { height($0, direction) }
            }
        } else {
            runSideBySide(&searches, iterations: iterations, curve)
        }

        // The searches the budget admits, in order, as if each had run alone.
        var found: [Double] = []
        for search in searches {
            guard evaluations + iterations <= evaluationBudget else {
                searchedAll = false
                break
            }
            evaluations += search.evaluations
            let (x, h) = search.h1 >= search.h2 ? (search.x1, search.h1) : (search.x2, search.h2)
            if h - search.middle.pixel.y * search.direction > tolerance, x != search.middle.x { found.append(x) }
        }
        return found
    }

    /// Runs the searches one step each at a time, the new probes of a step in one batch
    /// (of four points or fewer, one at a time through `function`).
    private func runSideBySide(_ searches: inout [ExtremeSearch], iterations: Int, _ curve: Curve) {
        /// direction · drawing height at each x (NaN counts as the lowest), in place of the x.
        func heights(_ xs: inout [Double], direction: (Int) -> Double) {
            if xs.count <= 4 {
                for i in xs.indices {
                    let y = yScale.pixel(curve.function(xs[i])) * direction(i)
                    xs[i] = y.isNaN ? -.infinity : y
                }
                return
            }
            let values = curve.values(xs)
            for i in xs.indices {
                let y = yScale.pixel(values[i]) * direction(i)
                xs[i] = y.isNaN ? -.infinity : y
            }
        }
        var probes: [Double] = []
        probes.reserveCapacity(2 * searches.count)
        for search in searches {
            probes.append(search.x1)
            probes.append(search.x2)
        }
        heights(&probes) { searches[$0 / 2].direction }
        for i in searches.indices {
            searches[i].h1 = probes[2 * i]
            searches[i].h2 = probes[2 * i + 1]
        }
        var active: [Int] = []
        active.reserveCapacity(searches.count)
        for _ in 0..<iterations {
            active.removeAll(keepingCapacity: true)
            probes.removeAll(keepingCapacity: true)
            for i in searches.indices {
                if let x = searches[i].narrow() {
                    active.append(i)
                    probes.append(x)
                }
            }
            if active.isEmpty { break }
            heights(&probes) { searches[active[$0]].direction }
            for k in active.indices { searches[active[k]].take(probes[k]) }
        }
    }

    /// A golden-section search for the extreme of direction · height between the
    /// neighbours of a sampled extreme.
    ///
    /// It stops early once the curve cannot rise above the sampled extreme by even half the
    /// tolerance. Nearly every search is of that kind (a smooth extreme the samples already
    /// hold within a thousandth of a pixel), and the golden section's 60 steps would only
    /// confirm it. The bound: between two probes u < v, a curve whose slope is at most L
    /// stays below (h(u) + h(v) + L·(v − u)) / 2; L is taken as twice the steepest secant
    /// of the bracket's four points (ends and probes), which for a smooth or piecewise-linear
    /// curve at the bracket's scale over-estimates its slope. A search that finds an extreme
    /// beyond the tolerance never stops early, so what it finds is what the full search finds.
    private struct ExtremeSearch {
        static let ratio = 0.3819660112501051
        let middle: SamplePoint
        let direction: Double
        var low: Double, high: Double
        var x1: Double, x2: Double
        var h1 = 0.0, h2 = 0.0
        /// direction · height at `low` and `high`.
        var hLow: Double, hHigh: Double
        /// Below this bound on the heights in the bracket the search stops.
        let enough: Double
        var evaluations = 2
        /// Whether the height awaited is that at x1 (else at x2).
        private var awaitsLeft = false

        /// `stopBelow`: how far above the sampled extreme a bound must reach for the search to go on.
        init(_ a: SamplePoint, _ b: SamplePoint, _ c: SamplePoint, direction: Double, stopBelow: Double) {
            middle = b
            self.direction = direction
            low = a.x
            high = c.x
            hLow = a.pixel.y * direction
            hHigh = c.pixel.y * direction
            enough = b.pixel.y * direction + stopBelow
            x1 = low + Self.ratio * (high - low)
            x2 = high - Self.ratio * (high - low)
        }

        /// Whether no height in the bracket can reach `enough` (false when unsure: NaN or
        /// infinite heights, probes that met).
        var cannotReachEnough: Bool {
            let w0 = x1 - low, w1 = x2 - x1, w2 = high - x2
            guard w0 > 0, w1 > 0, w2 > 0 else { return false }
            let slope = 2 * max(abs(h1 - hLow) / w0, abs(h2 - h1) / w1, abs(hHigh - h2) / w2)
            let bound = max(hLow + h1 + slope * w0, h1 + h2 + slope * w1, h2 + hHigh + slope * w2) / 2
            return bound < enough
        }

        /// Narrows the bracket towards the higher probe and returns the new probe's x
        /// (whose height `take` then receives), or nil once the probes have met or the
        /// bracket cannot hold an extreme that matters.
        mutating func narrow() -> Double? {
            guard x1 < x2, !cannotReachEnough else { return nil }
            evaluations += 1
            awaitsLeft = h1 >= h2
            if awaitsLeft {
                high = x2
                hHigh = h2
                x2 = x1
                h2 = h1
                x1 = low + Self.ratio * (high - low)
                return x1
            }
            low = x1
            hLow = h1
            x1 = x2
            h1 = h2
            x2 = high - Self.ratio * (high - low)
            return x2
        }

        mutating func take(_ height: Double) {
            if awaitsLeft { h1 = height } else { h2 = height }
        }

        /// The whole search alone: both probes, then up to `iterations` steps.
        mutating func run(iterations: Int, height: (Double) -> Double) {
            h1 = height(x1)
            h2 = height(x2)
            for _ in 0..<iterations {
                guard let x = narrow() else { return }
                take(height(x))
            }
        }
    }
}

