/// Cuts polylines at the edges of a rectangle (Liang–Barsky on each segment), so a curve
/// that leaves the view ends exactly at its edge and resumes where it comes back.
enum Clipping {
    static func clip(_ polyline: [Point], to rect: Rect) -> [[Point]] {
        guard polyline.count > 1 else {
            if let p = polyline.first, rect.contains(p) { return [[p]] }
            return []
        }
        var pieces: [[Point]] = []
        var current: [Point] = []
        for (a, b) in zip(polyline, polyline.dropFirst()) {
            guard let (t0, t1) = interval(a, b, rect) else {
                if current.count > 1 { pieces.append(current) }
                current = []
                continue
            }
            let start = t0 == 0 ? a : lerp(a, b, t0)
            let end = t1 == 1 ? b : lerp(a, b, t1)
            if current.isEmpty || t0 > 0 {
                if current.count > 1 { pieces.append(current) }
                current = [start]
            }
            current.append(end)
            if t1 < 1 {
                pieces.append(current)
                current = []
            }
        }
        if current.count > 1 { pieces.append(current) }
        return pieces
    }

    private static func lerp(_ a: Point, _ b: Point, _ t: Double) -> Point {
        Point(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))
    }

    /// The parameter interval of the segment a→b inside `rect`, or nil if it misses it.
    private static func interval(_ a: Point, _ b: Point, _ rect: Rect) -> (Double, Double)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        let edges: [(Double, Double)] = [
            (-dx, a.x - rect.minX), (dx, rect.maxX - a.x),
            (-dy, a.y - rect.minY), (dy, rect.maxY - a.y),
        ]
        for (p, q) in edges {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 {
                    if r > t1 { return nil }
                    t0 = max(t0, r)
                } else {
                    if r < t0 { return nil }
                    t1 = min(t1, r)
                }
            }
        }
        return (t0, t1)
    }
}
