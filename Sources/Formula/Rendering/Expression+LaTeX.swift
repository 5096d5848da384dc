extension Expression {
    /// The formula in LaTeX math mode (without `$` delimiters), for tables and papers.
    /// Greek symbols become commands (α → \alpha); names are escaped.
    public func latex(symbols: [String: String]) -> String {
        LaTeXWriter.text(Layout(style: .math, symbols: symbols).lay(self).box)
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
        var out = ""
        for c in text {
            if let command = greek[String(c)] {
                out += command + " "
                continue
            }
            switch c {
            case "\\": out += "\\textbackslash{}"
            case "_", "%", "$", "#", "&", "{", "}": out += "\\" + String(c)
            case "^": out += "\\^{}"
            case "~": out += "\\~{}"
            default: out.append(c)
            }
        }
        return out.hasSuffix(" ") ? String(out.dropLast()) : out
    }

    static func text(_ box: Box) -> String {
        switch box {
        case .number(let t):
            return t
        case .symbol(let t), .upright(let t):
            return escape(t)
        case .word(let t):
            return "\\mathit{\(escape(t))}"
        case .function(let name):
            return namedFunctions.contains(name) ? "\\\(name)" : "\\operatorname{\(escape(name))}"
        case .op(let t):
            switch t {
            case "≤": return " \\le "
            case "≥": return " \\ge "
            case "×": return " \\times "
            case "−": return " - "
            case "/": return "/"
            default: return " \(t) "
            }
        case .prefixMinus:
            return "-"
        case .times(let visible):
            return visible ? " \\cdot " : " "
        case .text(let word):
            return " \\text{ \(word) } "
        case .row(let items):
            return items.map(text).joined()
        case .fenced(let inner):
            return inner.isTall ? "\\left(" + text(inner) + "\\right)" : "(" + text(inner) + ")"
        case .bars(let inner):
            return inner.isTall ? "\\left|" + text(inner) + "\\right|" : "|" + text(inner) + "|"
        case .fraction(let top, let bottom):
            return "\\frac{" + text(top) + "}{" + text(bottom) + "}"
        case .power(let base, let exponent):
            switch base {
            case .number, .symbol, .upright, .function, .fenced, .bars:
                return text(base) + "^{" + text(exponent) + "}"
            default:
                return "{" + text(base) + "}^{" + text(exponent) + "}"
            }
        case .root(let inner):
            return "\\sqrt{" + text(inner) + "}"
        case .apply(let name, let arguments):
            let list = arguments.map(text).joined(separator: ", ")
            return text(name) + (box.isTall ? "\\left(" + list + "\\right)" : "(" + list + ")")
        case .piecewise(let cases):
            let rows = cases.map { c in
                text(c.value) + " & " + (c.condition.map { "\\text{if } " + text($0) } ?? "\\text{otherwise}")
            }
            return "\\begin{cases} " + rows.joined(separator: " \\\\ ") + " \\end{cases}"
        }
    }
}
