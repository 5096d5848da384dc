extension Expression {
    /// The expression rewritten as one brace of cases over intervals of x, when every
    /// switch (conditions, max, min, clamp, abs, sign) compares quantities linear in x
    /// with numeric coefficients; nil otherwise.
    ///
    /// Each piece is the expression with every switch decided for that interval, then
    /// simplified, so x·clamp(x + 3, 0, 6)/6 differentiates to
    /// {0 if x < −3; (2x + 3)/6 if x ≤ 3; 1 otherwise}. Neighbouring equal pieces merge.
    /// At a switch point the case is chosen to give the value the expression has there.
    /// `memo` is a table of simplified subtrees the pieces may share (see
    /// `simplified(sharing:)`).
    func piecewiseByIntervals(sharing memo: inout SimplifyMemo?) -> Expression? {
        var points: [Double] = []
        guard collectLinearSwitches(into: &points), !points.isEmpty else { return nil }
        points = Array(Set(points)).sorted()
        guard points.count <= 16 else { return nil }
        // A sample inside each open interval decides every switch on it.
        var samples = [points[0] - 1]
        for i in 1..<points.count { samples.append((points[i - 1] + points[i]) / 2) }
        samples.append(points[points.count - 1] + 1)
        var pieces = samples.map { decided(at: $0).simplified(sharing: &memo) }
        var bounds = points
        // Merge neighbours that are the same expression.
        var i = 0
        while i + 1 < pieces.count {
            if pieces[i] == pieces[i + 1] {
                pieces.remove(at: i + 1)
                bounds.remove(at: i)
            } else {
                i += 1
            }
        }
        guard pieces.count > 1 else { return pieces[0] }
        var result = pieces[pieces.count - 1]
        for j in stride(from: bounds.count - 1, through: 0, by: -1) {
            let b = bounds[j]
            let here = evaluate(at: b, parameters: [String: Double]())
            let left = pieces[j].evaluate(at: b, parameters: [String: Double]())
            let right = pieces[j + 1].evaluate(at: b, parameters: [String: Double]())
            let op: ComparisonOperator = here == left && here != right ? .lessOrEqual : .less
            let condition = Expression.compare(op, .x, .number(b))
            result = Algebra.conditional(condition, pieces[j], result, range: range)
        }
        return result
    }

    /// Adds the root of every switch to `points`; false when a switch is not linear in x
    /// with numeric coefficients.
    private func collectLinearSwitches(into points: inout [Double]) -> Bool {
        // Comparisons only stand in conditions, so a part without a switch has none.
        if !containsSwitch && !isCondition { return true }
        func root(_ a: Expression, _ b: Expression) -> Bool {
            let difference = a - b
            guard !difference.referencesNames, let (k, m) = difference.linearCoefficients(parameters: [:]),
                  k.isFinite, m.isFinite else { return false }
            if k != 0 { points.append(NumberFormatting.tidy(-m / k)) }
            return true
        }
        switch kind {
        case .comparison(_, let a, let b):
            return root(a, b) && a.collectLinearSwitches(into: &points) && b.collectLinearSwitches(into: &points)
        case .call(.max, let arguments), .call(.min, let arguments):
            guard root(arguments[0], arguments[1]) else { return false }
        case .call(.abs, let arguments), .call(.sign, let arguments):
            guard root(arguments[0], .zero) else { return false }
        case .call(.clamp, let arguments):
            guard root(arguments[0], arguments[1]), root(arguments[0], arguments[2]), root(arguments[1], arguments[2]) else { return false }
        default:
            break
        }
        return allChildrenSatisfy { $0.collectLinearSwitches(into: &points) }
    }

    /// The expression with every switch replaced by the branch taken at `t`.
    private func decided(at t: Double) -> Expression {
        if !containsSwitch { return self }
        let none = [String: Double]()
        func value(_ e: Expression) -> Double { e.evaluate(at: t, parameters: none) }
        switch kind {
        case .conditional(let c, let a, let b):
            return c.truth(at: t, parameters: none) == false ? b.decided(at: t) : a.decided(at: t)
        case .call(.max, let arguments):
            return (value(arguments[0]) >= value(arguments[1]) ? arguments[0] : arguments[1]).decided(at: t)
        case .call(.min, let arguments):
            return (value(arguments[0]) <= value(arguments[1]) ? arguments[0] : arguments[1]).decided(at: t)
        case .call(.clamp, let arguments):
            let u = value(arguments[0]), lo = value(arguments[1]), hi = value(arguments[2])
            let chosen = Swift.max(u, lo) > hi ? arguments[2] : (u < lo ? arguments[1] : arguments[0])
            return chosen.decided(at: t)
        case .call(.abs, let arguments):
            let u = arguments[0].decided(at: t)
            return value(arguments[0]) < 0 ? -u : u
        case .call(.sign, let arguments):
            return .number(StableMath.sign(value(arguments[0])), range)
        case .number, .variable, .constant, .parameter:
            return self
        case .negate(let a):
            return Expression(.negate(a.decided(at: t)), range: range)
        case .binary(let op, let a, let b):
            return Expression(.binary(op, a.decided(at: t), b.decided(at: t)), range: range)
        case .call(let f, let arguments):
            return Expression(.call(f, arguments.map { $0.decided(at: t) }), range: range)
        case .comparison, .logical:
            return self
        }
    }
}
