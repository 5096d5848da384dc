extension Expression {
    /// The formula in Unicode text for the terminal: "x·Φ(x)", "max(0, x)",
    /// "σ(x)(1 − σ(x))", "{x if x ≥ 0; αx otherwise}".
    public func plainText(symbols: [String: String]) -> String {
        PlainTextWriter.text(Layout(style: .plain, symbols: symbols).lay(self).box)
    }
}

/// Writes a `Box` on one line of Unicode text.
enum PlainTextWriter {
    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "−": "⁻",
    ]

    static func text(_ box: Box) -> String {
        switch box {
        case .number(let t), .symbol(let t), .upright(let t), .word(let t), .function(let t):
            return t
        case .op(let t):
            return t == "/" ? "/" : " \(t) "
        case .prefixMinus:
            return "−"
        case .times(let visible):
            return visible ? "·" : ""
        case .text(let word):
            return " \(word) "
        case .row(let items):
            return items.map(text).joined()
        case .fenced(let inner):
            return "(" + text(inner) + ")"
        case .bars(let inner):
            return "|" + text(inner) + "|"
        case .fraction(let top, let bottom):
            return text(top) + "/" + text(bottom)
        case .power(let base, let exponent):
            let e = text(exponent)
            if e.allSatisfy({ superscripts[$0] != nil }) {
                return text(base) + String(e.map { superscripts[$0]! })
            }
            if case .row = exponent { return text(base) + "^(" + e + ")" }
            return text(base) + "^" + e
        case .root(let inner):
            return "√" + text(inner)
        case .apply(let name, let arguments):
            return text(name) + "(" + arguments.map(text).joined(separator: ", ") + ")"
        case .piecewise(let cases):
            let parts = cases.map { c in
                text(c.value) + (c.condition.map { " if " + text($0) } ?? " otherwise")
            }
            return "{" + parts.joined(separator: "; ") + "}"
        }
    }
}
