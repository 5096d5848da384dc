extension Simplification {
    /// The kept points of a run much denser than the drawing needs (samples taken for a
    /// larger drawing, `SampledCurve.reprojected`), where a chord spans hundreds of points.
    ///
    /// From each kept point A, one pass over the following points proposes the chord's end:
    /// a point P is within `tolerance` of the line from A in direction u exactly when u lies
    /// between the two tangents from A to the circle of that radius around P, so the slopes
    /// (dy/dx; the run goes rightwards) of the lines that pass near every point so far form
    /// one interval, narrowed point by point; the farthest point whose own slope was inside
    /// the interval of the points before it is proposed. The proposal is then tested as
    /// `simplify` tests its chords (`fits`, the segment rather than the line), and where it
    /// fails, or a point does not lie to the right of A, the end is found by doubling the
    /// chord and halving the last step instead. Every chord kept is tested against all the
    /// points it spans; it may end elsewhere than `simplify`'s would.
    static func simplifyDense(_ run: [Point], tolerance: Double) -> [Point] {
        guard run.count > 2 else { return run }
        let limit = DistanceLimit(tolerance)
        return run.withUnsafeBufferPointer { points in
            var kept = [points[0]]
            var anchor = 0
            let last = points.count - 1
            while anchor < last {
                var end = proposedEnd(points, from: anchor, radius: tolerance)
                if end <= anchor + 1 || !fits(points, from: anchor, to: end, limit: limit) {
                    end = gallopingEnd(points, from: anchor, limit: limit)
                }
                kept.append(points[end])
                anchor = end
            }
            return kept
        }
    }

    /// The farthest point after `a` whose slope from `a` lies within the slopes of the lines
    /// from `a` passing within `radius` of every point before it (`a + 1` when none does, or
    /// when a point is not to the right of `a`).
    private static func proposedEnd(_ points: UnsafeBufferPointer<Point>, from a: Int, radius r: Double) -> Int {
        let origin = points[a]
        var low = -Double.infinity, high = Double.infinity
        var end = a + 1
        let r2 = r * r
        for k in (a + 1)..<points.count {
            let dx = points[k].x - origin.x, dy = points[k].y - origin.y
            guard dx > 0 else { return a + 1 }
            let slope = dy / dx
            if slope >= low && slope <= high {
                end = k
            }
            let d2 = dx * dx + dy * dy
            guard d2 > r2 else { continue }  // within the radius of `a` itself: no constraint
            let denominator = dx * dx - r2
            if denominator > 0 {
                // The two tangents from the origin to the circle around (dx, dy).
                let root = r * (d2 - r2).squareRoot()
                low = max(low, (dx * dy - root) / denominator)
                high = min(high, (dx * dy + root) / denominator)
            }
            // Otherwise the circle reaches the vertical through `a`: only the final test decides.
            if low > high { break }
        }
        return end
    }

    /// The chord's end found by doubling its length while it fits, then halving the last step.
    private static func gallopingEnd(_ points: UnsafeBufferPointer<Point>, from anchor: Int, limit: DistanceLimit) -> Int {
        let last = points.count - 1
        // `end` fits; `beyond` does not (or lies past the run).
        var end = anchor + 1, step = 1
        var beyond = last + 1
        while end + step <= last {
            if fits(points, from: anchor, to: end + step, limit: limit) {
                end += step
                step *= 2
            } else {
                beyond = end + step
                break
            }
        }
        while beyond - end > 1 {
            let middle = (end + beyond) / 2
            if fits(points, from: anchor, to: middle, limit: limit) { end = middle } else { beyond = middle }
        }
        return end
    }
}
