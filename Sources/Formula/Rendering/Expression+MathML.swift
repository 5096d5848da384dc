import Markup
extension Expression {
    /// Presentation MathML: a complete `<math>` element (display block or inline).
    ///
    /// `symbols` maps parameter names to how they are shown ("negative_slope" → "α");
    /// a parameter without a symbol is shown in italic by its name. All text is escaped.
    /// Uses only MathML Core elements, so browsers render it without a script.
    public func mathML(symbols: [String: String], display: Bool = true) -> String {
        let box = Layout(style: .math, symbols: symbols).lay(self).box
        var out = ""
        out.reserveCapacity(1024)
        out += display ? "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"
            : "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"inline\">"
        let writer = MathMLWriter(display: display)
        writer.write(box, into: &out, grouped: true)
        out += "</math>"
        return out
    }
}

/// Writes a `Box` as MathML elements.
struct MathMLWriter {
    /// In a display formula the cases of a brace keep full-size fractions.
    var display: Bool

    /// Parentheses stretch only around tall content; stretchy glyphs of some math fonts
    /// sit apart from the letters they enclose even when they do not grow.
    static func fence(tall: Bool) -> String {
        tall ? "<mo>" : "<mo stretchy=\"false\">"
    }

    static func startsWithOperatorName(_ box: Box) -> Bool {
        switch box {
        case .function: true
        case .apply(let name, _), .power(let name, _): startsWithOperatorName(name)
        case .row(let items): items.first.map(startsWithOperatorName) ?? false
        default: false
        }
    }

    /// Appends `text` escaped for XML (`XMLText.escape` hands text without markup
    /// characters back whole).
    static func appendEscaped(_ text: String, to out: inout String) {
        out += XMLText.escape(text)
    }

    /// Appends one element `open` + escaped `text` + `close`.
    static func element(_ open: String, _ text: String, _ close: String, to out: inout String) {
        out += open
        appendEscaped(text, to: &out)
        out += close
    }

    /// Writes one element; a row becomes an `<mrow>` when `grouped` (the child of a
    /// script, fraction or root must be a single element).
    func write(_ box: Box, into out: inout String, grouped: Bool) {
        switch box {
        case .number(let text):
            Self.element("<mn>", text, "</mn>", to: &out)
        case .symbol(let text):
            Self.element("<mi>", text, "</mi>", to: &out)
        case .upright(let text):
            Self.element("<mi mathvariant=\"normal\">", text, "</mi>", to: &out)
        case .word(let text):
            Self.element("<mi style=\"font-style: italic\">", text, "</mi>", to: &out)
        case .function(let name):
            Self.element("<mi>", name, "</mi>", to: &out)
        case .op(let text):
            Self.element("<mo>", text, "</mo>", to: &out)
        case .prefixMinus:
            out += "<mo form=\"prefix\">−</mo>"
        case .times(let visible):
            out += visible ? "<mo>⋅</mo>" : "<mo>&#x2062;</mo>"
        case .text(let word):
            Self.element("<mtext>&#xA0;", word, "&#xA0;</mtext>", to: &out)
        case .row(let items):
            if grouped || items.count != 1 { out += "<mrow>" }
            for (i, item) in items.enumerated() {
                write(item, into: &out, grouped: false)
                // A thin space before an operator name, as TeX sets "x tanh(x)".
                if case .times(false) = item, i + 1 < items.count, Self.startsWithOperatorName(items[i + 1]) {
                    out += "<mspace width=\"0.1667em\"></mspace>"
                }
            }
            if grouped || items.count != 1 { out += "</mrow>" }
        case .fenced(let inner):
            let mo = Self.fence(tall: inner.isTall)
            out += "<mrow>"
            out += mo
            out += "(</mo>"
            write(inner, into: &out, grouped: false)
            out += mo
            out += ")</mo></mrow>"
        case .bars(let inner):
            let mo = Self.fence(tall: inner.isTall)
            out += "<mrow>"
            out += mo
            out += "|</mo>"
            write(inner, into: &out, grouped: false)
            out += mo
            out += "|</mo></mrow>"
        case .fraction(let top, let bottom):
            out += "<mfrac>"
            write(top, into: &out, grouped: true)
            write(bottom, into: &out, grouped: true)
            out += "</mfrac>"
        case .power(let base, let exponent):
            out += "<msup>"
            write(base, into: &out, grouped: true)
            write(exponent, into: &out, grouped: true)
            out += "</msup>"
        case .root(let inner):
            out += "<msqrt>"
            write(inner, into: &out, grouped: false)
            out += "</msqrt>"
        case .apply(let name, let arguments):
            out += "<mrow>"
            write(name, into: &out, grouped: true)
            let mo = Self.fence(tall: box.isTall)
            out += "<mo>&#x2061;</mo><mrow>"
            out += mo
            out += "(</mo>"
            for (i, argument) in arguments.enumerated() {
                if i > 0 { out += "<mo separator=\"true\">,</mo>" }
                write(argument, into: &out, grouped: false)
            }
            out += mo
            out += ")</mo></mrow></mrow>"
        case .piecewise(let cases):
            out += display ? "<mrow><mo>{</mo><mtable displaystyle=\"true\">" : "<mrow><mo>{</mo><mtable>"
            for c in cases {
                out += "<mtr><mtd style=\"text-align: left\">"
                write(c.value, into: &out, grouped: false)
                out += "</mtd><mtd style=\"text-align: left; padding-left: 1em\">"
                if let condition = c.condition {
                    out += "<mtext>if&#xA0;</mtext>"
                    write(condition, into: &out, grouped: false)
                } else {
                    out += "<mtext>otherwise</mtext>"
                }
                out += "</mtd></mtr>"
            }
            out += "</mtable></mrow>"
        }
    }
}
