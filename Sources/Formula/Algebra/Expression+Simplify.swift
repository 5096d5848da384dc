extension Expression {
    /// An equal expression written as a person would: constants folded, 0 and 1
    /// identities removed, numeric factors collected in front, equal factors merged into
    /// powers (x·x → x²), equal terms merged (x + x → 2x), conditions solved for x where
    /// they are linear (x + 3 ≥ 0 → x ≥ −3). Applied until nothing changes (a few passes).
    ///
    /// A pass is a pure function of the tree, so every pass shares one table of subtrees
    /// already rewritten: a part that an earlier pass left as it was (or that occurs twice,
    /// as f does in σ(f)(1 − σ(f))) is looked up, not rewritten again. The last pass, which
    /// only confirms that nothing changes, then costs little more than a comparison.
    public func simplified() -> Expression {
        var rewritten: [Expression: Expression] = [:]
        var current = self
        for _ in 0..<6 {
            let next = current.simplifiedOnce(&rewritten)
            if next == current { return next }
            current = next
        }
        return current
    }

    /// One bottom-up pass.
    func simplifiedOnce() -> Expression {
        var rewritten: [Expression: Expression] = [:]
        return simplifiedOnce(&rewritten)
    }

    /// One bottom-up pass, taking the result for a subtree from `rewritten` when an equal
    /// subtree has been through a pass before. (Equal trees may differ in their source
    /// ranges; the result then keeps the ranges of the first one, which printing ignores.)
    private func simplifiedOnce(_ rewritten: inout [Expression: Expression]) -> Expression {
        switch kind {
        case .number, .variable, .constant, .parameter:
            return self
        default:
            if let known = rewritten[self] { return known }
            let result = rewrittenOnce(&rewritten)
            rewritten[self] = result
            return result
        }
    }

    private func rewrittenOnce(_ rewritten: inout [Expression: Expression]) -> Expression {
        switch kind {
        case .number, .variable, .constant, .parameter:
            return self
        case .negate(let a):
            return Algebra.sum([Algebra.Term(coefficient: -1, expression: a.simplifiedOnce(&rewritten))], range: range)
        case .binary(let op, let a, let b):
            let u = a.simplifiedOnce(&rewritten), v = b.simplifiedOnce(&rewritten)
            switch op {
            case .add: return Algebra.sum([.init(coefficient: 1, expression: u), .init(coefficient: 1, expression: v)], range: range)
            case .subtract: return Algebra.sum([.init(coefficient: 1, expression: u), .init(coefficient: -1, expression: v)], range: range)
            case .multiply: return Algebra.product(u * v, range: range)
            case .divide: return Algebra.product(u / v, range: range)
            case .power: return Algebra.power(u, v, range: range)
            }
        case .call(let function, let arguments):
            return Algebra.call(function, arguments.map { $0.simplifiedOnce(&rewritten) }, range: range)
        case .conditional(let c, let a, let b):
            return Algebra.conditional(c.simplifiedOnce(&rewritten), a.simplifiedOnce(&rewritten), b.simplifiedOnce(&rewritten), range: range)
        case .comparison(let op, let a, let b):
            return Algebra.comparison(op, a.simplifiedOnce(&rewritten), b.simplifiedOnce(&rewritten), range: range)
        case .logical(let op, let a, let b):
            return Expression(.logical(op, a.simplifiedOnce(&rewritten), b.simplifiedOnce(&rewritten)), range: range)
        }
    }
}

/// The rewriting rules behind `Expression.simplified()`, one normal form per kind of node.
enum Algebra {
    /// Folds a numeric result only when it is finite and reads short, so that
    /// simplification never turns `sqrt(2)` into 1.4142135623730951.
    static func foldable(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        let (tidy, length) = tidied(value)
        return length <= 10 ? tidy : nil
    }

    /// `NumberFormatting.tidy`: of the value and its neighbours within two ulps, the first
    /// with the shortest text.
    static func tidy(_ value: Double) -> Double {
        isSmallWholeNumber(value) ? value : tidied(value).value
    }

    /// `tidy`, with the length of the result's text. Each candidate is written out once
    /// (`NumberFormatting.tidy` writes the best so far again for every comparison), and
    /// none is for a whole number below 2⁵⁰ in magnitude: its neighbours within two ulps
    /// are then fractions (an ulp is at most 1/8), whose text is longer.
    private static func tidied(_ value: Double) -> (value: Double, length: Int) {
        var best = value, bestLength = NumberFormatting.text(value).utf8.count
        guard value.isFinite, !isSmallWholeNumber(value) else { return (best, bestLength) }
        // A normal number whose text has at most 12 characters (so at most 12 significant
        // digits) has no neighbour within two ulps with a shorter text: two different
        // decimals of at most 12 digits lie at least 1e-12·|value| apart, two ulps are
        // below 5e-16·|value|, and each decimal rounds to one Double only.
        if value.isNormal && bestLength <= 12 { return (best, bestLength) }
        func consider(_ candidate: Double) {
            let length = NumberFormatting.text(candidate).utf8.count
            if length < bestLength { (best, bestLength) = (candidate, length) }
        }
        consider(value.nextUp)
        consider(value.nextDown)
        consider(value.nextUp.nextUp)
        consider(value.nextDown.nextDown)
        return (best, bestLength)
    }

    private static func isSmallWholeNumber(_ value: Double) -> Bool {
        Swift.abs(value) < 0x1p50 && value == value.rounded(.towardZero)
    }
}
