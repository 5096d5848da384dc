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
}
