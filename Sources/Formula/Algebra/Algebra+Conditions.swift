import Diagnostics

extension Algebra {
    /// if(c, a, b) in normal form: equal branches merged, constant conditions decided,
    /// the non-zero case first, repeated conditions in nested branches removed.
    static func conditional(_ c: Expression, _ a: Expression, _ b: Expression, range: SourceRange) -> Expression {
        if a == b { return a }
        if !c.dependsOnX, !c.referencesNames, let truth = c.truth(at: 0.0, parameters: [:]) {
            return truth ? a : b
        }
        if case .conditional(let c2, let a2, _) = a.kind, c2 == c { return conditional(c, a2, b, range: range) }
        if case .conditional(let c2, _, let b2) = b.kind, c2 == c { return conditional(c, a, b2, range: range) }
        if case .conditional(let c2, let a2, let b2) = b.kind {
            // if(c1, a, if(c2, a, b)) = if(c1 or c2, a, b)
            if a2 == a { return conditional(.logical(.or, c, c2), a, b2, range: range) }
            // if(c1, a, if(c2, b, a)) = if(not c1 and c2, b, a)
            if b2 == a, case .comparison(let op, let l, let r) = c.kind {
                let notC = comparison(op.negated, l, r, range: c.range)
                return conditional(.logical(.and, notC, c2), a2, a, range: range)
            }
        }
        if a.isNumber(0), !b.isNumber(0), case .comparison(let op, let l, let r) = c.kind {
            if case .conditional = b.kind {} else {
                return Expression(.conditional(comparison(op.negated, l, r, range: c.range), b, a), range: range)
            }
        }
        return Expression(.conditional(c, a, b), range: range)
    }

    /// A comparison with x on the left, solved for x when it is linear in x.
    static func comparison(_ op: ComparisonOperator, _ a: Expression, _ b: Expression, range: SourceRange) -> Expression {
        if !a.dependsOnX, b.dependsOnX { return comparison(op.mirrored, b, a, range: range) }
        // max(k, u) > c with c ≥ k is u > c; min(k, u) < c with c ≤ k is u < c.
        if let c = b.numberValue, case .call(let f, let arguments) = a.kind, f == .max || f == .min {
            let k = arguments.compactMap(\.numberValue).first
            let u = arguments.first { $0.numberValue == nil }
            if let k, let u {
                if f == .max, op == .greater || op == .greaterOrEqual, c >= k { return comparison(op, u, b, range: range) }
                if f == .min, op == .less || op == .lessOrEqual, c <= k { return comparison(op, u, b, range: range) }
            }
        }
        return solvedForX(op, a, b, range: range)
    }

    /// `comparison` of operands that need no swap and no max/min rule: solved for x when
    /// linear in x. The commonest, x against a finite non-zero number, is already solved
    /// (the long way gives the same number back: c moved across twice, divided by 1).
    static func solvedForX(_ op: ComparisonOperator, _ a: Expression, _ b: Expression, range: SourceRange) -> Expression {
        if case .variable = a.kind, let c = b.numberValue, c.isFinite, c != 0 {
            return Expression(.comparison(op, Expression.x.at(a.range), b), range: range)
        }
        return solvedForXTheLongWay(op, a, b, range: range)
    }

    /// `solvedForX` through the terms of a − b.
    static func solvedForXTheLongWay(_ op: ComparisonOperator, _ a: Expression, _ b: Expression, range: SourceRange) -> Expression {
        if a.dependsOnX, !b.dependsOnX {
            var all: [Term] = []
            terms(of: a, times: 1, into: &all)
            terms(of: b, times: -1, into: &all)
            let linear = all.filter { $0.expression == .x }
            let rest = all.filter { $0.expression != .x }
            // Coefficients that overflowed are not moved across: the result would print `inf`.
            if linear.count == 1, all.allSatisfy({ $0.coefficient.isFinite }),
               rest.allSatisfy({ !($0.expression?.dependsOnX ?? false) }) {
                let k = linear[0].coefficient
                if k == 1 || k == -1 || rest.allSatisfy({ $0.expression == nil }) {
                    let moved = rest.map { Term(coefficient: -$0.coefficient, expression: $0.expression) }
                    let right = product(sum(moved, range: range) / .number(k, range), range: range).simplified()
                    return Expression(.comparison(k > 0 ? op : op.mirrored, Expression.x.at(a.range), right), range: range)
                }
            }
        }
        return Expression(.comparison(op, a, b), range: range)
    }
}
