extension Layout {
    func application(_ name: Box, _ arguments: [Expression]) -> Laid {
        Laid(box: .apply(name, arguments.map { lay($0).box }), level: 4, isApplication: true)
    }

    /// e raised to `u`.
    func exponential(_ u: Expression) -> Laid {
        var script = self
        script.inScript = true
        return Laid(box: .power(.symbol("e"), script.lay(u).box), level: 3)
    }

    func call(_ function: MathFunction, _ arguments: [Expression]) -> Laid {
        let u = arguments[0]
        switch function {
        case .exp:
            if style == .plain { return application(.function("exp"), arguments) }
            return exponential(u)
        case .expm1:
            let e = style == .plain ? application(.function("exp"), arguments) : exponential(u)
            return Laid(box: .row([e.box, .op("−"), .number("1")]), level: 1)
        case .log1p:
            return Laid(box: .apply(.function("log"), [.row([.number("1"), .op("+"), lay(u).box])]), level: 4, isApplication: true)
        case .softplus:
            if style == .plain { return application(.function("softplus"), arguments) }
            return Laid(box: .apply(.function("log"), [.row([.number("1"), .op("+"), exponential(u).box])]), level: 4, isApplication: true)
        case .sqrt:
            if style == .plain {
                let inner = lay(u)
                return Laid(box: .root(inner.level == 4 ? inner.box : .fenced(inner.box)), level: 4)
            }
            return Laid(box: .root(lay(u).box), level: 4)
        case .abs:
            return Laid(box: .bars(lay(u).box), level: 4)
        case .sign:
            return application(.function("sgn"), arguments)
        case .sigmoid:
            return application(.symbol("σ"), arguments)
        case .phi:
            return application(.upright("Φ"), arguments)
        case .atan:
            return application(.function("arctan"), arguments)
        default:
            return application(.function(function.name), arguments)
        }
    }

    /// if(c, a, if(d, b, c)) as one brace with a case per branch.
    func piecewise(_ e: Expression) -> Laid {
        var cases: [Box.Case] = []
        var current = e
        while case .conditional(let c, let a, let b) = current.kind {
            cases.append(Box.Case(value: lay(a).box, condition: condition(c).box))
            current = b
        }
        cases.append(Box.Case(value: lay(current).box, condition: nil))
        return Laid(box: .piecewise(cases), level: 4)
    }

    static func relation(_ op: ComparisonOperator) -> String {
        switch op {
        case .less: "<"
        case .lessOrEqual: "≤"
        case .greater: ">"
        case .greaterOrEqual: "≥"
        }
    }

    func condition(_ e: Expression) -> Laid {
        switch e.kind {
        case .comparison(let op, let a, let b):
            return Laid(box: .row([lay(a).box, .op(Self.relation(op)), lay(b).box]), level: 0)
        case .logical(let op, let a, let b):
            if op == .and, let chain = chain(a, b) { return chain }
            let left = condition(a), right = condition(b)
            // "or" inside "and" keeps its parentheses.
            let l = op == .and && isOr(a) ? fenced(left).box : left.box
            let r = isLogical(b) ? fenced(right).box : right.box
            return Laid(box: .row([l, .text(op.rawValue), r]), level: 0)
        default:
            return lay(e)
        }
    }

    func isOr(_ e: Expression) -> Bool {
        if case .logical(.or, _, _) = e.kind { return true }
        return false
    }

    func isLogical(_ e: Expression) -> Bool {
        if case .logical = e.kind { return true }
        return false
    }

    /// `u >= lo and u <= hi` as lo ≤ u ≤ hi.
    func chain(_ a: Expression, _ b: Expression) -> Laid? {
        guard case .comparison(let p, let u1, let lo) = a.kind, case .comparison(let q, let u2, let hi) = b.kind, u1 == u2 else { return nil }
        let lower: Set<ComparisonOperator> = [.greater, .greaterOrEqual], upper: Set<ComparisonOperator> = [.less, .lessOrEqual]
        if lower.contains(p), upper.contains(q) {
            return Laid(box: .row([lay(lo).box, .op(Self.relation(p.mirrored)), lay(u1).box, .op(Self.relation(q)), lay(hi).box]), level: 0)
        }
        if upper.contains(p), lower.contains(q) {
            return Laid(box: .row([lay(hi).box, .op(Self.relation(q.mirrored)), lay(u1).box, .op(Self.relation(p)), lay(lo).box]), level: 0)
        }
        return nil
    }
}
