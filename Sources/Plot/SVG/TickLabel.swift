/// Tick labels as a textbook prints them: a real minus sign (−), as many decimals as
/// the tick step needs, and powers of ten with superscript exponents (10⁻⁴).
enum TickLabel {
    static func linear(_ value: Double, decimals: Int) -> String {
        let scale = PlotMath.pow10(decimals)
        let scaled = Int((abs(value) * scale).rounded())
        if scaled == 0 { return "0" }
        var digits = String(scaled)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (value < 0 ? "−" : "") + digits
    }

    static func decade(_ exponent: Int) -> String {
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let digits = String(exponent.magnitude).map { superscripts[$0.wholeNumberValue!] }
        return "10" + (exponent < 0 ? "⁻" : "") + String(digits)
    }
}
