/// The subtrees that passes of `simplified()` have rewritten, with what each became.
///
/// A pass is a pure function of the tree up to −0: `==` holds 0 and −0 equal, so a lookup
/// for a tree holding −0 may find the result for the tree holding 0 (and the other way
/// round). While no key holds −0, equal keys are the same tree and the table may be kept
/// for more calls (`derivative()` keeps it across the interval pieces of one derivative).
struct SimplifyMemo {
    fileprivate var rewritten: [Expression: Expression]
    /// True once a key holding −0 went in: the table then serves its own call only.
    private(set) var holdsNegativeZero = false

    init(capacity: Int = 0) {
        rewritten = Dictionary(minimumCapacity: capacity)
    }

    fileprivate mutating func store(_ result: Expression, for key: Expression) {
        if key.containsNegativeZero { holdsNegativeZero = true }
        rewritten[key] = result
    }
}

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
        var memo = SimplifyMemo()
        return simplified(&memo)
    }

    /// `simplified()`, looking up and adding to `memo`.
    func simplified(_ memo: inout SimplifyMemo) -> Expression {
        var current = self
        for _ in 0..<6 {
            let next = current.simplifiedOnce(&memo)
            if next == current { return next }
            current = next
        }
        return current
    }

    /// `simplified()` with a table kept from earlier calls, when that gives the same tree:
    /// when neither the table nor this tree holds −0 and none goes in on the way (else the
    /// tree is simplified again with a table of its own, and `shared` is no longer used).
    func simplified(sharing shared: inout SimplifyMemo?) -> Expression {
        if !containsNegativeZero, shared?.holdsNegativeZero == false {
            let result = simplified(&shared!)
            if !shared!.holdsNegativeZero { return result }
            shared = nil
        }
        return simplified()
    }

    /// One bottom-up pass.
    func simplifiedOnce() -> Expression {
        var memo = SimplifyMemo()
        return simplifiedOnce(&memo)
    }

    /// One bottom-up pass, taking the result for a subtree from `memo` when an equal
    /// subtree has been through a pass before. (Equal trees may differ in their source
    /// ranges; the result then keeps the ranges of the first one, which printing ignores.)
    private func simplifiedOnce(_ memo: inout SimplifyMemo) -> Expression {
        switch kind {
        case .number, .variable, .constant, .parameter:
            return self
        default:
            if let known = memo.rewritten[self] { return known }
            let result = rewrittenOnce(&memo)
            memo.store(result, for: self)
            return result
        }
    }

    private func rewrittenOnce(_ rewritten: inout SimplifyMemo) -> Expression {
        switch kind {
        case .number, .variable, .constant, .parameter:
            return self
        case .negate(let a):
            return Algebra.sum(Algebra.Term(coefficient: -1, expression: a.simplifiedOnce(&rewritten)), range: range)
        case .binary(let op, let a, let b):
            let u = a.simplifiedOnce(&rewritten), v = b.simplifiedOnce(&rewritten)
            switch op {
            case .add: return Algebra.sum(.init(coefficient: 1, expression: u), .init(coefficient: 1, expression: v), range: range)
            case .subtract: return Algebra.sum(.init(coefficient: 1, expression: u), .init(coefficient: -1, expression: v), range: range)
            case .multiply: return Algebra.product(u, times: v, range: range)
            case .divide: return Algebra.product(u, over: v, range: range)
            case .power: return Algebra.power(u, v, range: range)
            }
        case .call(let function, let arguments):
            // The argument array is copied only once an argument changes (most are x or
            // stay as they are).
            var simplified = arguments
            for (i, argument) in arguments.enumerated() {
                let new = argument.simplifiedOnce(&rewritten)
                if !new.isSameValue(as: argument) { simplified[i] = new }
            }
            return Algebra.call(function, simplified, range: range)
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
