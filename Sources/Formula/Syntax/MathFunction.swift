/// The functions a formula may call (`if` is not one of them: it is `Expression.Kind.conditional`).
public enum MathFunction: String, Hashable, Sendable, CaseIterable {
    case exp, log, log1p, expm1, sqrt, abs, sign, min, max, clamp
    case tanh, sinh, cosh, sin, cos, atan, erf, erfc, sigmoid, softplus
    case phi = "Phi"

    /// The name as written in a formula.
    public var name: String { rawValue }

    /// How many arguments the function takes.
    public var arity: Int {
        switch self {
        case .min, .max: 2
        case .clamp: 3
        default: 1
        }
    }

    /// The argument list as a person would read it in an error message.
    var signature: String {
        switch self {
        case .min, .max: "\(name)(a, b)"
        case .clamp: "clamp(x, lo, hi)"
        default: "\(name)(x)"
        }
    }
}

/// Facts about the formula language that other modules need (say, to reject a
/// parameter named like a function).
public enum FormulaLanguage {
    /// Every name that can be called, including `if`.
    public static let functionNames: Set<String> = Set(MathFunction.allCases.map(\.name)).union(["if"])

    /// Names with a fixed meaning: the variable, the constants and the logical words.
    public static let reservedNames: Set<String> = ["x", "pi", "e", "and", "or"]

    /// The deepest nesting the parser accepts. Deeper formulas are an error, so that
    /// every recursive walk over a tree stays far from the end of the stack.
    public static let maximumDepth = 200
}
