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
        switch e.kind {
        case .number(let value):
            return Self.number(value)
        case .variable:
            return "x"
        case .constant(.pi):
            return "Math.PI"
        case .constant(.e):
            return "Math.E"
        case .parameter(let name):
            return parameters.contains(name) && Self.isIdentifier(name) ? name : "NaN"
        case .negate(let a):
            return "(-" + text(a) + ")"
        case .binary(.power, let a, let b):
            return "Math.pow(" + text(a) + ", " + text(b) + ")"
        case .binary(let op, let a, let b):
            return "(" + text(a) + " " + op.rawValue + " " + text(b) + ")"
        case .call(let function, let arguments):
            return call(function, arguments.map(text))
        case .conditional(let c, let a, let b):
            return "__if(" + text(c) + ", " + text(a) + ", " + text(b) + ")"
        case .comparison(let op, let a, let b):
            let name = switch op {
            case .less: "__lt"
            case .lessOrEqual: "__le"
            case .greater: "__gt"
            case .greaterOrEqual: "__ge"
            }
            return name + "(" + text(a) + ", " + text(b) + ")"
        case .logical(let op, let a, let b):
            return "__\(op.rawValue)(" + text(a) + ", " + text(b) + ")"
        }
    }

    func call(_ function: MathFunction, _ a: [String]) -> String {
        switch function {
        case .exp, .log, .log1p, .expm1, .sqrt, .abs, .sign, .tanh, .sinh, .cosh, .sin, .cos, .atan:
            return "Math.\(function.name)(" + a[0] + ")"
        case .min, .max:
            return "Math.\(function.name)(" + a[0] + ", " + a[1] + ")"
        case .clamp:
            return "Math.min(Math.max(" + a[0] + ", " + a[1] + "), " + a[2] + ")"
        case .erf: return "__erf(" + a[0] + ")"
        case .erfc: return "__erfc(" + a[0] + ")"
        case .sigmoid: return "__sigmoid(" + a[0] + ")"
        case .softplus: return "__softplus(" + a[0] + ")"
        case .phi: return "__phi(" + a[0] + ")"
        }
    }
}
