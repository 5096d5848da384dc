import Diagnostics

extension Expression {
    /// The tree with the chain rule's trivial parts removed, in one bottom-up pass: factors
    /// of 0 and 1, terms of 0, powers 0 and 1, double negation, and x-free parts made of
    /// numbers only folded. Much cheaper than `simplified()` (no normal forms, no fixpoint)
    /// and enough for a derivative that is only evaluated: it removes the `0 · f(x)` terms
    /// that would turn into NaN where f overflows (0 · ∞).
    func pruned() -> Expression {
        var memo = PruneMemo()
        return pruned(&memo)
    }

    /// `pruned()`, looking up and adding to `memo`.
    func pruned(_ memo: inout PruneMemo) -> Expression {
        prunedIfChanged(&memo) ?? self
    }

    /// The pruned tree, or nil when pruning leaves this one as it is (then no node is
    /// rebuilt: most of a derivative is copies of parts that are pruned already).
    /// A subtree met before (the chain rule copies u into every product u·v′ it makes) is
    /// looked up in `memo` rather than walked again.
    private func prunedIfChanged(_ memo: inout PruneMemo) -> Expression? {
        switch kind {
        case .number, .variable, .constant, .parameter, .comparison, .logical:
            return nil
        default:
            break
        }
        if let known = memo.result(for: self) { return known }
        let result = prunedNode(&memo)
        memo.store(result, for: self)
        return result
    }

    /// `prunedIfChanged` of a node that is not a leaf, from its pruned children.
    private func prunedNode(_ memo: inout PruneMemo) -> Expression? {
        switch kind {
        case .number, .variable, .constant, .parameter, .comparison, .logical:
            return nil
        case .negate(let a):
            let changed = a.prunedIfChanged(&memo)
            guard let changed else { return Self.prunedNegation(a, range: range) }
            return Self.prunedNegation(changed, range: range) ?? Expression(.negate(changed), range: range)
        case .binary(let op, let a, let b):
            let changedA = a.prunedIfChanged(&memo), changedB = b.prunedIfChanged(&memo)
            let u = changedA ?? a, v = changedB ?? b
            if let rule = Self.prunedBinary(op, u, v, range: range) { return rule }
            return changedA == nil && changedB == nil ? nil : Expression(.binary(op, u, v), range: range)
        case .call(let function, let arguments):
            // Most calls keep their arguments: an array is made only once one changes.
            var pruned: [Expression]? = nil
            for (i, argument) in arguments.enumerated() {
                guard let new = argument.prunedIfChanged(&memo) else { continue }
                if pruned == nil { pruned = arguments }
                pruned![i] = new
            }
            return pruned.map { Expression(.call(function, $0), range: range) }
        case .conditional(let c, let a, let b):
            let changedA = a.prunedIfChanged(&memo), changedB = b.prunedIfChanged(&memo)
            let u = changedA ?? a, v = changedB ?? b
            if u == v { return u }
            return changedA == nil && changedB == nil ? nil : Expression(.conditional(c, u, v), range: range)
        }
    }

    /// −u for a pruned u when a rule removes the negation (a number, or −v), else nil.
    static func prunedNegation(_ u: Expression, range: SourceRange) -> Expression? {
        if let v = u.numberValue { return .number(-v, range) }
        if case .negate(let inner) = u.kind { return inner }
        return nil
    }

    /// The rule that removes a trivial operation on pruned operands, or nil when none applies.
    static func prunedBinary(_ op: BinaryOperator, _ u: Expression, _ v: Expression, range: SourceRange) -> Expression? {
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
        return nil
    }
}

/// The results of `prunedIfChanged` for the subtrees of one tree, by subtree. Pruning is a
/// function of a tree's bits, so a hit counts only when the two trees are identical (equal
/// and with the same −0 literals, which `==` does not tell apart). The tree a result is for
/// is the table's key itself (no second copy of it is kept).
struct PruneMemo {
    private var results: [Expression: Expression?]
    /// True once a key holding −0 went in: only then may an equal key that is not
    /// identical be in the table when a result is stored.
    private var keysHoldNegativeZero = false

    /// A table with room for `capacity` results before it grows.
    init(capacity: Int = 0) {
        results = Dictionary(minimumCapacity: capacity)
    }

    /// The memoised result for `e` (itself nil when pruning leaves `e` as it is), if any.
    func result(for e: Expression) -> Expression?? {
        guard let i = results.index(forKey: e) else { return nil }
        let (tree, pruned) = results[i]
        return ProgramBuilder.identical(e, tree) ? .some(pruned) : nil
    }

    /// Stores the result for `e`, in place of the one for an equal tree that is not
    /// identical (a dictionary keeps the key it has when only the value is set).
    mutating func store(_ pruned: Expression?, for e: Expression) {
        if e.containsNegativeZero || keysHoldNegativeZero {
            if let i = results.index(forKey: e) { results.remove(at: i) }
            keysHoldNegativeZero = keysHoldNegativeZero || e.containsNegativeZero
        }
        results[e] = .some(pruned)
    }
}
