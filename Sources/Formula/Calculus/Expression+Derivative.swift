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

    /// d/dx as the chain rule gives it, with only its trivial parts removed: the tree
    /// `rawDerivative().pruned()` is, bit for bit, built without the raw one (each node is
    /// pruned as it is made, from pruned parts: pruning works bottom-up, one node at a
    /// time). It has the values of `derivative()` (up to rounding) at a fraction of the
    /// cost, for derivatives that are evaluated but never shown (f″, and f‴ to judge f″'s
    /// switch points).
    public func derivativeForEvaluation() -> Expression {
        // The parts of f pruned are subtrees of f: room for a result per node (up to a
        // bound, for trees that share subtrees).
        var assembly = PrunedAssembly(memo: PruneMemo(capacity: size(upTo: 1 << 12)))
        return derivative(&assembly)
    }

    /// The derivative before simplification (the chain rule applied literally).
    func rawDerivative() -> Expression {
        var assembly = RawAssembly()
        return derivative(&assembly)
    }

    /// The chain rule, with the nodes of the result made by `assembly`.
    private func derivative<A: DerivativeAssembly>(_ assembly: inout A) -> Expression {
        switch kind {
        case .number, .constant, .parameter, .comparison, .logical:
            return .number(0, range)
        case .variable:
            return .number(1, range)
        case .negate(let a):
            return assembly.negate(a.derivative(&assembly))
        case .binary(let op, let a, let b):
            let da = a.derivative(&assembly), db = b.derivative(&assembly)
            switch op {
            case .add: return assembly.binary(.add, da, db)
            case .subtract: return assembly.binary(.subtract, da, db)
            case .multiply:
                let u = assembly.part(a), v = assembly.part(b)
                return assembly.binary(.add, assembly.binary(.multiply, da, v), assembly.binary(.multiply, u, db))
            case .divide:
                let v = assembly.part(b)
                if !b.dependsOnX { return assembly.binary(.divide, da, v) }
                let u = assembly.part(a)
                let square = assembly.binary(.power, v, .number(2))
                if !a.dependsOnX { return assembly.binary(.divide, assembly.negate(assembly.binary(.multiply, u, db)), square) }
                let numerator = assembly.binary(.subtract, assembly.binary(.multiply, da, v), assembly.binary(.multiply, u, db))
                return assembly.binary(.divide, numerator, square)
            case .power:
                let u = assembly.part(a), v = assembly.part(b)
                if !b.dependsOnX {
                    let lowered = assembly.binary(.power, u, assembly.binary(.subtract, v, .one))
                    return assembly.binary(.multiply, assembly.binary(.multiply, v, lowered), da)
                }
                let whole = assembly.part(self), log = Expression.call(.log, u)
                if !a.dependsOnX {
                    return assembly.binary(.multiply, assembly.binary(.multiply, whole, log), db)
                }
                let inner = assembly.binary(.add, assembly.binary(.multiply, db, log),
                                            assembly.binary(.divide, assembly.binary(.multiply, v, da), u))
                return assembly.binary(.multiply, whole, inner)
            }
        case .call(let function, let arguments):
            return callDerivative(function, arguments, &assembly)
        case .conditional(let c, let a, let b):
            return assembly.conditional(c, a.derivative(&assembly), b.derivative(&assembly))
        }
    }

    private func callDerivative<A: DerivativeAssembly>(_ function: MathFunction, _ arguments: [Expression],
                                                       _ assembly: inout A) -> Expression {
        if function == .sign { return .number(0, range) }
        let u = arguments[0]
        let du = u.derivative(&assembly), p = assembly.part(u)
        var two: Expression { .number(2) }
        var pi: Expression { Expression(.constant(.pi), range: range) }
        /// `factor · du`.
        func times(_ factor: Expression, _ assembly: inout A) -> Expression { assembly.binary(.multiply, factor, du) }
        switch function {
        case .exp: return times(assembly.part(self), &assembly)
        case .log: return assembly.binary(.divide, du, p)
        case .log1p: return assembly.binary(.divide, du, assembly.binary(.add, .one, p))
        case .expm1: return times(.call(.exp, p), &assembly)
        case .sqrt: return assembly.binary(.divide, du, assembly.binary(.multiply, two, assembly.part(self)))
        case .abs: return times(.call(.sign, p), &assembly)
        case .sign: return .number(0, range)
        case .max, .min:
            // The condition compares the arguments as written: pruning leaves conditions alone.
            let v = arguments[1]
            let test = Expression.compare(function == .max ? .greater : .less, v, u)
            return assembly.conditional(test, v.derivative(&assembly), du)
        case .clamp:
            let lo = arguments[1], hi = arguments[2]
            if !lo.dependsOnX && !hi.dependsOnX {
                let inside = Expression.logical(.and, .compare(.greaterOrEqual, u, lo), .compare(.lessOrEqual, u, hi))
                return assembly.conditional(inside, du, .zero)
            }
            // clamp(u, lo, hi) = min(max(u, lo), hi), so hi wins when lo > hi.
            let dhi = hi.derivative(&assembly)
            let below = assembly.conditional(.compare(.greater, lo, u), lo.derivative(&assembly), du)
            return assembly.conditional(.compare(.less, hi, .call(.max, u, lo)), dhi, below)
        case .tanh: return times(assembly.binary(.subtract, .one, assembly.binary(.power, assembly.part(self), two)), &assembly)
        case .sinh: return times(.call(.cosh, p), &assembly)
        case .cosh: return times(.call(.sinh, p), &assembly)
        case .sin: return times(.call(.cos, p), &assembly)
        case .cos: return times(assembly.negate(.call(.sin, p)), &assembly)
        case .atan: return assembly.binary(.divide, du, assembly.binary(.add, .one, assembly.binary(.power, p, two)))
        case .erf, .erfc:
            let ratio = assembly.binary(.divide, two, .call(.sqrt, pi))
            let scale = function == .erf ? ratio : assembly.negate(ratio)
            let gaussian = Expression.call(.exp, assembly.negate(assembly.binary(.power, p, two)))
            return times(assembly.binary(.multiply, scale, gaussian), &assembly)
        case .sigmoid:
            let s = assembly.part(self)
            return times(assembly.binary(.multiply, s, assembly.binary(.subtract, .one, s)), &assembly)
        case .softplus: return times(.call(.sigmoid, p), &assembly)
        case .phi:
            let exponent = assembly.binary(.divide, assembly.negate(assembly.binary(.power, p, two)), two)
            let density = assembly.binary(.divide, .call(.exp, exponent), .call(.sqrt, assembly.binary(.multiply, two, pi)))
            return times(density, &assembly)
        }
    }
}

/// How the chain rule puts a derivative's nodes together: as written (`RawAssembly`) or
/// pruned as they are made (`PrunedAssembly`). Calls are made as they are by both (pruning
/// keeps a call, with its arguments pruned).
private protocol DerivativeAssembly {
    /// A part of f copied into f′ (u and v in u′·v + u·v′).
    mutating func part(_ e: Expression) -> Expression
    func negate(_ a: Expression) -> Expression
    func binary(_ op: BinaryOperator, _ a: Expression, _ b: Expression) -> Expression
    func conditional(_ condition: Expression, _ a: Expression, _ b: Expression) -> Expression
}

/// The chain rule applied literally; each node takes its first operand's range.
private struct RawAssembly: DerivativeAssembly {
    func part(_ e: Expression) -> Expression { e }
    func negate(_ a: Expression) -> Expression { Expression(.negate(a), range: a.range) }
    func binary(_ op: BinaryOperator, _ a: Expression, _ b: Expression) -> Expression {
        Expression(.binary(op, a, b), range: a.range)
    }
    func conditional(_ condition: Expression, _ a: Expression, _ b: Expression) -> Expression {
        .conditional(condition, a, b)
    }
}

/// Each node pruned as it is made (see `pruned()`): the operands are pruned already, and
/// the parts of f copied in are pruned through one table of the subtrees met before.
private struct PrunedAssembly: DerivativeAssembly {
    var memo: PruneMemo

    mutating func part(_ e: Expression) -> Expression { e.pruned(&memo) }
    func negate(_ a: Expression) -> Expression {
        Expression.prunedNegation(a, range: a.range) ?? Expression(.negate(a), range: a.range)
    }
    func binary(_ op: BinaryOperator, _ a: Expression, _ b: Expression) -> Expression {
        Expression.prunedBinary(op, a, b, range: a.range) ?? Expression(.binary(op, a, b), range: a.range)
    }
    func conditional(_ condition: Expression, _ a: Expression, _ b: Expression) -> Expression {
        a == b ? a : .conditional(condition, a, b)
    }
}
