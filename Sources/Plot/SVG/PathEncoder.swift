/// Builds SVG path data with the fewest bytes: an absolute first move, then relative
/// commands (`l`, or `h`/`v` for axis-parallel steps) with repeated letters left out
/// and separators only where a number would otherwise run into the previous one.
/// Positions are rounded to 0.01 px first and steps computed between rounded positions,
/// so rounding never accumulates.
struct PathEncoder {
    private(set) var data = ""
    private var x = 0, y = 0
    private var command: Character?
    private var started = false
    private var previousHasDot = false

    mutating func move(to p: Point) {
        let nx = SVGNumber.hundredths(p.x), ny = SVGNumber.hundredths(p.y)
        if started {
            emit("m", [nx - x, ny - y])
        } else {
            emit("M", [nx, ny])
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
            emit("h", [dx])
        } else if dx == 0 {
            emit("v", [dy])
        } else {
            emit("l", [dx, dy])
        }
        x = nx
        y = ny
    }

    mutating func polyline(_ points: [Point]) {
        guard let first = points.first else { return }
        move(to: first)
        for p in points.dropFirst() { line(to: p) }
    }

    private mutating func emit(_ letter: Character, _ numbers: [Int]) {
        // After a move, a repeated pair would mean "line", so moves always print their letter.
        let repeatable = letter != "m" && letter != "M"
        var needsSeparator = true
        if command != letter || !repeatable {
            data.append(letter)
            needsSeparator = false
        }
        command = letter
        for n in numbers {
            let text = SVGNumber.format(hundredths: n)
            if needsSeparator, !(text.hasPrefix("-") || (text.hasPrefix(".") && previousHasDot)) {
                data.append(" ")
            }
            data += text
            previousHasDot = text.contains(".")
            needsSeparator = true
        }
    }
}
