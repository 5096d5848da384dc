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
    @inline(__always)
    func contains(_ p: Point, toSegment a: Point, _ b: Point) -> Bool {
        squaredDistance(p, toSegment: a, b) <= squared
    }

    /// The square of `distance(p, toSegment: a, b)`, computed the same way.
    @inline(__always)
    private func squaredDistance(_ p: Point, toSegment a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length2 = dx * dx + dy * dy
        var t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0
        t = min(max(t, 0), 1)
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return ex * ex + ey * ey
    }

    /// The chord from `a` to `b`, for testing many points against it.
    func chord(_ a: Point, _ b: Point) -> Chord { Chord(limit: self, a: a, b: b) }

    /// A segment with the parts of the distance computation that do not depend on the
    /// point, and a quick acceptance for points clearly within the limit.
    struct Chord {
        let a: Point
        let dx: Double, dy: Double, length2: Double
        let squared: Double
        /// (limit / 2)² · length², the bound on the cross product's square below which a
        /// point is accepted without the division.
        let quickBound: Double

        init(limit: DistanceLimit, a: Point, b: Point) {
            self.a = a
            dx = b.x - a.x
            dy = b.y - a.y
            length2 = dx * dx + dy * dy
            squared = limit.squared
            quickBound = limit.squared / 4 * length2
        }

        /// Whether `distance(p, toSegment: a, b) > limit`, bit for bit, for coordinates of at
        /// most 10⁸ in size (drawing coordinates, heights `Simplification.clamped`).
        ///
        /// A point whose projection falls strictly inside the segment and whose cross
        /// product puts it within half the limit of the line is within the limit: the
        /// rounding of either computation at these sizes is some 10⁻⁸ px, far inside the
        /// half-limit margin. Every other point gets the exact computation.
        func excludes(_ p: Point) -> Bool {
            let px = p.x - a.x, py = p.y - a.y
            let along = px * dx + py * dy
            if along > 0, along < length2 {
                let cross = px * dy - py * dx
                if cross * cross <= quickBound { return false }
            }
            var t = length2 > 0 ? along / length2 : 0
            t = min(max(t, 0), 1)
            let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
            return ex * ex + ey * ey > squared
        }
    }
}
