extension Expression {
    /// An equal expression written as a person would: constants folded, 0 and 1
    /// identities removed, numeric factors collected in front, equal factors merged into
    /// powers (x·x → x²), equal terms merged (x + x → 2x), conditions solved for x where
    /// they are linear (x + 3 ≥ 0 → x ≥ −3). Applied until nothing changes (a few passes).
    public func simplified() -> Expression {
        var current = self
        for _ in 0..<6 {
            let next = current.simplifiedOnce()
            if next == current { return next }
            current = next
        }
        return current
    }

    /// One bottom-up pass.
    func simplifiedOnce() -> Expression {
        switch kind {
        case .number, .variable, .constant, .parameter:
            return self
        case .negate(let a):
            return Algebra.sum([Algebra.Term(coefficient: -1, expression: a.simplifiedOnce())], range: range)
        case .binary(let op, let a, let b):
            let u = a.simplifiedOnce(), v = b.simplifiedOnce()
            switch op {
            case .add: return Algebra.sum([.init(coefficient: 1, expression: u), .init(coefficient: 1, expression: v)], range: range)
            case .subtract: return Algebra.sum([.init(coefficient: 1, expression: u), .init(coefficient: -1, expression: v)], range: range)
            case .multiply: return Algebra.product(u * v, range: range)
            case .divide: return Algebra.product(u / v, range: range)
            case .power: return Algebra.power(u, v, range: range)
            }
        case .call(let function, let arguments):
            return Algebra.call(function, arguments.map { $0.simplifiedOnce() }, range: range)
        case .conditional(let c, let a, let b):
            return Algebra.conditional(c.simplifiedOnce(), a.simplifiedOnce(), b.simplifiedOnce(), range: range)
        case .comparison(let op, let a, let b):
            return Algebra.comparison(op, a.simplifiedOnce(), b.simplifiedOnce(), range: range)
        case .logical(let op, let a, let b):
            return Expression(.logical(op, a.simplifiedOnce(), b.simplifiedOnce()), range: range)
        }
    }
}

/// The rewriting rules behind `Expression.simplified()`, one normal form per kind of node.
enum Algebra {
    /// Folds a numeric result only when it is finite and reads short, so that
    /// simplification never turns `sqrt(2)` into 1.4142135623730951.
    static func foldable(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        let tidy = NumberFormatting.tidy(value)
        return NumberFormatting.text(tidy).count <= 10 ? tidy : nil
    }
}
