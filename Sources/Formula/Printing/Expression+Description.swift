extension Expression: CustomStringConvertible {
    /// The expression in the formula language, with the fewest parentheses that keep
    /// its shape: `FormulaParser.parse(e.description, names: e.referencedNames) == e`.
    public var description: String { source(.free) }

    /// How tightly a node binds, for deciding parentheses (higher binds tighter).
    var sourcePrecedence: Int {
        switch kind {
        case .logical(.or, _, _): 1
        case .logical(.and, _, _): 2
        case .comparison: 3
        case .binary(.add, _, _), .binary(.subtract, _, _): 4
        case .binary(.multiply, _, _), .binary(.divide, _, _): 5
        case .negate: 6
        case .number(let v): v < 0 || (v == 0 && v.sign == .minus) ? 6 : 8
        case .binary(.power, _, _): 7
        default: 8
        }
    }

    enum Slot { case free, needs(Int) }

    func source(_ slot: Slot) -> String {
        let text = bareSource
        if case .needs(let minimum) = slot, sourcePrecedence < minimum { return "(" + text + ")" }
        return text
    }

    private var bareSource: String {
        switch kind {
        case .number(let value): return NumberFormatting.text(value)
        case .variable: return "x"
        case .constant(let c): return c.rawValue
        case .parameter(let name): return name
        case .negate(let a):
            // `-(2)` keeps its parentheses: `-2` would read back as the literal −2. A minus
            // before a minus (`- -x`, `- -2`) is separated by a space instead of parenthesized,
            // so a chain of n negations costs the parser n levels of nesting, not 2n.
            // (Neither kind is parenthesized by `.needs(6)`, so `inner` is already their
            // description: reusing it keeps printing linear in nesting depth.)
            let inner = a.source(.needs(6))
            if inner.hasPrefix("-") { return "- " + inner }
            if case .number = a.kind { return "-(" + inner + ")" }
            return "-" + inner
        case .binary(let op, let a, let b):
            let p = sourcePrecedence
            if op == .power {
                return a.source(.needs(8)) + "^" + b.source(.needs(6))
            }
            return a.source(.needs(p)) + " \(op.rawValue) " + b.source(.needs(p + 1))
        case .comparison(let op, let a, let b):
            return a.source(.needs(4)) + " \(op.rawValue) " + b.source(.needs(4))
        case .logical(let op, let a, let b):
            let p = sourcePrecedence
            return a.source(.needs(p)) + " \(op.rawValue) " + b.source(.needs(p + 1))
        case .call(let function, let arguments):
            return function.name + "(" + arguments.map(\.description).joined(separator: ", ") + ")"
        case .conditional(let c, let a, let b):
            return "if(\(c.description), \(a.description), \(b.description))"
        }
    }
}

extension Expression {
    /// The declared parameter and constant names the formula uses (not `x`, `pi`, `e`).
    public var referencedNames: Set<String> {
        var names: Set<String> = []
        collectNames(into: &names)
        return names
    }

    private func collectNames(into names: inout Set<String>) {
        if case .parameter(let name) = kind { names.insert(name) }
        _ = allChildrenSatisfy { child in
            child.collectNames(into: &names)
            return true
        }
    }

    /// Whether the formula uses a declared name: `!referencedNames.isEmpty`, without the set.
    var referencesNames: Bool {
        if case .parameter = kind { return true }
        return !allChildrenSatisfy { !$0.referencesNames }
    }
}
