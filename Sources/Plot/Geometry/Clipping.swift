/// Cuts polylines at the edges of a rectangle (Liang–Barsky on each segment), so a curve
/// that leaves the view ends exactly at its edge and resumes where it comes back.
enum Clipping {
    static func clip(_ polyline: [Point], to rect: Rect) -> [[Point]] {
        guard polyline.count > 1 else {
            if let p = polyline.first, rect.contains(p) { return [[p]] }
            return []
        }
        // Inside (edges included) throughout: every segment is kept whole, as below.
        if polyline.allSatisfy({ rect.contains($0) }) { return [polyline] }
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

    /// The total length of `clip(polyline, to: rect)`, bit for bit (each piece's length
    /// summed from zero in order, the pieces' lengths then summed in order), without making
    /// the pieces.
    ///
    /// A segment with both ends more than a pixel beyond the same edge misses the rectangle
    /// without `interval` being asked: there its ratios pass 0 or 1 by at least 1/length,
    /// far more than their rounding in drawing coordinates, so it would say so too.
    static func lengthInside(_ polyline: [Point], _ rect: Rect) -> Double {
        guard polyline.count > 1 else { return 0 }
        let left = rect.minX - 1, right = rect.maxX + 1, top = rect.minY - 1, bottom = rect.maxY + 1
        var total = 0.0, piece = 0.0
        var inPiece = false
        for i in 1..<polyline.count {
            let a = polyline[i - 1], b = polyline[i]
            let beyond = (a.x < left && b.x < left) || (a.x > right && b.x > right)
                || (a.y < top && b.y < top) || (a.y > bottom && b.y > bottom)
            guard !beyond, let (t0, t1) = interval(a, b, rect) else {
                if inPiece { total += piece }
                inPiece = false
                continue
            }
            let start = t0 == 0 ? a : lerp(a, b, t0)
            let end = t1 == 1 ? b : lerp(a, b, t1)
            if !inPiece || t0 > 0 {
                if inPiece { total += piece }
                piece = 0
                inPiece = true
            }
            let dx = end.x - start.x, dy = end.y - start.y
            piece += (dx * dx + dy * dy).squareRoot()
            if t1 < 1 {
                total += piece
                inPiece = false
            }
        }
        if inPiece { total += piece }
        return total
    }

    private static func lerp(_ a: Point, _ b: Point, _ t: Double) -> Point {
        Point(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))
    }

    /// The parameter interval of the segment a→b inside `rect`, or nil if it misses it.
    private static func interval(_ a: Point, _ b: Point, _ rect: Rect) -> (Double, Double)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        // The edges in the order left, right, top, bottom: (p, q) with the point inside where p·t ≤ q.
        func edge(_ p: Double, _ q: Double) -> Bool {
            if p == 0 { return !(q < 0) }
            let r = q / p
            if p < 0 {
                if r > t1 { return false }
                t0 = max(t0, r)
            } else {
                if r < t0 { return false }
                t1 = min(t1, r)
            }
            return true
        }
        guard edge(-dx, a.x - rect.minX), edge(dx, rect.maxX - a.x),
              edge(-dy, a.y - rect.minY), edge(dy, rect.maxY - a.y) else { return nil }
        return (t0, t1)
    }
}
