/// Numbers as the SVG prints them: rounded to 0.01, with no trailing zeros and no
/// leading zero (`12.5`, `.25`, `-.5`, `3`). Everything is done on integer hundredths,
/// so output is identical on every build and platform.
enum SVGNumber {
    /// `value` in hundredths, rounded half away from zero.
    ///
    /// Below 2⁶² in size, the truncation and the remainder (`scaled − truncated`, exact
    /// there, in (−1, 1)) give `Int(scaled.rounded())` without a call to the C library's
    /// `round` and without a branch on whether the remainder reaches a half (a coin toss):
    /// twice the remainder (exact) truncates to 1 from +½ up, to −1 from −½ down, else to 0.
    @inline(__always)
    static func hundredths(_ value: Double) -> Int {
        let scaled = value * 100
        guard scaled.magnitude < 0x1p62 else { return Int(scaled.rounded()) }
        let truncated = Int(scaled)
        return truncated + Int(2 * (scaled - Double(truncated)))
    }

    static func format(_ value: Double) -> String {
        format(hundredths: hundredths(value))
    }

    static func format(hundredths n: Int) -> String {
        var bytes: [UInt8] = []
        write(hundredths: n, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the text of `n` hundredths to UTF-8 bytes, as `format(hundredths:)` spells it
    /// (written by the raw-memory writer below, so there is one spelling).
    static func write(hundredths n: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 22) { buffer in
            var next = buffer.baseAddress!
            write(hundredths: n, to: &next)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<(next - buffer.baseAddress!)]))
        }
    }
}

extension SVGNumber {
    /// Writes the text of `n` hundredths (a minus sign if negative, the whole part unless it is 0
    /// before a fraction, then up to two decimals without trailing zeros: `-1.5`, `.07`, `12`) at
    /// `next`, which must have room for 22 bytes, and moves `next` past it.
    @inline(__always)
    static func write(hundredths n: Int, to next: inout UnsafeMutablePointer<UInt8>) {
        if n < 0 {
            next.pointee = UInt8(ascii: "-")
            next += 1
        }
        let magnitude = n.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 {
            writeDigits(whole, to: &next)
            return
        }
        if whole != 0 { writeDigits(whole, to: &next) }
        next[0] = UInt8(ascii: ".")
        next[1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction / 10)
        if fraction % 10 != 0 {
            next[2] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10)
            next += 3
        } else {
            next += 2
        }
    }

    /// Writes the decimal digits of `value` at `next` and moves `next` past them.
    @inline(__always)
    static func writeDigits(_ value: UInt, to next: inout UnsafeMutablePointer<UInt8>) {
        let zero = UInt8(ascii: "0")
        if value < 10 {
            next[0] = zero + UInt8(truncatingIfNeeded: value)
            next += 1
        } else if value < 100 {
            next[0] = zero + UInt8(truncatingIfNeeded: value / 10)
            next[1] = zero + UInt8(truncatingIfNeeded: value % 10)
            next += 2
        } else {
            var count = 3
            var rest = value / 1000
            while rest != 0 {
                count += 1
                rest /= 10
            }
            var v = value
            for i in stride(from: count - 1, through: 0, by: -1) {
                next[i] = zero + UInt8(truncatingIfNeeded: v % 10)
                v /= 10
            }
            next += count
        }
    }
}
