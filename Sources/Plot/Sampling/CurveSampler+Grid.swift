extension CurveSampler {
    /// Where each interval between breakpoints (from `starts[i]` to `ends[i]`, drawn x) is
    /// cut into pieces about `gridSpacing` wide: the inner grid points and each piece's
    /// middle, in order, and the number of pieces per interval. Only x is needed, so these
    /// are evaluated in the same batch as the interval ends.
    func coarseGrid(starts: ArraySlice<Double>, ends: ArraySlice<Double>) -> (xs: [Double], counts: [Int]) {
        let counts = zip(starts, ends).map { a, b in max(1, Int(((xScale.pixel(b) - xScale.pixel(a)) / gridSpacing).rounded(.up))) }
        var xs: [Double] = []
        xs.reserveCapacity(2 * counts.reduce(0, +))
        for ((a, b), count) in zip(zip(starts, ends), counts) {
            var previous = a
            for i in 1...count {
                let next = i == count ? b : a + (b - a) * Double(i) / Double(count)
                if i < count { xs.append(next) }
                xs.append((previous + next) / 2)
                previous = next
            }
        }
        return (xs, counts)
    }

    /// The coarse grid's pieces, as indices of evaluated points: the intervals' ends
    /// (`starts[i]`, `ends[i]`) and the grid's points, which follow from `gridStart` in the
    /// order of `coarseGrid`'s xs.
    func coarseSegments(starts: [Int], ends: [Int], counts: [Int], gridStart: Int) -> [Segment] {
        var segments: [Segment] = []
        segments.reserveCapacity(counts.reduce(0, +))
        var k = gridStart
        for interval in starts.indices {
            var previous = starts[interval]
            for i in 1...counts[interval] {
                let next: Int
                if i == counts[interval] {
                    next = ends[interval]
                } else {
                    next = k
                    k += 1
                }
                segments.append(Segment(left: previous, middle: k, right: next, interval: interval, node: segments.count))
                k += 1
                previous = next
            }
        }
        return segments
    }
}
