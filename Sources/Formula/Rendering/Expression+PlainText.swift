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

    /// The superscript form of UTF-8 text made only of digits and minus signs; nil for any
    /// other text.
    static func superscripted(_ text: [UInt8]) -> [UInt8]? {
        var raised: [UInt8] = []
        var decoder = UTF8()
        var iterator = text.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                guard let r = superscript(scalar) else { return nil }
                UTF8.encode(r) { raised.append($0) }
            case .emptyInput: return raised
            case .error: return nil
            }
        }
    }

    static func text(_ box: Box) -> String {
        var out = UTF8Output(capacity: 256)
        write(box, into: &out)
        return out.text()
    }

    /// Appends the text of `box` to `out`.
    static func write(_ box: Box, into out: inout UTF8Output) {
        switch box {
        case .number(let t), .symbol(let t), .upright(let t), .word(let t), .function(let t):
            out.append(utf8: t)
        case .op(let t):
            if t == "/" {
                out.append("/")
            } else {
                out.append(" ")
                out.append(utf8: t)
                out.append(" ")
            }
        case .prefixMinus:
            out.append("−")
        case .times(let visible):
            if visible { out.append("·") }
        case .text(let word):
            out.append(" ")
            out.append(utf8: word)
            out.append(" ")
        case .row(let items):
            for item in items { write(item, into: &out) }
        case .fenced(let inner):
            out.append("(")
            write(inner, into: &out)
            out.append(")")
        case .bars(let inner):
            out.append("|")
            write(inner, into: &out)
            out.append("|")
        case .fraction(let top, let bottom):
            write(top, into: &out)
            out.append("/")
            write(bottom, into: &out)
        case .power(let base, let exponent):
            write(base, into: &out)
            // The exponent is written in place, then raised (or marked with ^) there.
            let start = out.count
            write(exponent, into: &out)
            if let raised = superscripted(out.bytes(from: start)) {
                out.truncate(to: start)
                raised.withUnsafeBufferPointer { out.append($0) }
            } else if case .row = exponent {
                out.insert("^(", at: start)
                out.append(")")
            } else {
                out.insert("^", at: start)
            }
        case .root(let inner):
            out.append("√")
            write(inner, into: &out)
        case .apply(let name, let arguments):
            write(name, into: &out)
            out.append("(")
            for (i, argument) in arguments.enumerated() {
                if i > 0 { out.append(", ") }
                write(argument, into: &out)
            }
            out.append(")")
        case .piecewise(let cases):
            out.append("{")
            for (i, c) in cases.enumerated() {
                if i > 0 { out.append("; ") }
                write(c.value, into: &out)
                if let condition = c.condition {
                    out.append(" if ")
                    write(condition, into: &out)
                } else {
                    out.append(" otherwise")
                }
            }
            out.append("}")
        }
    }
}
