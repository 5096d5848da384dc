extension Expression {
    /// The formula in LaTeX math mode (without `$` delimiters), for tables and papers.
    /// Greek symbols become commands (α → \alpha); names are escaped.
    public func latex(symbols: [String: String]) -> String {
        typeset(symbols: symbols).latex
    }
}

/// Writes a `Box` as LaTeX.
enum LaTeXWriter {
    static let greek: [String: String] = [
        "α": "\\alpha", "β": "\\beta", "γ": "\\gamma", "δ": "\\delta", "ε": "\\varepsilon", "ζ": "\\zeta", "η": "\\eta",
        "θ": "\\theta", "ι": "\\iota", "κ": "\\kappa", "λ": "\\lambda", "μ": "\\mu", "ν": "\\nu", "ξ": "\\xi", "π": "\\pi",
        "ρ": "\\rho", "σ": "\\sigma", "τ": "\\tau", "υ": "\\upsilon", "φ": "\\varphi", "χ": "\\chi", "ψ": "\\psi", "ω": "\\omega",
        "Γ": "\\Gamma", "Δ": "\\Delta", "Θ": "\\Theta", "Λ": "\\Lambda", "Ξ": "\\Xi", "Π": "\\Pi", "Σ": "\\Sigma",
        "Φ": "\\Phi", "Ψ": "\\Psi", "Ω": "\\Omega",
    ]

    static let namedFunctions: Set<String> = ["tanh", "sinh", "cosh", "sin", "cos", "log", "exp", "max", "min", "arctan"]

    /// Escapes text for LaTeX, turning Greek letters into their commands.
    static func escape(_ text: String) -> String {
        var out = UTF8Output(capacity: text.utf8.count + 16)
        appendEscaped(text, to: &out)
        return out.text()
    }

    /// Appends `text` escaped for LaTeX; ASCII text without special characters (nearly
    /// all of it) is appended whole.
    static func appendEscaped(_ text: String, to out: inout UTF8Output) {
        let plain = text.utf8.allSatisfy { byte in
            switch byte {
            case 0x80..., UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "#"),
                 UInt8(ascii: "&"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "^"), UInt8(ascii: "~"): false
            default: true
            }
        }
        if plain && text.utf8.last != UInt8(ascii: " ") {
            out.append(utf8: text)
            return
        }
        var escaped = ""
        for c in text {
            if let command = greek[String(c)] {
                escaped += command + " "
                continue
            }
            switch c {
            case "\\": escaped += "\\textbackslash{}"
            case "_", "%", "$", "#", "&", "{", "}": escaped += "\\" + String(c)
            case "^": escaped += "\\^{}"
            case "~": escaped += "\\~{}"
            default: escaped.append(c)
            }
        }
        out.append(utf8: escaped.hasSuffix(" ") ? String(escaped.dropLast()) : escaped)
    }

    static func text(_ box: Box) -> String {
        var out = UTF8Output(capacity: 512)
        write(box, into: &out)
        return out.text()
    }

    /// Appends the LaTeX of `box` to `out`.
    static func write(_ box: Box, into out: inout UTF8Output) {
        switch box {
        case .number(let t):
            out.append(utf8: t)
        case .symbol(let t), .upright(let t):
            appendEscaped(t, to: &out)
        case .word(let t):
            out.append("\\mathit{")
            appendEscaped(t, to: &out)
            out.append("}")
        case .function(let name):
            if namedFunctions.contains(name) {
                out.append("\\")
                out.append(utf8: name)
            } else {
                out.append("\\operatorname{")
                appendEscaped(name, to: &out)
                out.append("}")
            }
        case .op(let t):
            switch t {
            case "≤": out.append(" \\le ")
            case "≥": out.append(" \\ge ")
            case "×": out.append(" \\times ")
            case "−": out.append(" - ")
            case "/": out.append("/")
            default:
                out.append(" ")
                out.append(utf8: t)
                out.append(" ")
            }
        case .prefixMinus:
            out.append("-")
        case .times(let visible):
            out.append(visible ? " \\cdot " : " ")
        case .text(let word):
            out.append(" \\text{ ")
            out.append(utf8: word)
            out.append(" } ")
        case .row(let items):
            for item in items { write(item, into: &out) }
        case .fenced(let inner):
            let tall = inner.isTall
            out.append(tall ? "\\left(" : "(")
            write(inner, into: &out)
            out.append(tall ? "\\right)" : ")")
        case .bars(let inner):
            let tall = inner.isTall
            out.append(tall ? "\\left|" : "|")
            write(inner, into: &out)
            out.append(tall ? "\\right|" : "|")
        case .fraction(let top, let bottom):
            out.append("\\frac{")
            write(top, into: &out)
            out.append("}{")
            write(bottom, into: &out)
            out.append("}")
        case .power(let base, let exponent):
            switch base {
            case .number, .symbol, .upright, .function, .fenced, .bars:
                write(base, into: &out)
            default:
                out.append("{")
                write(base, into: &out)
                out.append("}")
            }
            out.append("^{")
            write(exponent, into: &out)
            out.append("}")
        case .root(let inner):
            out.append("\\sqrt{")
            write(inner, into: &out)
            out.append("}")
        case .apply(let name, let arguments):
            write(name, into: &out)
            let tall = box.isTall
            out.append(tall ? "\\left(" : "(")
            for (i, argument) in arguments.enumerated() {
                if i > 0 { out.append(", ") }
                write(argument, into: &out)
            }
            out.append(tall ? "\\right)" : ")")
        case .piecewise(let cases):
            out.append("\\begin{cases} ")
            for (i, c) in cases.enumerated() {
                if i > 0 { out.append(" \\\\ ") }
                write(c.value, into: &out)
                out.append(" & ")
                if let condition = c.condition {
                    out.append("\\text{if } ")
                    write(condition, into: &out)
                } else {
                    out.append("\\text{otherwise}")
                }
            }
            out.append(" \\end{cases}")
        }
    }
}
