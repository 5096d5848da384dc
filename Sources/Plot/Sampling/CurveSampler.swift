/// Adaptive sampling in drawing coordinates.
///
/// The x range is cut at the curve's breakpoints (sampled exactly, a jump from both
/// sides) and into a coarse grid; each piece is then halved until the curve, probed at
/// its quarter points, lies within `tolerance` of the chord. Refinement goes level by
/// level over the whole curve, so when the evaluation budget runs out (on a curve like
/// sin(1000x)) every region has been refined equally far. A piece that still fails at
/// `minimumWidth` is a discontinuity nobody declared, and the path breaks there rather
/// than drawing a steep line; so it does at NaN and at infinities.
struct CurveSampler {
    var xScale: AxisScale
    var yScale: AxisScale
    var view: Rect
    var tolerance = 0.07
    var gridSpacing = 16.0
    var minimumWidth = 0.01
    var evaluationBudget = 8000

    private struct Segment {
        var left: SamplePoint
        var middle: SamplePoint
        var right: SamplePoint
        var interval: Int
    }

    private struct Piece {
        var points: [SamplePoint]
        var drawable: Bool
        var interval: Int
    }

    /// The sampled curve, its runs in increasing x.
    ///
    /// A narrow spike between samples (the dip of |error| to zero on a log axis) can slip
    /// past the chord test, so each local extreme of the samples is searched for the true
    /// extreme nearby; where that lies beyond the tolerance, the curve is sampled again
    /// with the extreme as an extra breakpoint.
    func sample(_ curve: Curve) -> SampledCurve {
        let first = sample(curve, extraKinks: [])
        var evaluations = first.evaluations
        let missed = missedExtremes(first, curve.function, evaluations: &evaluations)
        guard !missed.isEmpty else { return first }
        var second = sample(curve, extraKinks: missed)
        second.evaluations += evaluations
        return second
    }

    /// The positions of local extremes the samples miss by more than the tolerance.
    private func missedExtremes(_ sampled: SampledCurve, _ f: (Double) -> Double, evaluations: inout Int) -> [Double] {
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

    private func sample(_ curve: Curve, extraKinks: [Double]) -> SampledCurve {
        var evaluations = 0
        let f = curve.function
        func point(_ x: Double, evaluatedAt e: Double? = nil) -> SamplePoint {
            evaluations += 1
            let at = e ?? x
            let value = f(at)
            return SamplePoint(x: x, evaluatedAt: at, value: value, pixel: Point(x: xScale.pixel(x), y: yScale.pixel(value)))
        }

        let lower = xScale.domain.lowerBound, upper = xScale.domain.upperBound
        let breaks = Self.breakpoints(curve.breakpoints + extraKinks.map { PlotBreakpoint(x: $0, isJump: false) }, inside: lower...upper)

        // The ends of each interval between breakpoints, and what happens at each breakpoint.
        var starts: [SamplePoint] = [point(lower)]
        var ends: [SamplePoint] = []
        var joined: [Bool] = []
        var dots: [JumpDot] = []
        for b in breaks {
            if b.isJump {
                let h = max(abs(b.x), 1) * 0x1p-30
                let left = point(b.x, evaluatedAt: b.x - h)
                let right = point(b.x, evaluatedAt: b.x + h)
                let at = point(b.x)
                let (isJoined, jumpDots) = Self.jump(left: left.pixel.y, right: right.pixel.y, at: at.pixel.y)
                ends.append(left)
                starts.append(right)
                joined.append(isJoined)
                let px = xScale.pixel(b.x)
                dots += jumpDots.map { JumpDot(center: Point(x: px, y: $0.y), filled: $0.filled) }
                    .filter { view.contains($0.center, slack: 0.5) }
            } else {
                let at = point(b.x)
                ends.append(at)
                starts.append(at)
                joined.append(true)
            }
        }
        ends.append(point(upper))

        // The coarse grid.
        var pending: [Segment] = []
        for interval in starts.indices {
            let a = starts[interval], b = ends[interval]
            let count = max(1, Int(((b.pixel.x - a.pixel.x) / gridSpacing).rounded(.up)))
            var previous = a
            for i in 1...count {
                let next = i == count ? b : point(a.x + (b.x - a.x) * Double(i) / Double(count))
                let middle = point((previous.x + next.x) / 2)
                pending.append(Segment(left: previous, middle: middle, right: next, interval: interval))
                previous = next
            }
        }

        // Level-by-level refinement.
        var pieces: [Piece] = []
        while !pending.isEmpty {
            var next: [Segment] = []
            for s in pending {
                guard evaluations + 2 <= evaluationBudget else {
                    let all = [s.left, s.middle, s.right]
                    pieces.append(Piece(points: all, drawable: all.allSatisfy { !$0.pixel.y.isNaN }, interval: s.interval))
                    continue
                }
                let q1 = point((s.left.x + s.middle.x) / 2)
                let q3 = point((s.middle.x + s.right.x) / 2)
                let all = [s.left, q1, s.middle, q3, s.right]
                if all.allSatisfy({ $0.pixel.y.isNaN }) {
                    pieces.append(Piece(points: [s.left, s.right], drawable: false, interval: s.interval))
                } else if all.allSatisfy({ $0.pixel.y < view.minY }) || all.allSatisfy({ $0.pixel.y > view.maxY }) {
                    // Outside the view: kept only to be clipped away, and broken at infinities.
                    pieces.append(Piece(points: [s.left, s.right], drawable: all.allSatisfy(\.isFinite), interval: s.interval))
                } else if all.allSatisfy(\.isFinite), !isConcentrated(all),
                          [q1, s.middle, q3].allSatisfy({ distance($0.pixel, toSegment: s.left.pixel, s.right.pixel) <= tolerance }) {
                    pieces.append(Piece(points: all, drawable: true, interval: s.interval))
                } else if s.right.pixel.x - s.left.pixel.x < minimumWidth || q1.x == s.left.x || q3.x == s.right.x {
                    pieces.append(Piece(points: [s.left, s.right], drawable: false, interval: s.interval))
                } else {
                    next.append(Segment(left: s.left, middle: q1, right: s.middle, interval: s.interval))
                    next.append(Segment(left: s.middle, middle: q3, right: s.right, interval: s.interval))
                }
            }
            pending = next
        }

        pieces.sort { ($0.interval, $0.points[0].x) < ($1.interval, $1.points[0].x) }
        var runs: [[SamplePoint]] = []
        var current: [SamplePoint] = []
        var lastInterval = 0
        for piece in pieces {
            if piece.interval != lastInterval {
                if !joined[lastInterval], !current.isEmpty {
                    runs.append(current)
                    current = []
                }
                lastInterval = piece.interval
            }
            guard piece.drawable else {
                if current.count > 1 { runs.append(current) }
                current = []
                continue
            }
            if let last = current.last, last.x == piece.points[0].x {
                current += piece.points.dropFirst()
            } else {
                if current.count > 1 { runs.append(current) }
                current = piece.points
            }
        }
        if current.count > 1 { runs.append(current) }
        return SampledCurve(runs: runs, dots: dots, evaluations: evaluations)
    }

    /// Whether nearly all of a piece's rise happens within one of its quarters. A steep
    /// chord passes close to every probe once the piece is narrower than a pixel, so the
    /// distance test alone would draw a jump as a steep line; a continuous curve, refined
    /// far enough, spreads its rise over the quarters, while a jump never does.
    /// Only the visible part of a rise counts, so a continuous dive out of the view
    /// (|error| → 0 on a log axis) is not mistaken for a jump.
    func isConcentrated(_ points: [SamplePoint]) -> Bool {
        let heights = points.map { min(max($0.pixel.y, view.minY), view.maxY) }
        let steps = zip(heights, heights.dropFirst()).map { abs($1 - $0) }
        let total = steps.reduce(0, +)
        return total > 1 && steps.max()! > 0.9 * total
    }

    /// The breakpoints strictly inside the range, sorted, one per x (a jump wins).
    static func breakpoints(_ list: [PlotBreakpoint], inside range: ClosedRange<Double>) -> [PlotBreakpoint] {
        var result: [PlotBreakpoint] = []
        for b in list.filter({ $0.x > range.lowerBound && $0.x < range.upperBound }).sorted(by: { $0.x < $1.x }) {
            if let last = result.last, last.x == b.x {
                result[result.count - 1].isJump = last.isJump || b.isJump
            } else {
                result.append(b)
            }
        }
        return result
    }

    /// Whether the two sides of a declared jump meet on screen (within 0.1 px), and the
    /// dots to draw at drawing heights: filled where the function's value is, open at a
    /// one-sided limit it does not take.
    static func jump(left: Double, right: Double, at value: Double) -> (joined: Bool, dots: [(y: Double, filled: Bool)]) {
        if left.isFinite, right.isFinite, abs(left - right) <= 0.1 {
            if value.isFinite, abs(value - left) > 0.5 {
                return (true, [(left, false), (value, true)])
            }
            return (true, [])
        }
        var dots: [(y: Double, filled: Bool)] = []
        var matched = false
        for side in [left, right] where side.isFinite {
            let takesValue = !matched && value.isFinite && abs(value - side) <= 0.05
            matched = matched || takesValue
            dots.append((side, takesValue))
        }
        if !matched, value.isFinite { dots.append((value, true)) }
        return (false, dots)
    }
}
