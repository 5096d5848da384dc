/// Builds SVG path data with the fewest bytes: an absolute first move, then relative
/// commands (`l`, or `h`/`v` for axis-parallel steps) with repeated letters left out
/// and separators only where a number would otherwise run into the previous one.
/// Positions are rounded to 0.01 px first and steps computed between rounded positions,
/// so rounding never accumulates.
struct PathEncoder {
    /// The path data as UTF-8 bytes (ASCII only).
    private(set) var bytes: [UInt8] = []
    private var state = State()

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The path data.
    var data: String { String(decoding: bytes, as: UTF8.self) }

    mutating func move(to p: Point) {
        write(commands: 1) { $0.move(to: p) }
    }

    mutating func line(to p: Point) {
        write(commands: 1) { $0.line(to: p) }
    }

    mutating func polyline(_ points: [Point]) {
        guard let first = points.first else { return }
        write(commands: points.count) { writer in
            writer.move(to: first)
            for i in 1..<points.count { writer.line(to: points[i]) }
        }
    }

    /// `polyline([a, b])` without the array.
    mutating func segment(_ a: Point, _ b: Point) {
        write(commands: 2) { writer in
            writer.move(to: a)
            writer.line(to: b)
        }
    }

    /// The most bytes one command takes: its letter and two numbers, each with a separator,
    /// a sign, up to 19 digits and a dot.
    private static let maximumCommandBytes = 1 + 2 * 22

    /// Runs `body` (at most `commands` commands) on a writer into the bytes' spare room,
    /// carrying the encoder's state through it.
    @inline(__always)
    private mutating func write(commands: Int, _ body: (inout Writer) -> Void) {
        let start = bytes.count, room = commands * Self.maximumCommandBytes
        if bytes.capacity < start + room { bytes.reserveCapacity(Swift.max(start + room, 2 * bytes.capacity)) }
        var state = self.state
        bytes.append(contentsOf: repeatElement(0, count: room))
        let end = bytes.withUnsafeMutableBufferPointer { buffer in
            var writer = Writer(state: state, next: buffer.baseAddress! + start)
            body(&writer)
            state = writer.state
            return writer.next - buffer.baseAddress!
        }
        bytes.removeLast(bytes.count - end)
        self.state = state
    }

    /// Where the path stands: the last position (hundredths), command and number.
    private struct State {
        var x = 0, y = 0
        var command: UInt8 = 0
        var started = false
        var previousHasDot = false
    }

    /// Writes commands straight into memory with room for them.
    private struct Writer {
        var state: State
        var next: UnsafeMutablePointer<UInt8>

        @inline(__always)
        mutating func move(to p: Point) {
            let nx = SVGNumber.hundredths(p.x), ny = SVGNumber.hundredths(p.y)
            if state.started {
                emit(UInt8(ascii: "m"), nx - state.x, ny - state.y)
            } else {
                emit(UInt8(ascii: "M"), nx, ny)
                state.started = true
            }
            state.x = nx
            state.y = ny
        }

        @inline(__always)
        mutating func line(to p: Point) {
            let nx = SVGNumber.hundredths(p.x), ny = SVGNumber.hundredths(p.y)
            let dx = nx - state.x, dy = ny - state.y
            if dx == 0, dy == 0 { return }
            if dy == 0 {
                emit(UInt8(ascii: "h"), dx)
            } else if dx == 0 {
                emit(UInt8(ascii: "v"), dy)
            } else {
                emit(UInt8(ascii: "l"), dx, dy)
            }
            state.x = nx
            state.y = ny
        }

        @inline(__always)
        private mutating func emit(_ letter: UInt8, _ first: Int) {
            let separated = start(letter)
            number(first, separated: separated)
        }

        @inline(__always)
        private mutating func emit(_ letter: UInt8, _ first: Int, _ second: Int) {
            let separated = start(letter)
            number(first, separated: separated)
            number(second, separated: true)
        }

        /// Writes the letter unless it repeats the previous command; whether the first
        /// number needs a separator.
        @inline(__always)
        private mutating func start(_ letter: UInt8) -> Bool {
            // After a move, a repeated pair would mean "line", so moves always print their letter.
            let repeatable = letter != UInt8(ascii: "m") && letter != UInt8(ascii: "M")
            var needsSeparator = true
            if state.command != letter || !repeatable {
                next.pointee = letter
                next += 1
                needsSeparator = false
            }
            state.command = letter
            return needsSeparator
        }

        /// Writes `n` hundredths, after a space unless its sign or its leading dot (after a
        /// number that already has one) keeps it apart from the previous number.
        @inline(__always)
        private mutating func number(_ n: Int, separated: Bool) {
            let fraction = n.magnitude % 100
            let startsWithDot = n > 0 && n < 100
            if separated, !(n < 0 || (startsWithDot && state.previousHasDot)) {
                next.pointee = UInt8(ascii: " ")
                next += 1
            }
            SVGNumber.write(hundredths: n, to: &next)
            state.previousHasDot = fraction != 0
        }
    }
}
