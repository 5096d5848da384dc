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
        var out = ""
        out.reserveCapacity(128)
        write(box, into: &out)
        return out
    }

    /// Appends the text of `box` to `out`.
    static func write(_ box: Box, into out: inout String) {
        switch box {
        case .number(let t), .symbol(let t), .upright(let t), .word(let t), .function(let t):
            out += t
        case .op(let t):
            if t == "/" {
                out += "/"
            } else {
                out += " "
                out += t
                out += " "
            }
        case .prefixMinus:
            out += "−"
        case .times(let visible):
            if visible { out += "·" }
        case .text(let word):
            out += " "
            out += word
            out += " "
        case .row(let items):
            for item in items { write(item, into: &out) }
        case .fenced(let inner):
            out += "("
            write(inner, into: &out)
            out += ")"
        case .bars(let inner):
            out += "|"
            write(inner, into: &out)
            out += "|"
        case .fraction(let top, let bottom):
            write(top, into: &out)
            out += "/"
            write(bottom, into: &out)
        case .power(let base, let exponent):
            write(base, into: &out)
            let e = text(exponent)
            if e.allSatisfy({ superscripts[$0] != nil }) {
                for c in e { out.append(superscripts[c]!) }
            } else if case .row = exponent {
                out += "^("
                out += e
                out += ")"
            } else {
                out += "^"
                out += e
            }
        case .root(let inner):
            out += "√"
            write(inner, into: &out)
        case .apply(let name, let arguments):
            write(name, into: &out)
            out += "("
            for (i, argument) in arguments.enumerated() {
                if i > 0 { out += ", " }
                write(argument, into: &out)
            }
            out += ")"
        case .piecewise(let cases):
            out += "{"
            for (i, c) in cases.enumerated() {
                if i > 0 { out += "; " }
                write(c.value, into: &out)
                if let condition = c.condition {
                    out += " if "
                    write(condition, into: &out)
                } else {
                    out += " otherwise"
                }
            }
            out += "}"
        }
    }
}
