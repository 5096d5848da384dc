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
        flat.reserveCapacity(input.count + 2)
        for term in input { flatten(term, into: &flat) }
        return sum(flattened: flat, given: { input }, range: range)
    }

    /// `sum([first, second])` (or `sum([first])`), without an array for the terms given.
    static func sum(_ first: Term, _ second: Term? = nil, range: SourceRange) -> Expression {
        var flat: [Term] = []
        flat.reserveCapacity(4)
        flatten(first, into: &flat)
        if let second { flatten(second, into: &flat) }
        return sum(flattened: flat, given: { second.map { [first, $0] } ?? [first] }, range: range)
    }

    private static func flatten(_ term: Term, into flat: inout [Term]) {
        if let e = term.expression {
            terms(of: e, times: term.coefficient, into: &flat)
        } else {
            flat.append(term)
        }
    }

    /// The normal form of the sum of `flattened`, the terms of `given()` taken apart.
    private static func sum(flattened: consuming [Term], given input: () -> [Term], range: SourceRange) -> Expression {
        var merged = flattened
        // Like terms merged in place: each term goes into the first equal one before it.
        var finite = true, count = 0
        for k in merged.indices {
            finite = finite && merged[k].coefficient.isFinite
            var i = 0
            while i < count, merged[i].expression != merged[k].expression { i += 1 }
            if i < count {
                merged[i].coefficient = Algebra.tidy(merged[i].coefficient + merged[k].coefficient)
            } else {
                if count != k { merged.swapAt(count, k) }
                count += 1
            }
        }
        merged.removeLast(merged.count - count)
        // A coefficient that overflowed (or is NaN) is not folded: it would print as `inf`,
        // which the formula language cannot read back. The terms stay as they were given.
        if !finite || merged.contains(where: { !$0.coefficient.isFinite }) {
            merged = input()
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
        return product(Expression.number(term.coefficient, range), times: e, range: range)
    }
}
