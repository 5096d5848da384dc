/// Builds SVG path data with the fewest bytes: an absolute first move, then relative
/// commands (`l`, or `h`/`v` for axis-parallel steps) with repeated letters left out
/// and separators only where a number would otherwise run into the previous one.
/// Positions are rounded to 0.01 px first and steps computed between rounded positions,
/// so rounding never accumulates.
struct PathEncoder {
    /// The path data as UTF-8 bytes (ASCII only).
    private(set) var bytes: [UInt8] = []
    private var x = 0, y = 0
    private var command: UInt8 = 0
    private var started = false
    private var previousHasDot = false

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The path data.
    var data: String { String(decoding: bytes, as: UTF8.self) }

    mutating func move(to p: Point) {
        let nx = SVGNumber.hundredths(p.x), ny = SVGNumber.hundredths(p.y)
        if started {
            emit(UInt8(ascii: "m"), nx - x, ny - y)
        } else {
            emit(UInt8(ascii: "M"), nx, ny)
            started = true
        }
        x = nx
        y = ny
    }

    mutating func line(to p: Point) {
        let nx = SVGNumber.hundredths(p.x), ny = SVGNumber.hundredths(p.y)
        let dx = nx - x, dy = ny - y
        if dx == 0, dy == 0 { return }
        if dy == 0 {
            emit(UInt8(ascii: "h"), dx)
        } else if dx == 0 {
            emit(UInt8(ascii: "v"), dy)
        } else {
            emit(UInt8(ascii: "l"), dx, dy)
        }
        x = nx
        y = ny
    }

    mutating func polyline(_ points: [Point]) {
        guard let first = points.first else { return }
        move(to: first)
        for i in 1..<points.count { line(to: points[i]) }
    }

    /// `polyline([a, b])` without the array.
    mutating func segment(_ a: Point, _ b: Point) {
        move(to: a)
        line(to: b)
    }

    private mutating func emit(_ letter: UInt8, _ first: Int, _ second: Int? = nil) {
        // After a move, a repeated pair would mean "line", so moves always print their letter.
        let repeatable = letter != UInt8(ascii: "m") && letter != UInt8(ascii: "M")
        var needsSeparator = true
        if command != letter || !repeatable {
            bytes.append(letter)
            needsSeparator = false
        }
        command = letter
        number(first, separated: needsSeparator)
        if let second { number(second, separated: true) }
    }

    /// Writes `n` hundredths, after a space unless its sign or its leading dot (after a
    /// number that already has one) keeps it apart from the previous number.
    private mutating func number(_ n: Int, separated: Bool) {
        let fraction = n.magnitude % 100
        let startsWithDot = n > 0 && n < 100
        if separated, !(n < 0 || (startsWithDot && previousHasDot)) {
            bytes.append(UInt8(ascii: " "))
        }
        SVGNumber.write(hundredths: n, to: &bytes)
        previousHasDot = fraction != 0
    }
}
