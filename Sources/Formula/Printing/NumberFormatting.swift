/// Shortest round-trip decimal text for numbers, as the formula language writes them.
enum NumberFormatting {
    /// `2` for 2.0, `0.044715`, `1e-05`, `-3.5`; parses back to the same Double.
    /// NaN and infinities (never produced by the parser) come out as `nan`, `inf`, `-inf`.
    static func text(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        // Whole numbers below 10^15 are written by `description` as their digits and ".0".
        if value.magnitude < 1e15, value == value.rounded(.towardZero), value != 0 || value.sign == .plus {
            return String(Int64(value))
        }
        var text = value.description
        // The text is ASCII: look at it byte by byte, not Character by Character.
        if endsInPointZero(text.utf8) { text.removeLast(2) }
        if let e = text.utf8.firstIndex(of: UInt8(ascii: "e")) {
            var mantissa = String(text[..<e])
            if endsInPointZero(mantissa.utf8) { mantissa.removeLast(2) }
            text = mantissa + text[e...]
        }
        return text
    }

    private static func endsInPointZero(_ bytes: String.UTF8View) -> Bool {
        var last = bytes.reversed().makeIterator()
        return last.next() == UInt8(ascii: "0") && last.next() == UInt8(ascii: ".")
    }

    /// The mantissa and the power of ten of a number written in exponent form
    /// (`1e-05` gives ("1", -5)); nil for plain decimals.
    static func scientific(_ text: String) -> (mantissa: String, exponent: Int)? {
        guard let e = text.utf8.firstIndex(of: UInt8(ascii: "e")), let exponent = Int(text[text.utf8.index(after: e)...]) else {
            return nil
        }
        return (String(text[..<e]), exponent)
    }

    /// A number near `value` (within two units in the last place) with the shortest
    /// text: folding 3 * 0.044715 gives 0.134145, not 0.13414500000000002.
    static func tidy(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        // Short text: no neighbour within two ulps is shorter (see `Algebra.tidied`).
        if value.isNormal && text(value).utf8.count <= 12 { return value }
        var best = value
        var candidates = [value]
        var up = value, down = value
        for _ in 0..<2 {
            up = up.nextUp
            down = down.nextDown
            candidates += [up, down]
        }
        for candidate in candidates where text(candidate).count < text(best).count { best = candidate }
        return best
    }
}
