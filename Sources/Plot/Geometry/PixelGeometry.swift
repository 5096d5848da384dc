/// A point in the drawing's coordinates (pixels at the plot's drawn size, y downwards).
struct Point: Equatable {
    var x: Double
    var y: Double
}

/// An axis-aligned rectangle in drawing coordinates.
struct Rect: Equatable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }

    func contains(_ p: Point, slack: Double = 0) -> Bool {
        p.x >= minX - slack && p.x <= maxX + slack && p.y >= minY - slack && p.y <= maxY + slack
    }
}

/// Distance from `p` to the segment from `a` to `b`.
func distance(_ p: Point, toSegment a: Point, _ b: Point) -> Double {
    let dx = b.x - a.x, dy = b.y - a.y
    let length2 = dx * dx + dy * dy
    var t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0
    t = min(max(t, 0), 1)
    let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
    return (ex * ex + ey * ey).squareRoot()
}

/// A bound on `distance(_:toSegment:_:)` checked without its square root: since the
/// square root is correctly rounded and monotonic, `distance ≤ limit` holds exactly when
/// the squared distance is at most the largest double whose square root is ≤ `limit`.
struct DistanceLimit {
    /// The largest squared distance within the limit.
    let squared: Double

    init(_ limit: Double) {
        var s = limit * limit
        while s > 0, s.squareRoot() > limit { s = s.nextDown }
        while s.nextUp.squareRoot() <= limit { s = s.nextUp }
        squared = s
    }

    /// Whether `distance(p, toSegment: a, b) <= limit`, bit for bit.
    func contains(_ p: Point, toSegment a: Point, _ b: Point) -> Bool {
        squaredDistance(p, toSegment: a, b) <= squared
    }

    /// Whether `distance(p, toSegment: a, b) > limit`, bit for bit (false for NaN, as there).
    func excludes(_ p: Point, toSegment a: Point, _ b: Point) -> Bool {
        squaredDistance(p, toSegment: a, b) > squared
    }

    /// The square of `distance(p, toSegment: a, b)`, computed the same way.
    private func squaredDistance(_ p: Point, toSegment a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length2 = dx * dx + dy * dy
        var t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0
        t = min(max(t, 0), 1)
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return ex * ex + ey * ey
    }
}
