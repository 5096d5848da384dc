extension Expression {
    /// A JavaScript expression computing the formula from the variable `x` and the
    /// variables named in `parameters` (a parameter not listed is NaN).
    ///
    /// It uses only `Math.*` and the helpers of `FormulaLanguage.javaScriptRuntime`.
    /// It is generated from the tree alone: numbers are printed as shortest round-trip
    /// decimals, names are emitted only when they are plain ASCII identifiers, and no
    /// other text of the formula reaches the output, so a formula cannot inject script.
    /// Conditions evaluate both branches (there are no side effects) and give NaN when
    /// a NaN is compared, as `evaluate` does. Parameter names must not be JavaScript
    /// reserved words.
    public func javaScript(parameters: [String]) -> String {
        JavaScriptWriter(parameters: Set(parameters)).text(self)
    }
}

struct JavaScriptWriter {
    let parameters: Set<String>

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isIdentifierStart else { return false }
        return name.unicodeScalars.allSatisfy(\.isIdentifierContinue)
    }

    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "(-Infinity)" : "Infinity" }
        let text = NumberFormatting.text(value)
        return value < 0 || text.hasPrefix("-") ? "(" + text + ")" : text
    }

    func text(_ e: Expression) -> String {
        var out = UTF8Output(capacity: 4 * e.size(upTo: 1 << 16) + 16)
        write(e, into: &out)
        return out.text()
    }

    /// Appends the JavaScript of `e` to `out`.
    func write(_ e: Expression, into out: inout UTF8Output) {
        switch e.kind {
        case .number(let value):
            out.append(utf8: Self.number(value))
        case .variable:
            out.append("x")
        case .constant(.pi):
            out.append("Math.PI")
        case .constant(.e):
            out.append("Math.E")
        case .parameter(let name):
            if parameters.contains(name) && Self.isIdentifier(name) { out.append(utf8: name) } else { out.append("NaN") }
        case .negate(let a):
            out.append("(-")
            write(a, into: &out)
            out.append(")")
        case .binary(.power, let a, let b):
            write("Math.pow(", a, b, into: &out)
        case .binary(let op, let a, let b):
            out.append("(")
            write(a, into: &out)
            out.append(" ")
            out.append(utf8: op.rawValue)
            out.append(" ")
            write(b, into: &out)
            out.append(")")
        case .call(let function, let arguments):
            call(function, arguments, into: &out)
        case .conditional(let c, let a, let b):
            out.append("__if(")
            write(c, into: &out)
            out.append(", ")
            write("", a, b, into: &out)
        case .comparison(let op, let a, let b):
            let name: StaticString = switch op {
            case .less: "__lt("
            case .lessOrEqual: "__le("
            case .greater: "__gt("
            case .greaterOrEqual: "__ge("
            }
            write(name, a, b, into: &out)
        case .logical(let op, let a, let b):
            write(op == .and ? "__and(" : "__or(", a, b, into: &out)
        }
    }

    /// `open` (a name and its opening parenthesis), `a`, a comma, `b`, and `)`.
    private func write(_ open: StaticString, _ a: Expression, _ b: Expression, into out: inout UTF8Output) {
        out.append(open)
        write(a, into: &out)
        out.append(", ")
        write(b, into: &out)
        out.append(")")
    }

    /// `open` (a name and its opening parenthesis), `a`, and `)`.
    private func write(_ open: StaticString, _ a: Expression, into out: inout UTF8Output) {
        out.append(open)
        write(a, into: &out)
        out.append(")")
    }

    func call(_ function: MathFunction, _ a: [Expression], into out: inout UTF8Output) {
        switch function {
        case .exp, .log, .log1p, .expm1, .sqrt, .abs, .sign, .tanh, .sinh, .cosh, .sin, .cos, .atan:
            out.append("Math.")
            out.append(utf8: function.name)
            write("(", a[0], into: &out)
        case .min, .max:
            out.append("Math.")
            out.append(utf8: function.name)
            write("(", a[0], a[1], into: &out)
        case .clamp:
            out.append("Math.min(Math.max(")
            write(a[0], into: &out)
            out.append(", ")
            write(a[1], into: &out)
            out.append("), ")
            write(a[2], into: &out)
            out.append(")")
        case .erf: write("__erf(", a[0], into: &out)
        case .erfc: write("__erfc(", a[0], into: &out)
        case .sigmoid: write("__sigmoid(", a[0], into: &out)
        case .softplus: write("__softplus(", a[0], into: &out)
        case .phi: write("__phi(", a[0], into: &out)
        }
    }
}
