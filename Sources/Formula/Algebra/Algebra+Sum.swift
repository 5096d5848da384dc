import Diagnostics

extension Algebra {
    /// A term of a sum: a numeric coefficient times an expression (nil for a constant term).
    struct Term {
        var coefficient: Double
        var expression: Expression?
    }

    /// Flattens nested sums, differences and negations into terms.
    static func terms(of e: Expression, times factor: Double, into terms: inout [Term]) {
        switch e.kind {
        case .binary(.add, let a, let b):
            Algebra.terms(of: a, times: factor, into: &terms)
            Algebra.terms(of: b, times: factor, into: &terms)
        case .binary(.subtract, let a, let b):
            Algebra.terms(of: a, times: factor, into: &terms)
            Algebra.terms(of: b, times: -factor, into: &terms)
        case .negate(let a):
            Algebra.terms(of: a, times: -factor, into: &terms)
        case .number(let v):
            terms.append(Term(coefficient: factor * v, expression: nil))
        default:
            let (coefficient, rest) = splitCoefficient(e)
            terms.append(Term(coefficient: factor * coefficient, expression: rest))
        }
    }

    /// A sum in normal form: like terms merged (in the order they first appear),
    /// zero terms dropped, and a positive term first when there is one (`1 − x`, not `−x + 1`).
    static func sum(_ input: [Term], range: SourceRange) -> Expression {
        var flat: [Term] = []
        for term in input {
            if let e = term.expression {
                terms(of: e, times: term.coefficient, into: &flat)
            } else {
                flat.append(term)
            }
        }
        var merged: [Term] = []
        for term in flat {
            if let i = merged.firstIndex(where: { $0.expression == term.expression }) {
                merged[i].coefficient = Algebra.tidy(merged[i].coefficient + term.coefficient)
            } else {
                merged.append(term)
            }
        }
        // A coefficient that overflowed (or is NaN) is not folded: it would print as `inf`,
        // which the formula language cannot read back. The terms stay as they were given.
        if flat.contains(where: { !$0.coefficient.isFinite }) || merged.contains(where: { !$0.coefficient.isFinite }) {
            merged = input
        } else {
            merged.removeAll { $0.coefficient == 0 }
        }
        if let first = merged.first, first.coefficient < 0, let positive = merged.firstIndex(where: { $0.coefficient > 0 }) {
            merged.insert(merged.remove(at: positive), at: 0)
        }
        guard let first = merged.first else { return .number(0, range) }
        var result = termExpression(Term(coefficient: first.coefficient, expression: first.expression), range: range)
        for term in merged.dropFirst() {
            let magnitude = termExpression(Term(coefficient: Swift.abs(term.coefficient), expression: term.expression), range: range)
            result = term.coefficient < 0 ? result - magnitude : result + magnitude
        }
        return result.at(range)
    }

    /// coefficient · expression, with the coefficient folded into the product.
    static func termExpression(_ term: Term, range: SourceRange) -> Expression {
        guard let e = term.expression else { return .number(term.coefficient, range) }
        if term.coefficient == 1 { return e }
        return product(Expression.number(term.coefficient, range) * e, range: range)
    }
}
