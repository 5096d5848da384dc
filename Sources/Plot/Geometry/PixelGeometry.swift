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
