/// Drops samples that a longer chord already represents: from each kept point, the chord
/// is extended over as many samples as stay within `tolerance` of it. The samples are
/// dense (each refined piece keeps its quarter points), so the curve between them is
/// within a few thousandths of a pixel of their chords, and the final chord within
/// `tolerance` plus that.
enum Simplification {
    static func simplify(_ run: [SamplePoint], tolerance: Double) -> [SamplePoint] {
        guard run.count > 2 else { return run }
        var kept = [run[0]]
        var anchor = 0
        while anchor < run.count - 1 {
            var end = anchor + 1
            while end + 1 < run.count, fits(run, from: anchor, to: end + 1, tolerance: tolerance) {
                end += 1
            }
            kept.append(run[end])
            anchor = end
        }
        return kept
    }

    private static func fits(_ run: [SamplePoint], from a: Int, to b: Int, tolerance: Double) -> Bool {
        let start = clamped(run[a].pixel), end = clamped(run[b].pixel)
        for k in (a + 1)..<b where distance(clamped(run[k].pixel), toSegment: start, end) > tolerance {
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
