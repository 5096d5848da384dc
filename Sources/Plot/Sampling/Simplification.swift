/// Drops samples that a longer chord already represents: from each kept point, the chord
/// is extended over as many samples as stay within `tolerance` of it. The samples are
/// dense (each refined piece keeps its quarter points), so the curve between them is
/// within a few thousandths of a pixel of their chords, and the final chord within
/// `tolerance` plus that.
enum Simplification {
    /// The kept points of a run given by its drawing points (already `clamped`).
    static func simplify(_ run: [Point], tolerance: Double) -> [Point] {
        guard run.count > 2 else { return run }
        let limit = DistanceLimit(tolerance)
        return run.withUnsafeBufferPointer { points in
            var kept = [points[0]]
            var anchor = 0
            while anchor < points.count - 1 {
                var end = anchor + 1
                var cone = ChordCone(from: points[anchor], radius: 0.99 * tolerance)
                cone.add(points[end])
                while end + 1 < points.count,
                      cone.extend(to: points[end + 1], orIf: { fits(points, from: anchor, to: end + 1, limit: limit) }) {
                    end += 1
                }
                kept.append(points[end])
                anchor = end
            }
            return kept
        }
    }

    /// Whether the chord from point `a` to point `b` lies within the limit of every point between.
    static func fits(_ points: UnsafeBufferPointer<Point>, from a: Int, to b: Int, limit: DistanceLimit) -> Bool {
        let chord = limit.chord(points[a], points[b])
        for k in (a + 1)..<b where chord.excludes(points[k]) {
            return false
        }
        return true
    }

    /// A drawing point with an infinite height moved far outside any view, so geometry
    /// on it stays finite.
    static func clamped(_ p: Point) -> Point {
        Point(x: p.x, y: min(max(p.y, -1e7), 1e7))
    }
}
