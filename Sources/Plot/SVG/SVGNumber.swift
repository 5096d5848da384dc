/// Numbers as the SVG prints them: rounded to 0.01, with no trailing zeros and no
/// leading zero (`12.5`, `.25`, `-.5`, `3`). Everything is done on integer hundredths,
/// so output is identical on every build and platform.
enum SVGNumber {
    /// `value` in hundredths, rounded half away from zero.
    static func hundredths(_ value: Double) -> Int {
        Int((value * 100).rounded())
    }

    static func format(_ value: Double) -> String {
        format(hundredths: hundredths(value))
    }

    static func format(hundredths n: Int) -> String {
        let sign = n < 0 ? "-" : ""
        let magnitude = n.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        var digits = fraction < 10 ? "0" + String(fraction) : String(fraction)
        if digits.hasSuffix("0") { digits.removeLast() }
        return sign + (whole == 0 ? "" : String(whole)) + "." + digits
    }
}
