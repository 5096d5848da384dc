extension CurveSampler {
    /// Each interval between breakpoints cut into pieces about `gridSpacing` wide, each with
    /// its middle; the inner grid points and the middles are evaluated in one batch.
    func coarseGrid(starts: [SamplePoint], ends: [SamplePoint],
                    points: ([Double], [Double]?) -> [SamplePoint]) -> [Segment] {
        let counts = zip(starts, ends).map { a, b in max(1, Int(((b.pixel.x - a.pixel.x) / gridSpacing).rounded(.up))) }
        let total = counts.reduce(0, +)
        var xs: [Double] = []
        xs.reserveCapacity(2 * total)
        for ((a, b), count) in zip(zip(starts, ends), counts) {
            var previous = a.x
            for i in 1...count {
                let next = i == count ? b.x : a.x + (b.x - a.x) * Double(i) / Double(count)
                if i < count { xs.append(next) }
                xs.append((previous + next) / 2)
                previous = next
            }
        }
        let evaluated = points(xs, nil)
        var segments: [Segment] = []
        segments.reserveCapacity(total)
        var k = 0
        for interval in starts.indices {
            var previous = starts[interval]
            for i in 1...counts[interval] {
                let next: SamplePoint
                if i == counts[interval] {
                    next = ends[interval]
                } else {
                    next = evaluated[k]
                    k += 1
                }
                segments.append(Segment(left: previous, middle: evaluated[k], right: next, interval: interval, node: segments.count))
                k += 1
                previous = next
            }
        }
        return segments
    }
}
