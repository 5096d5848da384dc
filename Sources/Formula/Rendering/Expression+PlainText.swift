extension Expression {
    /// The formula in Unicode text for the terminal: "x·Φ(x)", "max(0, x)",
    /// "σ(x)(1 − σ(x))", "{x if x ≥ 0; αx otherwise}".
    public func plainText(symbols: [String: String]) -> String {
        PlainTextWriter.text(Layout(style: .plain, symbols: symbols).lay(self).box)
    }
}

/// Writes a `Box` on one line of Unicode text.
enum PlainTextWriter {
    static let superscriptDigits: [Unicode.Scalar] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// The superscript form of a digit or of the minus sign −; nil for any other scalar.
    static func superscript(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "0"..."9": superscriptDigits[Int(scalar.value - 48)]
        case "−": "⁻"
        default: nil
        }
    }

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
            // Exponents are short: written into a String of their own without reserving room.
            var e = ""
            write(exponent, into: &e)
            if e.unicodeScalars.allSatisfy({ superscript($0) != nil }) {
                for scalar in e.unicodeScalars { out.unicodeScalars.append(superscript(scalar)!) }
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
