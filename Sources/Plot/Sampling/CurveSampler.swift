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

    /// A piece of the curve awaiting refinement: its ends and middle (indices of evaluated
    /// points), the interval between breakpoints it lies in, and its place in the order of
    /// pieces (`node`).
    struct Segment {
        var left: Int
        var middle: Int
        var right: Int
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

    /// Evaluates the curve at `evaluatedAt` (one batch) and appends the points, drawn at
    /// `drawnAt` (by default the same x), to `points`.
    private func evaluate(_ curve: Curve, _ evaluatedAt: [Double], drawnAt: [Double]? = nil, into points: inout [SamplePoint]) {
        let values = curve.values(evaluatedAt)
        points.reserveCapacity(points.count + evaluatedAt.count)
        if let drawnAt {
            for i in evaluatedAt.indices {
                points.append(point(x: drawnAt[i], evaluatedAt: evaluatedAt[i], value: values[i]))
            }
        } else {
            for i in evaluatedAt.indices {
                points.append(point(x: evaluatedAt[i], evaluatedAt: evaluatedAt[i], value: values[i]))
            }
        }
    }

    @inline(__always)
    private func point(x: Double, evaluatedAt: Double, value: Double) -> SamplePoint {
        SamplePoint(x: x, evaluatedAt: evaluatedAt, value: value, pixel: Point(x: xScale.pixel(x), y: yScale.pixel(value)))
    }

    private func sample(_ curve: Curve, extraKinks: [Double]) -> SampledCurve {
        // Every evaluated point, in the order evaluated; segments and pieces refer to them by index.
        var all: [SamplePoint] = []
        var evaluations = 0
        func evaluate(_ evaluatedAt: [Double], drawnAt: [Double]? = nil) {
            evaluations += evaluatedAt.count
            self.evaluate(curve, evaluatedAt, drawnAt: drawnAt, into: &all)
        }

        let lower = xScale.domain.lowerBound, upper = xScale.domain.upperBound
        let breaks = Self.breakpoints(extraKinks.isEmpty ? curve.breakpoints : curve.breakpoints + extraKinks.map { PlotBreakpoint(x: $0, isJump: false) },
                                      inside: lower...upper)

        // The ends of each interval between breakpoints, and what happens at each breakpoint:
        // a jump is evaluated a hair to each side (drawn at the jump) and at itself.
        var evaluatedAt = [lower], drawnAt = [lower]
        var breakXs = [lower]
        for b in breaks {
            breakXs.append(b.x)
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
        let fixedCount = evaluatedAt.count
        // The coarse grid's points go in the same batch (the grid needs only the ends' x).
        breakXs.append(upper)
        let grid = coarseGrid(starts: breakXs.dropLast(), ends: breakXs.dropFirst())
        evaluatedAt += grid.xs
        drawnAt += grid.xs
        evaluate(evaluatedAt, drawnAt: drawnAt)
        var starts: [Int] = [0]
        var ends: [Int] = []
        var joined: [Bool] = []
        var dots: [JumpDot] = []
        var jumps: [JumpSample] = []
        var complete = true
        var k = 1
        for b in breaks {
            if b.isJump {
                let left = all[k], right = all[k + 1], at = all[k + 2]
                let (isJoined, jumpDots) = Self.jump(left: left.pixel.y, right: right.pixel.y, at: at.pixel.y)
                ends.append(k)
                starts.append(k + 1)
                k += 3
                joined.append(isJoined)
                jumps.append(JumpSample(x: b.x, left: left.value, right: right.value, value: at.value, joined: isJoined))
                dots += JumpDot.at(x: xScale.pixel(b.x), jumpDots, inside: view)
            } else {
                ends.append(k)
                starts.append(k)
                k += 1
                joined.append(true)
            }
        }
        ends.append(k)

        var pending = coarseSegments(starts: starts, ends: ends, counts: grid.counts, gridStart: fixedCount)

        // Level-by-level refinement: the quarter points of every piece the budget still
        // allows (2 evaluations each, in order), in one batch per level. Finished pieces keep
        // their points' indices in one flat store.
        // The pieces are kept in x order as a linked list of nodes: the coarse grid's in a row,
        // and a halved piece's second half right after its first.
        var pieces: [Piece] = []
        var store: [Int] = []
        var nextNode = Array(1..<pending.count) + [-1]
        var pieceAtNode = [Int](repeating: -1, count: pending.count)
        pieces.reserveCapacity(8 * pending.count)
        store.reserveCapacity(32 * pending.count)
        nextNode.reserveCapacity(8 * pending.count)
        pieceAtNode.reserveCapacity(8 * pending.count)
        all.reserveCapacity(all.count + 16 * pending.count)
        let limit = DistanceLimit(tolerance)
        var quarterXs: [Double] = []
        var next: [Segment] = []
        while !pending.isEmpty {
            let refined = min(pending.count, max(0, (evaluationBudget - evaluations) / 2))
            if refined < pending.count { complete = false }
            quarterXs.removeAll(keepingCapacity: true)
            quarterXs.reserveCapacity(2 * refined)
            for s in pending[..<refined] {
                let middle = all[s.middle].x
                quarterXs.append((all[s.left].x + middle) / 2)
                quarterXs.append((middle + all[s.right].x) / 2)
            }
            let quarterBase = all.count
            if refined > 0 { evaluate(quarterXs) }
            next.removeAll(keepingCapacity: true)
            next.reserveCapacity(2 * refined)
            all.withUnsafeBufferPointer { all in
                for index in pending.indices {
                    let s = pending[index]
                    let left = all[s.left], middle = all[s.middle], right = all[s.right]
                    let l = left.pixel.y, m = middle.pixel.y, r = right.pixel.y
                    guard index < refined else {
                        pieceAtNode[s.node] = pieces.count
                        pieces.append(Piece(interval: s.interval, x: left.x, start: store.count, count: 3,
                                            drawable: !l.isNaN && !m.isNaN && !r.isNaN))
                        store.append(s.left)
                        store.append(s.middle)
                        store.append(s.right)
                        continue
                    }
                    let i1 = quarterBase + 2 * index, i3 = i1 + 1
                    let q1 = all[i1], q3 = all[i3]
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
                              limit.contains(q1.pixel, toSegment: left.pixel, right.pixel),
                              limit.contains(middle.pixel, toSegment: left.pixel, right.pixel),
                              limit.contains(q3.pixel, toSegment: left.pixel, right.pixel) {
                        (keepsAll, drawable) = (true, true)
                    } else if right.pixel.x - left.pixel.x < minimumWidth || q1.x == left.x || q3.x == right.x {
                        (keepsAll, drawable) = (false, false)
                    } else {
                        let second = nextNode.count
                        nextNode.append(nextNode[s.node])
                        nextNode[s.node] = second
                        pieceAtNode.append(-1)
                        next.append(Segment(left: s.left, middle: i1, right: s.middle, interval: s.interval, node: s.node))
                        next.append(Segment(left: s.middle, middle: i3, right: s.right, interval: s.interval, node: second))
                        continue
                    }
                    pieceAtNode[s.node] = pieces.count
                    pieces.append(Piece(interval: s.interval, x: left.x, start: store.count, count: keepsAll ? 5 : 2, drawable: drawable))
                    store.append(s.left)
                    if keepsAll {
                        store.append(i1)
                        store.append(s.middle)
                        store.append(i3)
                    }
                    store.append(s.right)
                }
            }
            swap(&pending, &next)
        }

        var runs: [[SamplePoint]] = []
        all.withUnsafeBufferPointer { all in
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
                for i in first..<(piece.start + piece.count) { current.append(all[store[i]]) }
            }
            if current.count > 1 { runs.append(current) }
        }
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
