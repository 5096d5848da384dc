/// How numbers are written on pages, in tables and in JSON.
public enum NumberFormatting {
    /// Shortest decimal that reads back to the same Double (Swift's own algorithm),
    /// with `inf`, `-inf` and `nan` for non-finite values: the JSON and CSV form.
    public static func roundTrip(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        return "\(value)"
    }

    /// A number for people: at most `significant` significant digits, no trailing zeros,
    /// a true minus sign, `∞` for infinity, and exponents as `×10⁻⁸` when very small or large.
    public static func display(_ value: Double, significant: Int = 4, minus: String = "−") -> String {
        if value.isNaN { return "undefined" }
        if value.isInfinite { return value < 0 ? minus + "∞" : "∞" }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        let sign = value < 0 ? minus : ""
        let exponent = Int((log10Approx(magnitude)).rounded(.down))
        if exponent < -4 || exponent >= 7 {
            let mantissa = magnitude / pow10(exponent)
            let digits = fixed(mantissa, decimals: max(0, significant - 1))
            return sign + (digits == "1" ? "" : digits + "×") + "10" + superscript(exponent)
        }
        let decimals = max(0, significant - 1 - exponent)
        return sign + fixed(magnitude, decimals: decimals)
    }

    /// `value` (not negative) with `decimals` digits after the point, trailing zeros removed.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let scale = pow10(decimals)
        let scaled = (value * scale).rounded()
        guard scaled < 9e15 else { return "\(value)" }
        var integer = Int64(scaled)
        guard decimals > 0 else { return String(integer) }
        // The fraction's digits, written into stack memory rather than an array on the heap.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: decimals) { fraction in
            for i in stride(from: decimals - 1, through: 0, by: -1) {
                fraction[i] = UInt8(ascii: "0") + UInt8(abs(integer % 10))
                integer /= 10
            }
            var end = decimals
            while end > 0, fraction[end - 1] == UInt8(ascii: "0") { end -= 1 }
            guard end > 0 else { return String(integer) }
            var text = String(integer)
            text += "."
            text += String(decoding: UnsafeBufferPointer(rebasing: fraction[..<end]), as: UTF8.self)
            return text
        }
    }

    private static let superscriptDigits: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
    ]

    static func superscript(_ n: Int) -> String {
        String(String(n).map { superscriptDigits[$0] ?? $0 })
    }

    static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(n) { result *= 10 }
        return n < 0 ? 1 / result : result
    }

    private static func log10Approx(_ x: Double) -> Double {
        var e = 0.0
        var m = x
        while m >= 10 { m /= 10; e += 1 }
        while m < 1 { m *= 10; e -= 1 }
        return e
    }
}
