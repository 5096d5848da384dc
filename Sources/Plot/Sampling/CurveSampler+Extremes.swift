extension CurveSampler {
    /// The positions of local extremes the samples miss by more than the tolerance.
    func missedExtremes(_ sampled: SampledCurve, _ f: (Double) -> Double, evaluations: inout Int) -> [Double] {
        let maximumSearches = 64, iterations = 60
        var found: [Double] = []
        var searches = 0
        for run in sampled.runs where run.count > 2 {
            for k in 1..<(run.count - 1) {
                let a = run[k - 1], b = run[k], c = run[k + 1]
                guard a.isFinite, b.isFinite, c.isFinite, searches < maximumSearches,
                      evaluations + iterations <= evaluationBudget else { continue }
                let direction: Double
                if b.pixel.y > a.pixel.y, b.pixel.y > c.pixel.y {
                    direction = 1
                } else if b.pixel.y < a.pixel.y, b.pixel.y < c.pixel.y {
                    direction = -1
                } else {
                    continue
                }
                searches += 1
                // Golden-section search for the extreme of direction · y over [a, c].
                func height(_ x: Double) -> Double {
                    evaluations += 1
                    let y = yScale.pixel(f(x)) * direction
                    return y.isNaN ? -.infinity : y
                }
                let ratio = 0.3819660112501051
                var low = a.x, high = c.x
                var x1 = low + ratio * (high - low), x2 = high - ratio * (high - low)
                var h1 = height(x1), h2 = height(x2)
                for _ in 0..<iterations where x1 < x2 {
                    if h1 >= h2 {
                        high = x2
                        x2 = x1
                        h2 = h1
                        x1 = low + ratio * (high - low)
                        h1 = height(x1)
                    } else {
                        low = x1
                        x1 = x2
                        h1 = h2
                        x2 = high - ratio * (high - low)
                        h2 = height(x2)
                    }
                }
                let (x, h) = h1 >= h2 ? (x1, h1) : (x2, h2)
                if h - b.pixel.y * direction > tolerance, x != b.x { found.append(x) }
            }
        }
        return found
    }
}
