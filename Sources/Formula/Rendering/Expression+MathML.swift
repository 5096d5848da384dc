import Markup
extension Expression {
    /// Presentation MathML: a complete `<math>` element (display block or inline).
    ///
    /// `symbols` maps parameter names to how they are shown ("negative_slope" → "α");
    /// a parameter without a symbol is shown in italic by its name. All text is escaped.
    /// Uses only MathML Core elements, so browsers render it without a script.
    public func mathML(symbols: [String: String], display: Bool = true) -> String {
        typeset(symbols: symbols).mathML(display: display)
    }
}

/// Writes a `Box` as MathML elements.
struct MathMLWriter {
    /// In a display formula the cases of a brace keep full-size fractions.
    var display: Bool

    /// The `<math>` element of a laid-out formula.
    static func document(_ box: Box, display: Bool) -> String {
        var out = UTF8Output(capacity: 2048)
        out.append(display ? "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"
            : "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"inline\">")
        MathMLWriter(display: display).write(box, into: &out, grouped: true)
        out.append("</math>")
        return out.text()
    }

    /// Parentheses stretch only around tall content; stretchy glyphs of some math fonts
    /// sit apart from the letters they enclose even when they do not grow.
    static func fence(tall: Bool) -> StaticString {
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

    /// Appends one element `open` + `text` escaped for XML + `close`.
    static func element(_ open: StaticString, _ text: String, _ close: StaticString, to out: inout UTF8Output) {
        out.append(open)
        // `XMLText.escape` hands text without markup characters back whole.
        out.append(utf8: XMLText.escape(text))
        out.append(close)
    }

    /// Writes one element; a row becomes an `<mrow>` when `grouped` (the child of a
    /// script, fraction or root must be a single element).
    func write(_ box: Box, into out: inout UTF8Output, grouped: Bool) {
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
            out.append("<mo form=\"prefix\">−</mo>")
        case .times(let visible):
            out.append(visible ? "<mo>⋅</mo>" : "<mo>&#x2062;</mo>")
        case .text(let word):
            Self.element("<mtext>&#xA0;", word, "&#xA0;</mtext>", to: &out)
        case .row(let items):
            if grouped || items.count != 1 { out.append("<mrow>") }
            for (i, item) in items.enumerated() {
                write(item, into: &out, grouped: false)
                // A thin space before an operator name, as TeX sets "x tanh(x)".
                if case .times(false) = item, i + 1 < items.count, Self.startsWithOperatorName(items[i + 1]) {
                    out.append("<mspace width=\"0.1667em\"></mspace>")
                }
            }
            if grouped || items.count != 1 { out.append("</mrow>") }
        case .fenced(let inner):
            let mo = Self.fence(tall: inner.isTall)
            out.append("<mrow>")
            out.append(mo)
            out.append("(</mo>")
            write(inner, into: &out, grouped: false)
            out.append(mo)
            out.append(")</mo></mrow>")
        case .bars(let inner):
            let mo = Self.fence(tall: inner.isTall)
            out.append("<mrow>")
            out.append(mo)
            out.append("|</mo>")
            write(inner, into: &out, grouped: false)
            out.append(mo)
            out.append("|</mo></mrow>")
        case .fraction(let top, let bottom):
            out.append("<mfrac>")
            write(top, into: &out, grouped: true)
            write(bottom, into: &out, grouped: true)
            out.append("</mfrac>")
        case .power(let base, let exponent):
            out.append("<msup>")
            write(base, into: &out, grouped: true)
            write(exponent, into: &out, grouped: true)
            out.append("</msup>")
        case .root(let inner):
            out.append("<msqrt>")
            write(inner, into: &out, grouped: false)
            out.append("</msqrt>")
        case .apply(let name, let arguments):
            out.append("<mrow>")
            write(name, into: &out, grouped: true)
            let mo = Self.fence(tall: box.isTall)
            out.append("<mo>&#x2061;</mo><mrow>")
            out.append(mo)
            out.append("(</mo>")
            for (i, argument) in arguments.enumerated() {
                if i > 0 { out.append("<mo separator=\"true\">,</mo>") }
                write(argument, into: &out, grouped: false)
            }
            out.append(mo)
            out.append(")</mo></mrow></mrow>")
        case .piecewise(let cases):
            out.append(display ? "<mrow><mo>{</mo><mtable displaystyle=\"true\">" : "<mrow><mo>{</mo><mtable>")
            for c in cases {
                out.append("<mtr><mtd style=\"text-align: left\">")
                write(c.value, into: &out, grouped: false)
                out.append("</mtd><mtd style=\"text-align: left; padding-left: 1em\">")
                if let condition = c.condition {
                    out.append("<mtext>if&#xA0;</mtext>")
                    write(condition, into: &out, grouped: false)
                } else {
                    out.append("<mtext>otherwise</mtext>")
                }
                out.append("</mtd></mtr>")
            }
            out.append("</mtable></mrow>")
        }
    }
}
