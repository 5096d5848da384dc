import Diagnostics

extension Expression {
    /// The tree with the chain rule's trivial parts removed, in one bottom-up pass: factors
    /// of 0 and 1, terms of 0, powers 0 and 1, double negation, and x-free parts made of
    /// numbers only folded. Much cheaper than `simplified()` (no normal forms, no fixpoint)
    /// and enough for a derivative that is only evaluated: it removes the `0 · f(x)` terms
    /// that would turn into NaN where f overflows (0 · ∞).
    func pruned() -> Expression {
        switch kind {
        case .number, .variable, .constant, .parameter:
            return self
        case .negate(let a):
            let u = a.pruned()
            if let v = u.numberValue { return .number(-v, range) }
            if case .negate(let inner) = u.kind { return inner }
            return Expression(.negate(u), range: range)
        case .binary(let op, let a, let b):
            return Self.prunedBinary(op, a.pruned(), b.pruned(), range: range)
        case .call(let function, let arguments):
            return Expression(.call(function, arguments.map { $0.pruned() }), range: range)
        case .conditional(let c, let a, let b):
            let u = a.pruned(), v = b.pruned()
            if u == v { return u }
            return Expression(.conditional(c, u, v), range: range)
        case .comparison, .logical:
            return self
        }
    }

    private static func prunedBinary(_ op: BinaryOperator, _ u: Expression, _ v: Expression, range: SourceRange) -> Expression {
        if let a = u.numberValue, let b = v.numberValue, op != .power {
            switch op {
            case .add: return .number(a + b, range)
            case .subtract: return .number(a - b, range)
            case .multiply: return .number(a * b, range)
            case .divide: if b != 0 { return .number(a / b, range) }
            case .power: break
            }
        }
        switch op {
        case .add:
            if u.isNumber(0) { return v }
            if v.isNumber(0) { return u }
        case .subtract:
            if v.isNumber(0) { return u }
            if u.isNumber(0) { return Expression(.negate(v), range: range) }
        case .multiply:
            if u.isNumber(0) || v.isNumber(0) { return .number(0, range) }
            if u.isNumber(1) { return v }
            if v.isNumber(1) { return u }
        case .divide:
            if u.isNumber(0), !v.isNumber(0) { return .number(0, range) }
            if v.isNumber(1) { return u }
        case .power:
            if v.isNumber(0) { return .number(1, range) }
            if v.isNumber(1) { return u }
        }
        return Expression(.binary(op, u, v), range: range)
    }
}
