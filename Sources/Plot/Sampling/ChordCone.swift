/// The chords from one point that certainly pass within a radius of every point after it
/// so far, kept as an interval of slopes, so that `Simplification.simplify` tests a chord
/// against its points in one step rather than point by point.
///
/// A chord from A to E with slope s passes within ρ of a point P (offset dx > 0, dy from A)
/// whenever its line does so vertically, |dy − s·dx| ≤ ρ: the slopes that do form the
/// interval [(dy − ρ)/dx, (dy + ρ)/dx], and those of every point so far their intersection.
/// The line's distance is the segment's when P's projection falls between A and E, which
/// holds when P lies at least ρ right of A and left of E (a projection outside moves P by
/// less than ρ horizontally); a point within ρ of A is within ρ of the segment anyway. Any
/// other point (too close to A horizontally but not within ρ of it) ends the certificates.
///
/// `certifies` is a sufficient test only: with ρ below the simplification's tolerance, the
/// margin (a hundredth of the tolerance, some 10⁻³ px) dwarfs the rounding of either computation
/// at drawing coordinates (some 10⁻⁸ px for heights `Simplification.clamped` to 10⁷), so a
/// certified chord is one the exact test (`Simplification.fits`) accepts too, and the kept
/// points are those of the exact test alone. NaN, or a height beyond the clamp, ends the
/// certificates.
struct ChordCone {
    private let origin: Point
    private let radius: Double
    private var low = -Double.infinity
    private var high = Double.infinity
    /// The largest x of the points added.
    private var rightmost: Double
    /// False once a point the interval cannot account for was added.
    private var usable = true

    init(from origin: Point, radius: Double) {
        self.origin = origin
        self.radius = radius
        rightmost = origin.x
    }

    /// Narrows the interval to the chords that also pass within the radius of `p`.
    mutating func add(_ p: Point) {
        let dx = p.x - origin.x
        add(p, reciprocal: dx >= radius ? 1 / dx : 0)
    }

    /// `add(p)` with `1 / (p.x − origin.x)` given (any value when that offset is below the
    /// radius): the bounds are multiplied by it rather than divided, which moves a slope by a
    /// unit in its last place, and a line by some 10⁻⁸ px at drawing coordinates.
    @inline(__always)
    private mutating func add(_ p: Point, reciprocal: Double) {
        let dx = p.x - origin.x, dy = p.y - origin.y
        rightmost = max(rightmost, p.x)
        if dx >= radius, dy.magnitude <= 1e9 {
            low = max(low, (dy - radius) * reciprocal)
            high = min(high, (dy + radius) * reciprocal)
        } else if !(dx >= 0 && dx * dx + dy * dy <= radius * radius) {
            usable = false
        }
    }

    /// Whether the chord from the origin to `end` certainly passes within the radius of
    /// every point added (false when unsure); `reciprocal` is `1 / (end.x − origin.x)`.
    @inline(__always)
    private func certifies(_ end: Point, reciprocal: Double) -> Bool {
        guard usable, end.x - rightmost >= radius else { return false }
        let slope = (end.y - origin.y) * reciprocal
        return slope >= low && slope <= high
    }

    /// Takes `p` as the chord's new end when the cone certifies it or, failing that,
    /// `fitsExactly()` accepts it, and then narrows the interval by it: one division for both.
    @inline(__always)
    mutating func extend(to p: Point, orIf fitsExactly: () -> Bool) -> Bool {
        let reciprocal = 1 / (p.x - origin.x)
        guard certifies(p, reciprocal: reciprocal) || fitsExactly() else { return false }
        add(p, reciprocal: reciprocal)
        return true
    }
}
