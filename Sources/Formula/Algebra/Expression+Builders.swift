import Diagnostics

/// Terse constructors for trees the simplifier and the derivative build. They do no
/// simplification themselves; `simplified()` does.
extension Expression {
    static func number(_ value: Double, _ range: SourceRange = .synthesized) -> Expression {
        Expression(.number(value), range: range)
    }

    static let x = Expression(.variable, range: .synthesized)
    static let zero = number(0)
    static let one = number(1)

    static func + (a: Expression, b: Expression) -> Expression { Expression(.binary(.add, a, b), range: a.range) }
    static func - (a: Expression, b: Expression) -> Expression { Expression(.binary(.subtract, a, b), range: a.range) }
    static func * (a: Expression, b: Expression) -> Expression { Expression(.binary(.multiply, a, b), range: a.range) }
    static func / (a: Expression, b: Expression) -> Expression { Expression(.binary(.divide, a, b), range: a.range) }
    static prefix func - (a: Expression) -> Expression { Expression(.negate(a), range: a.range) }

    func raised(to exponent: Expression) -> Expression { Expression(.binary(.power, self, exponent), range: range) }

    static func call(_ function: MathFunction, _ arguments: Expression...) -> Expression {
        Expression(.call(function, arguments), range: arguments.first?.range ?? .synthesized)
    }

    static func conditional(_ condition: Expression, _ then: Expression, _ otherwise: Expression) -> Expression {
        Expression(.conditional(condition, then, otherwise), range: condition.range)
    }

    static func compare(_ op: ComparisonOperator, _ a: Expression, _ b: Expression) -> Expression {
        Expression(.comparison(op, a, b), range: a.range)
    }

    static func logical(_ op: LogicalOperator, _ a: Expression, _ b: Expression) -> Expression {
        Expression(.logical(op, a, b), range: a.range)
    }

    /// The value of a number node.
    var numberValue: Double? {
        if case .number(let v) = kind { return v }
        return nil
    }

    func isNumber(_ value: Double) -> Bool { numberValue == value }

    /// Whether this is `other` itself (the same storage and range, so the same bits), not
    /// merely an equal tree.
    func isSameValue(as other: Expression) -> Bool {
        kind.storageBits == other.kind.storageBits && range == other.range
    }

    /// The same node with another range (used to keep a node's origin after a rewrite).
    func at(_ range: SourceRange) -> Expression {
        var copy = self
        copy.range = range
        return copy
    }
}
