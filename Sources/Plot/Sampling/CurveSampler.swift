/// Adaptive sampling in drawing coordinates.
///
/// The x range is cut at the curve's breakpoints (sampled exactly, a jump from both
/// sides) and into a coarse grid; each piece is then halved until the curve, probed at
/// its quarter points, lies within `tolerance` of the chord. Refinement goes level by
/// level over the whole curve, so when the evaluation budget runs out (on a curve like
/// sin(1000x)) every region has been refined equally far. A piece that still fails at
/// `minimumWidth` is a discontinuity nobody declared, and the path breaks there rather
/// than drawing a steep line; so it does at NaN and at infinities.
///
/// The curve is evaluated a batch at a time (`Curve.values`): the ends and breakpoints,
/// then the whole coarse grid, then every level's quarter points. Which points are
/// evaluated, and how many count against the budget, is what one point at a time gives.
struct CurveSampler {
    var xScale: AxisScale
    var yScale: AxisScale
    var view: Rect
    var tolerance = 0.07
    var gridSpacing = 16.0
    var minimumWidth = 0.01
    var evaluationBudget = 8000

    /// A piece of the curve awaiting refinement: its ends and middle, and the interval
    /// between breakpoints it lies in.
    struct Segment {
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
        let missed = missedExtremes(first, curve, evaluations: &evaluations)
        guard !missed.isEmpty else { return first }
        var second = sample(curve, extraKinks: missed)
        second.evaluations += evaluations
        return second
    }

    /// The curve at `evaluatedAt` (one batch), drawn at `drawnAt` (by default the same x).
    private func points(_ curve: Curve, _ evaluatedAt: [Double], drawnAt: [Double]? = nil) -> [SamplePoint] {
        let values = curve.values(evaluatedAt)
        return evaluatedAt.indices.map { i in
            let x = drawnAt?[i] ?? evaluatedAt[i]
            return SamplePoint(x: x, evaluatedAt: evaluatedAt[i], value: values[i],
                               pixel: Point(x: xScale.pixel(x), y: yScale.pixel(values[i])))
        }
    }

    private func sample(_ curve: Curve, extraKinks: [Double]) -> SampledCurve {
        var evaluations = 0
        func points(_ evaluatedAt: [Double], drawnAt: [Double]? = nil) -> [SamplePoint] {
            evaluations += evaluatedAt.count
            return self.points(curve, evaluatedAt, drawnAt: drawnAt)
        }

        let lower = xScale.domain.lowerBound, upper = xScale.domain.upperBound
        let breaks = Self.breakpoints(curve.breakpoints + extraKinks.map { PlotBreakpoint(x: $0, isJump: false) }, inside: lower...upper)

        // The ends of each interval between breakpoints, and what happens at each breakpoint:
        // a jump is evaluated a hair to each side (drawn at the jump) and at itself.
        var evaluatedAt = [lower], drawnAt = [lower]
        for b in breaks {
            if b.isJump {
                let h = max(abs(b.x), 1) * 0x1p-30
                evaluatedAt += [b.x - h, b.x + h, b.x]
                drawnAt += [b.x, b.x, b.x]
            } else {
                evaluatedAt.append(b.x)
                drawnAt.append(b.x)
            }
        }
        evaluatedAt.append(upper)
        drawnAt.append(upper)
        let fixed = points(evaluatedAt, drawnAt: drawnAt)
        var starts: [SamplePoint] = [fixed[0]]
        var ends: [SamplePoint] = []
        var joined: [Bool] = []
        var dots: [JumpDot] = []
        var k = 1
        for b in breaks {
            if b.isJump {
                let left = fixed[k], right = fixed[k + 1], at = fixed[k + 2]
                k += 3
                let (isJoined, jumpDots) = Self.jump(left: left.pixel.y, right: right.pixel.y, at: at.pixel.y)
                ends.append(left)
                starts.append(right)
                joined.append(isJoined)
                let px = xScale.pixel(b.x)
                dots += jumpDots.map { JumpDot(center: Point(x: px, y: $0.y), filled: $0.filled) }
                    .filter { view.contains($0.center, slack: 0.5) }
            } else {
                ends.append(fixed[k])
                starts.append(fixed[k])
                k += 1
                joined.append(true)
            }
        }
        ends.append(fixed[k])

        var pending = coarseGrid(starts: starts, ends: ends, points: points)

        // Level-by-level refinement: the quarter points of every piece the budget still
        // allows (2 evaluations each, in order), in one batch per level.
        var pieces: [Piece] = []
        while !pending.isEmpty {
            let refined = min(pending.count, max(0, (evaluationBudget - evaluations) / 2))
            var quarterXs: [Double] = []
            quarterXs.reserveCapacity(2 * refined)
            for s in pending[..<refined] {
                quarterXs.append((s.left.x + s.middle.x) / 2)
                quarterXs.append((s.middle.x + s.right.x) / 2)
            }
            let quarters = points(quarterXs)
            var next: [Segment] = []
            for (index, s) in pending.enumerated() {
                guard index < refined else {
                    let all = [s.left, s.middle, s.right]
                    pieces.append(Piece(points: all, drawable: all.allSatisfy { !$0.pixel.y.isNaN }, interval: s.interval))
                    continue
                }
                let q1 = quarters[2 * index], q3 = quarters[2 * index + 1]
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
