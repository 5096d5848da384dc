/// Chooses a vertical view when none is given, from the curves' values on a uniform grid
/// over the x range (and at both sides of every breakpoint), each curve's in one batch.
///
/// Unbounded curves (1/x near 0, an asymptote) must not flatten everything else, so the
/// view spans the 2nd to 98th percentile of the values, widened by half that span on each
/// side but never beyond the values actually seen. Zero is included when the values come
/// close to it, so the x axis shows; a margin of 6% keeps curves off the frame.
enum AutomaticYDomain {
    static let gridCount = 240

    static func values(_ curves: [Curve], xDomain: ClosedRange<Double>) -> [Double] {
        var values: [Double] = []
        for curve in curves { values += Self.values(of: curve, xDomain: xDomain) }
        return values
    }

    /// One curve's values: on the grid, then at and a hair to each side of every breakpoint
    /// inside the range.
    static func values(of curve: Curve, xDomain: ClosedRange<Double>) -> [Double] {
        curve.values(points(around: curve.breakpoints, xDomain: xDomain))
    }

    /// Where a curve with these breakpoints is evaluated: the grid, then each breakpoint
    /// inside the range and a hair to each side of it.
    static func points(around breakpoints: [PlotBreakpoint], xDomain: ClosedRange<Double>) -> [Double] {
        let lower = xDomain.lowerBound, span = xDomain.upperBound - xDomain.lowerBound
        let inside = breakpoints.filter { xDomain.contains($0.x) }
        var xs: [Double] = []
        xs.reserveCapacity(gridCount + 1 + 3 * inside.count)
        for i in 0...gridCount { xs.append(lower + span * Double(i) / Double(gridCount)) }
        for b in inside {
            let h = max(abs(b.x), 1) * 0x1p-30
            xs.append(b.x - h)
            xs.append(b.x)
            xs.append(b.x + h)
        }
        return xs
    }

    static func linear(_ curves: [Curve], xDomain: ClosedRange<Double>) -> ClosedRange<Double> {
        linear(values: values(curves, xDomain: xDomain))
    }

    /// The linear view from the curves' values on the grid.
    static func linear(values: [Double]) -> ClosedRange<Double> {
        linear(parts: [values])
    }

    /// The linear view from values given in parts (the curves of a group, each evaluated
    /// once for all groups): the same view as from the parts joined, without joining them.
    static func linear(parts: [[Double]]) -> ClosedRange<Double> {
        // The finite values in order, and the smallest and largest of them as `min` and `max`
        // folded over them in order would give.
        var smallest = Double.nan, largest = Double.nan
        var finite = [Double](unsafeUninitializedCapacity: parts.reduce(0) { $0 + $1.count }) { buffer, count in
            var n = 0
            for part in parts {
                for v in part where v.isFinite {
                    if n == 0 {
                        smallest = v
                        largest = v
                    } else {
                        smallest = min(smallest, v)
                        largest = max(largest, v)
                    }
                    buffer[n] = v
                    n += 1
                }
            }
            count = n
        }
        guard !finite.isEmpty else { return -1...1 }
        let (qLow, qHigh) = select(&finite, (finite.count - 1) * 2 / 100, (finite.count - 1) * 98 / 100)
        return linear(smallest: smallest, largest: largest, lowQuantile: qLow, highQuantile: qHigh)
    }

    /// The linear view from the finite values' extremes and their 2nd and 98th percentiles:
    /// the middle of the values with half their spread on each side (never past an extreme),
    /// reaching to zero when zero is near, and a margin.
    static func linear(smallest: Double, largest: Double, lowQuantile qLow: Double, highQuantile qHigh: Double) -> ClosedRange<Double> {
        let spread = qHigh - qLow
        var low = max(smallest, qLow - spread / 2), high = min(largest, qHigh + spread / 2)
        if low > 0, low < high * 0.35 { low = 0 }
        if high < 0, high > low * 0.35 { high = 0 }
        if high - low < 1e-12 * max(abs(low), 1) {
            return (low - max(abs(low) * 0.1, 1))...(high + max(abs(high) * 0.1, 1))
        }
        let margin = (high - low) * 0.06
        return (low - margin)...(high + margin)
    }

    /// A view in whole decades from the positive values, at most 16 decades tall.
    static func logarithmic(_ curves: [Curve], xDomain: ClosedRange<Double>) -> ClosedRange<Double> {
        var positive = values(curves, xDomain: xDomain).filter { $0 > 0 && $0.isFinite }
        guard let largest = positive.max() else { return 1e-16...1 }
        let high = Int(PlotMath.log10(largest).rounded(.up))
        let low = max(Int(PlotMath.log10(select(&positive, (positive.count - 1) * 2 / 100)).rounded(.down)), high - 16)
        return PlotMath.pow10(min(low, high - 1))...PlotMath.pow10(high)
    }

    /// The k-th smallest of `values` (what `values.sorted()[k]` is), found by
    /// partitioning in place rather than sorting; `values` must hold no NaN.
    static func select(_ values: inout [Double], _ k: Int) -> Double {
        values.withUnsafeMutableBufferPointer { select($0, k, in: 0, $0.count - 1) }
    }

    /// The k1-th and k2-th smallest of `values` (k1 ≤ k2), from one run of partitions while
    /// both lie on the same side, then each on its own side; `values` must hold no NaN.
    static func select(_ values: inout [Double], _ k1: Int, _ k2: Int) -> (Double, Double) {
        values.withUnsafeMutableBufferPointer { v in
            if k1 + 1 + v.count - k2 <= nearEndLimit { return selectNearEnds(UnsafeBufferPointer(v), k1, k2) }
            var low = 0, high = v.count - 1
            while low < high {
                let (j, i) = partition(v, low, high)
                // Each k left of the pivot's run (-1), in it (0), or right of it (1).
                let side1 = k1 <= j ? -1 : k1 >= i ? 1 : 0, side2 = k2 <= j ? -1 : k2 >= i ? 1 : 0
                if side1 == side2, side1 != 0 {
                    if side1 < 0 { high = j } else { low = i }
                    continue
                }
                func resolve(_ k: Int, _ side: Int) -> Double {
                    side == 0 ? v[k] : side < 0 ? select(v, k, in: low, j) : select(v, k, in: i, high)
                }
                return (resolve(k1, side1), resolve(k2, side2))
            }
            return (v[k1], v[k2])
        }
    }

    /// How many values `selectNearEnds` keeps at most (the view's 2nd and 98th percentiles of
    /// up to ~1,500 values).
    static let nearEndLimit = 64

    /// The k1-th and k2-th smallest (k1 ≤ k2) when few values lie below k1 and above k2, as
    /// for the view's percentiles: one pass keeps the k1 + 1 smallest values so far in a
    /// max-heap and the count − k2 largest in a min-heap (most values pass by after one
    /// comparison with a heap's top; a monotone curve's costs a few swaps each), instead of
    /// partitions that move every value several times. The heaps' tops are the ranks sought.
    static func selectNearEnds(_ v: UnsafeBufferPointer<Double>, _ k1: Int, _ k2: Int) -> (Double, Double) {
        let n = v.count, m1 = k1 + 1, m2 = n - k2
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: m1 + m2) { heaps in
            let small = heaps.baseAddress!, large = small + m1
            for i in 0..<m1 { small[i] = v[i] }
            for i in 0..<m2 { large[i] = v[n - m2 + i] }
            for i in stride(from: m1 / 2 - 1, through: 0, by: -1) { siftDown(small, i, m1, above: >) }
            for i in stride(from: m2 / 2 - 1, through: 0, by: -1) { siftDown(large, i, m2, above: <) }
            for i in m1..<n where v[i] < small[0] {
                small[0] = v[i]
                siftDown(small, 0, m1, above: >)
            }
            for i in 0..<(n - m2) where v[i] > large[0] {
                large[0] = v[i]
                siftDown(large, 0, m2, above: <)
            }
            return (small[0], large[0])
        }
    }

    /// Restores the heap order below `i` in a heap of `count` values where a parent is
    /// never `above`-beaten by its children (`>`: a max-heap, `<`: a min-heap).
    @inline(__always)
    private static func siftDown(_ heap: UnsafeMutablePointer<Double>, _ i: Int, _ count: Int, above: (Double, Double) -> Bool) {
        var parent = i
        let value = heap[parent]
        while true {
            var child = 2 * parent + 1
            guard child < count else { break }
            if child + 1 < count, above(heap[child + 1], heap[child]) { child += 1 }
            guard above(heap[child], value) else { break }
            heap[parent] = heap[child]
            parent = child
        }
        heap[parent] = value
    }

    /// The k-th smallest of the whole buffer, for a k in `low...high` when everything left of
    /// `low` is no larger and everything right of `high` no smaller than what lies between.
    private static func select(_ v: UnsafeMutableBufferPointer<Double>, _ k: Int, in low: Int, _ high: Int) -> Double {
        var low = low, high = high
        while low < high {
            let (j, i) = partition(v, low, high)
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return v[k]
            }
        }
        return v[k]
    }

    /// Hoare's partition of `low...high` around its middle element: afterwards everything in
    /// `low...j` is at most the pivot, everything in `i...high` at least it, and anything
    /// between equals it.
    private static func partition(_ v: UnsafeMutableBufferPointer<Double>, _ low: Int, _ high: Int) -> (j: Int, i: Int) {
        let pivot = v[(low + high) / 2]
        var i = low, j = high
        while i <= j {
            while v[i] < pivot { i += 1 }
            while v[j] > pivot { j -= 1 }
            if i <= j {
                (v[i], v[j]) = (v[j], v[i])
                i += 1
                j -= 1
            }
        }
        return (j, i)
    }
}
