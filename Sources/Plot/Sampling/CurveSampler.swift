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
/// The curve is evaluated a batch at a time (`Curve.values`): the ends, breakpoints and
/// the whole coarse grid, then every level's quarter points. Which points are evaluated,
/// and how many count against the budget, is what one point at a time gives.
struct CurveSampler {
    var xScale: AxisScale
    var yScale: AxisScale
    var view: Rect
    var tolerance = 0.07
    var gridSpacing = 16.0
    var minimumWidth = 0.01
    var evaluationBudget = 8000
    /// Whether an extreme search stops once the curve cannot rise half the tolerance above
    /// the sampled extreme (tests turn it off to compare with the full search).
    var searchesStopEarly = true

    /// A piece of the curve awaiting refinement: its ends and middle, the interval
    /// between breakpoints it lies in, and its place in the order of pieces (`node`).
    struct Segment {
        var left: SamplePoint
        var middle: SamplePoint
        var right: SamplePoint
        var interval: Int
        var node: Int
    }

    /// A finished piece of the curve: `count` points of the flat store from `start`, the
    /// x of its first point, and whether the path may run through it.
    private struct Piece {
        var interval: Int
        var x: Double
        var start: Int
        var count: Int
        var drawable: Bool
    }

    /// The sampled curve, its runs in increasing x.
    ///
    /// A narrow spike between samples (the dip of |error| to zero on a log axis) can slip
    /// past the chord test, so each local extreme of the samples is searched for the true
    /// extreme nearby; where that lies beyond the tolerance, the curve is sampled again
    /// with the extreme as an extra breakpoint.
    func sample(_ curve: Curve) -> SampledCurve {
        var first = sample(curve, extraKinks: [])
        var evaluations = first.evaluations
        var searchedAll = true
        let missed = missedExtremes(first, curve, evaluations: &evaluations, searchedAll: &searchedAll)
        guard !missed.isEmpty else {
            first.evaluations = evaluations
            first.complete = first.complete && searchedAll
            return first
        }
        var second = sample(curve, extraKinks: missed)
        second.evaluations += evaluations
        second.complete = second.complete && first.complete && searchedAll
        return second
    }

    /// The curve at `evaluatedAt` (one batch), drawn at `drawnAt` (by default the same x).
    private func points(_ curve: Curve, _ evaluatedAt: [Double], drawnAt: [Double]? = nil) -> [SamplePoint] {
        let values = curve.values(evaluatedAt)
        var result: [SamplePoint] = []
        result.reserveCapacity(evaluatedAt.count)
        for i in evaluatedAt.indices {
            let x = drawnAt?[i] ?? evaluatedAt[i]
            result.append(SamplePoint(x: x, evaluatedAt: evaluatedAt[i], value: values[i],
                                      pixel: Point(x: xScale.pixel(x), y: yScale.pixel(values[i]))))
        }
        return result
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
        // The coarse grid's points go in the same batch (the grid needs only the ends' x).
        let grid = coarseGrid(starts: [lower] + breaks.map(\.x), ends: breaks.map(\.x) + [upper])
        let evaluated = points(evaluatedAt + grid.xs, drawnAt: drawnAt + grid.xs)
        let fixed = evaluated[..<evaluatedAt.count]
        var starts: [SamplePoint] = [fixed[0]]
        var ends: [SamplePoint] = []
        var joined: [Bool] = []
        var dots: [JumpDot] = []
        var jumps: [JumpSample] = []
        var complete = true
        var k = 1
        for b in breaks {
            if b.isJump {
                let left = fixed[k], right = fixed[k + 1], at = fixed[k + 2]
                k += 3
                let (isJoined, jumpDots) = Self.jump(left: left.pixel.y, right: right.pixel.y, at: at.pixel.y)
                ends.append(left)
                starts.append(right)
                joined.append(isJoined)
                jumps.append(JumpSample(x: b.x, left: left.value, right: right.value, value: at.value, joined: isJoined))
                dots += JumpDot.at(x: xScale.pixel(b.x), jumpDots, inside: view)
            } else {
                ends.append(fixed[k])
                starts.append(fixed[k])
                k += 1
                joined.append(true)
            }
        }
        ends.append(fixed[k])

        var pending = coarseSegments(starts: starts, ends: ends, counts: grid.counts, grid: evaluated[evaluatedAt.count...])

        // Level-by-level refinement: the quarter points of every piece the budget still
        // allows (2 evaluations each, in order), in one batch per level. Finished pieces keep
        // their points in one flat store.
        // The pieces are kept in x order as a linked list of nodes: the coarse grid's in a row,
        // and a halved piece's second half right after its first.
        var pieces: [Piece] = []
        var store: [SamplePoint] = []
        var nextNode = Array(1..<pending.count) + [-1]
        var pieceAtNode = [Int](repeating: -1, count: pending.count)
        pieces.reserveCapacity(8 * pending.count)
        store.reserveCapacity(32 * pending.count)
        nextNode.reserveCapacity(8 * pending.count)
        pieceAtNode.reserveCapacity(8 * pending.count)
        let limit = DistanceLimit(tolerance)
        var quarterXs: [Double] = []
        while !pending.isEmpty {
            let refined = min(pending.count, max(0, (evaluationBudget - evaluations) / 2))
            if refined < pending.count { complete = false }
            quarterXs.removeAll(keepingCapacity: true)
            quarterXs.reserveCapacity(2 * refined)
            for s in pending[..<refined] {
                quarterXs.append((s.left.x + s.middle.x) / 2)
                quarterXs.append((s.middle.x + s.right.x) / 2)
            }
            let quarters = refined > 0 ? points(quarterXs) : []
            var next: [Segment] = []
            next.reserveCapacity(2 * refined)
            for index in pending.indices {
                let s = pending[index]
                let l = s.left.pixel.y, m = s.middle.pixel.y, r = s.right.pixel.y
                guard index < refined else {
                    pieceAtNode[s.node] = pieces.count
                    pieces.append(Piece(interval: s.interval, x: s.left.x, start: store.count, count: 3,
                                        drawable: !l.isNaN && !m.isNaN && !r.isNaN))
                    store.append(s.left)
                    store.append(s.middle)
                    store.append(s.right)
                    continue
                }
                let q1 = quarters[2 * index], q3 = quarters[2 * index + 1]
                let a = q1.pixel.y, b = q3.pixel.y
                let allFinite = l.isFinite && a.isFinite && m.isFinite && b.isFinite && r.isFinite
                let keepsAll: Bool
                let drawable: Bool
                if l.isNaN && a.isNaN && m.isNaN && b.isNaN && r.isNaN {
                    (keepsAll, drawable) = (false, false)
                } else if (l < view.minY && a < view.minY && m < view.minY && b < view.minY && r < view.minY)
                            || (l > view.maxY && a > view.maxY && m > view.maxY && b > view.maxY && r > view.maxY) {
                    // Outside the view: kept only to be clipped away, and broken at infinities.
                    (keepsAll, drawable) = (false, allFinite)
                } else if allFinite, !isConcentrated(l, a, m, b, r),
                          limit.contains(q1.pixel, toSegment: s.left.pixel, s.right.pixel),
                          limit.contains(s.middle.pixel, toSegment: s.left.pixel, s.right.pixel),
                          limit.contains(q3.pixel, toSegment: s.left.pixel, s.right.pixel) {
                    (keepsAll, drawable) = (true, true)
                } else if s.right.pixel.x - s.left.pixel.x < minimumWidth || q1.x == s.left.x || q3.x == s.right.x {
                    (keepsAll, drawable) = (false, false)
                } else {
                    let second = nextNode.count
                    nextNode.append(nextNode[s.node])
                    nextNode[s.node] = second
                    pieceAtNode.append(-1)
                    next.append(Segment(left: s.left, middle: q1, right: s.middle, interval: s.interval, node: s.node))
                    next.append(Segment(left: s.middle, middle: q3, right: s.right, interval: s.interval, node: second))
                    continue
                }
                pieceAtNode[s.node] = pieces.count
                pieces.append(Piece(interval: s.interval, x: s.left.x, start: store.count, count: keepsAll ? 5 : 2, drawable: drawable))
                store.append(s.left)
                if keepsAll {
                    store.append(q1)
                    store.append(s.middle)
                    store.append(q3)
                }
                store.append(s.right)
            }
            pending = next
        }

        var runs: [[SamplePoint]] = []
        var current: [SamplePoint] = []
        var lastInterval = 0
        var node = 0
        while node >= 0 {
            let piece = pieces[pieceAtNode[node]]
            node = nextNode[node]
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
            var first = piece.start
            if let last = current.last, last.x == piece.x {
                first += 1
            } else {
                if current.count > 1 { runs.append(current) }
                current = []
                current.reserveCapacity(store.count)
            }
            for i in first..<(piece.start + piece.count) { current.append(store[i]) }
        }
        if current.count > 1 { runs.append(current) }
        return SampledCurve(runs: runs, dots: dots, evaluations: evaluations, jumps: jumps, complete: complete)
    }

    /// Whether nearly all of a piece's rise happens within one of its quarters. A steep
    /// chord passes close to every probe once the piece is narrower than a pixel, so the
    /// distance test alone would draw a jump as a steep line; a continuous curve, refined
    /// far enough, spreads its rise over the quarters, while a jump never does.
    /// Only the visible part of a rise counts, so a continuous dive out of the view
    /// (|error| → 0 on a log axis) is not mistaken for a jump.
    func isConcentrated(_ y0: Double, _ y1: Double, _ y2: Double, _ y3: Double, _ y4: Double) -> Bool {
        let h0 = min(max(y0, view.minY), view.maxY), h1 = min(max(y1, view.minY), view.maxY)
        let h2 = min(max(y2, view.minY), view.maxY), h3 = min(max(y3, view.minY), view.maxY)
        let h4 = min(max(y4, view.minY), view.maxY)
        let s0 = abs(h1 - h0), s1 = abs(h2 - h1), s2 = abs(h3 - h2), s3 = abs(h4 - h3)
        let total = 0 + s0 + s1 + s2 + s3
        return total > 1 && max(max(max(s0, s1), s2), s3) > 0.9 * total
    }
}
