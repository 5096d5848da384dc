/// The formulas of the activation pages, with the names each declares: every one must
/// parse, evaluate, differentiate and render.
enum ContentFormulas {
    static let all: [(formula: String, parameters: [String: Double])] = [
        ("x", [:]),
        ("if(x >= 0, 1, 0)", [:]),
        ("sigmoid(x)", [:]),
        ("tanh(x)", [:]),
        ("max(0, x)", [:]),
        ("if(x >= 0, x, negative_slope * x)", ["negative_slope": 0.01]),
        ("if(x >= 0, x, a * x)", ["a": 0.25]),
        ("max(0, x) + b", ["b": 0.5]),
        ("if(x > 0, x, alpha * expm1(x))", ["alpha": 1.0]),
        ("lambda * if(x > 0, x, alpha * expm1(x))", ["lambda": 1.0507009873554805, "alpha": 1.6732632423543772]),
        ("max(0, x) + min(0, alpha * expm1(x / alpha))", ["alpha": 1.0]),
        ("x * Phi(x)", [:]),
        ("0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))", [:]),
        ("x * sigmoid(1.702 * x)", [:]),
        ("x * sigmoid(x)", [:]),
        ("x * sigmoid(beta * x)", ["beta": 1.0]),
        ("x * tanh(softplus(x))", [:]),
        ("softplus(beta * x) / beta", ["beta": 1.0]),
        ("min(max(0, x), 6)", [:]),
        ("clamp(x, min_val, max_val)", ["min_val": -1.0, "max_val": 1.0]),
        ("clamp(x + 3, 0, 6) / 6", [:]),
        ("x * clamp(x + 3, 0, 6) / 6", [:]),
        ("x / (1 + abs(x))", [:]),
        ("-softplus(-x)", [:]),
        ("x - tanh(x)", [:]),
        ("if(x > lambd, x - lambd, if(x < -lambd, x + lambd, 0))", ["lambd": 0.5]),
        ("if(abs(x) > lambd, x, 0)", ["lambd": 0.5]),
        ("if(x >= 0, x, (lower + upper) / 2 * x)", ["lower": 0.125, "upper": 0.3333333333333333]),
        ("(x + sqrt(x^2 + b)) / 2", ["b": 1.0]),
        ("if(x <= -1, 0, if(x < 1, (x + 1)^2 / 4, x))", [:]),
        ("exp(x)", [:]),
    ]

    static func parse(_ formula: String, _ parameters: [String: Double]) throws -> Expression {
        try FormulaParser.parse(formula, names: Set(parameters.keys))
    }
}

import Formula
