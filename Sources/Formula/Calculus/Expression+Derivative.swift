extension Expression {
    /// d/dx of the formula, simplified so that it reads as a person would write it.
    ///
    /// `if` differentiates branch by branch (same condition); `max`, `min` and `clamp`
    /// become `if`s choosing the derivative of the active argument; `abs(u)` gives
    /// `sign(u)·u′`; `sign` and constant branches give 0. At the switch points the
    /// derivative is one of the one-sided values: see `breakpoints` for where they are.
    public func derivative() -> Expression {
        let raw = rawDerivative()
        // Room for about every subtree of the raw derivative and what it becomes.
        var memo: SimplifyMemo? = SimplifyMemo(capacity: raw.size)
        let plain = raw.simplified(sharing: &memo)
        // Switches buried inside arithmetic (x·clamp(…)) read better as one brace of
        // cases over intervals, when that is shorter. The pieces are parts of `plain`
        // with switches decided, so most of their subtrees are in `memo` already.
        if let pieces = plain.piecewiseByIntervals(sharing: &memo), pieces.size < plain.size { return pieces }
        return plain
    }

    /// d/dx as the chain rule gives it, with only its trivial parts removed (`pruned()`):
    /// the values of `derivative()` (up to rounding) at a fraction of the cost, for
    /// derivatives that are evaluated but never shown (f″, and f‴ to judge f″'s switch points).
    public func derivativeForEvaluation() -> Expression {
        rawDerivative().pruned()
    }

    /// The derivative before simplification (the chain rule applied literally).
    func rawDerivative() -> Expression {
        switch kind {
        case .number, .constant, .parameter, .comparison, .logical:
            return .number(0, range)
        case .variable:
            return .number(1, range)
        case .negate(let a):
            return -a.rawDerivative()
        case .binary(let op, let a, let b):
            let da = a.rawDerivative(), db = b.rawDerivative()
            switch op {
            case .add: return da + db
            case .subtract: return da - db
            case .multiply: return da * b + a * db
            case .divide:
                if !b.dependsOnX { return da / b }
                if !a.dependsOnX { return -(a * db) / b.raised(to: .number(2)) }
                return (da * b - a * db) / b.raised(to: .number(2))
            case .power:
                if !b.dependsOnX {
                    return b * a.raised(to: b - .one) * da
                }
                if !a.dependsOnX {
                    return self * .call(.log, a) * db
                }
                return self * (db * .call(.log, a) + b * da / a)
            }
        case .call(let function, let arguments):
            return callDerivative(function, arguments)
        case .conditional(let c, let a, let b):
            return .conditional(c, a.rawDerivative(), b.rawDerivative())
        }
    }

    private func callDerivative(_ function: MathFunction, _ arguments: [Expression]) -> Expression {
        if function == .sign { return .number(0, range) }
        let u = arguments[0]
        let du = u.rawDerivative()
        var two: Expression { .number(2) }
        switch function {
        case .exp: return self * du
        case .log: return du / u
        case .log1p: return du / (.one + u)
        case .expm1: return .call(.exp, u) * du
        case .sqrt: return du / (two * self)
        case .abs: return .call(.sign, u) * du
        case .sign: return .number(0, range)
        case .max:
            let v = arguments[1]
            return .conditional(.compare(.greater, v, u), v.rawDerivative(), du)
        case .min:
            let v = arguments[1]
            return .conditional(.compare(.less, v, u), v.rawDerivative(), du)
        case .clamp:
            let lo = arguments[1], hi = arguments[2]
            if !lo.dependsOnX && !hi.dependsOnX {
                let inside = Expression.logical(.and, .compare(.greaterOrEqual, u, lo), .compare(.lessOrEqual, u, hi))
                return .conditional(inside, du, .zero)
            }
            // clamp(u, lo, hi) = min(max(u, lo), hi), so hi wins when lo > hi.
            return .conditional(.compare(.less, hi, .call(.max, u, lo)), hi.rawDerivative(),
                                .conditional(.compare(.greater, lo, u), lo.rawDerivative(), du))
        case .tanh: return (.one - self.raised(to: two)) * du
        case .sinh: return .call(.cosh, u) * du
        case .cosh: return .call(.sinh, u) * du
        case .sin: return .call(.cos, u) * du
        case .cos: return -(.call(.sin, u)) * du
        case .atan: return du / (.one + u.raised(to: two))
        case .erf: return two / .call(.sqrt, Expression(.constant(.pi), range: range)) * .call(.exp, -(u.raised(to: two))) * du
        case .erfc: return -(two / .call(.sqrt, Expression(.constant(.pi), range: range))) * .call(.exp, -(u.raised(to: two))) * du
        case .sigmoid: return self * (.one - self) * du
        case .softplus: return .call(.sigmoid, u) * du
        case .phi:
            let density = Expression.call(.exp, -(u.raised(to: two)) / two)
                / .call(.sqrt, two * Expression(.constant(.pi), range: range))
            return density * du
        }
    }
}
