@testable import Formula
import Diagnostics

/// A small seeded generator (SplitMix64), so property tests see the same trees every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random expression trees of the formula language.
struct RandomFormulas {
    var rng: SeededGenerator
    /// Parameter names the trees may use.
    var names = ["alpha", "beta"]
    /// Only functions that are smooth and defined everywhere (for derivative checks).
    var smoothOnly = false
    /// Number literals may be negative (the parser makes `-2` one literal).
    var negativeNumbers = false

    init(seed: UInt64, smoothOnly: Bool = false) {
        rng = SeededGenerator(seed: seed)
        self.smoothOnly = smoothOnly
    }

    static let smoothFunctions: [MathFunction] = [.exp, .tanh, .sinh, .cosh, .sin, .cos, .atan, .erf, .erfc, .sigmoid, .softplus, .phi, .expm1]

    mutating func number() -> Double {
        let choices: [Double] = [0, 1, 2, 3, 0.5, 0.25, 1.5, 0.044715, 1e-3, 1.702, 10, 0.1, 1e-7, 123456.789, 2.5e20]
        let value = choices.randomElement(using: &rng)!
        return negativeNumbers && Bool.random(using: &rng) ? -value : value
    }

    mutating func leaf() -> Expression {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0, 1: return Expression(.variable, range: .synthesized)
        case 2: return Expression(.number(number()), range: .synthesized)
        case 3: return Expression(.constant(Bool.random(using: &rng) ? .pi : .e), range: .synthesized)
        default: return Expression(.parameter(names.randomElement(using: &rng)!), range: .synthesized)
        }
    }

    mutating func expression(depth: Int) -> Expression {
        if depth <= 0 || Int.random(in: 0..<5, using: &rng) == 0 { return leaf() }
        let r = Int.random(in: 0..<12, using: &rng)
        let s = SourceRange.synthesized
        switch r {
        case 0: return Expression(.negate(expression(depth: depth - 1)), range: s)
        case 1, 2, 3, 4:
            let ops: [BinaryOperator] = smoothOnly ? [.add, .subtract, .multiply] : [.add, .subtract, .multiply, .divide, .power]
            let op = ops.randomElement(using: &rng)!
            if op == .power {
                let exponent = Expression(.number([2, 3, 0.5, -1].randomElement(using: &rng)!), range: s)
                return Expression(.binary(.power, expression(depth: depth - 1), exponent), range: s)
            }
            return Expression(.binary(op, expression(depth: depth - 1), expression(depth: depth - 1)), range: s)
        case 5 where !smoothOnly:
            return Expression(.conditional(condition(depth: depth - 1), expression(depth: depth - 1), expression(depth: depth - 1)), range: s)
        case 6 where smoothOnly:
            // A smooth quotient: u / (1 + u²) never divides by zero.
            let u = expression(depth: depth - 1)
            return Expression(.binary(.divide, u, .number(1) + u.raised(to: .number(2))), range: s)
        default:
            let pool = smoothOnly ? Self.smoothFunctions : MathFunction.allCases
            let f = pool.randomElement(using: &rng)!
            let arguments = (0..<f.arity).map { _ in expression(depth: depth - 1) }
            return Expression(.call(f, arguments), range: s)
        }
    }

    mutating func condition(depth: Int) -> Expression {
        let s = SourceRange.synthesized
        if depth > 1, Int.random(in: 0..<4, using: &rng) == 0 {
            let op: LogicalOperator = Bool.random(using: &rng) ? .and : .or
            return Expression(.logical(op, condition(depth: depth - 1), condition(depth: depth - 1)), range: s)
        }
        let op = ComparisonOperator.allCases.randomElement(using: &rng)!
        return Expression(.comparison(op, expression(depth: depth - 1), expression(depth: depth - 1)), range: s)
    }
}
