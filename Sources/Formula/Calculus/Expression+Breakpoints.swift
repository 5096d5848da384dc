extension Expression {
    /// The x values in `interval` where the formula switches branches or stops being
    /// smooth, sorted and unique.
    ///
    /// Candidates are the roots of every `if` condition's comparisons and the switch
    /// points of `max`, `min`, `abs`, `clamp` and `sign` (nodes inside a condition only
    /// count through that condition). A root is exact when the compared difference is
    /// linear in x, and otherwise found by sampling and bisection within a fixed budget.
    /// Each candidate is then judged on the whole formula: a jump if its value differs
    /// on the two sides, a kink if only its slope does, and dropped if value and slope
    /// agree (so `if(x > 0, x, expm1(x))` has none: it is continuously differentiable).
    ///
    /// `derivative` is this expression's `derivative()` when the caller already has it
    /// (it is used to tell kinks from smooth joins); without it, `derivativeForEvaluation()`
    /// is evaluated: only its values beside each candidate matter, and simplifying a large
    /// derivative costs far more than evaluating it twice.
    public func breakpoints(parameters: [String: Double], in interval: ClosedRange<Double>,
                            derivative knownDerivative: Expression? = nil) -> [Breakpoint] {
        var search = BreakpointSearch(parameters: parameters, in: interval)
        let f = compiled(parameters: parameters)
        return search.breakpoints(of: self, value: f, slope: knownDerivative?.compiled(parameters: parameters))
    }

    /// True when the formula has an `if`, `max`, `min`, `abs`, `sign` or `clamp`: the only
    /// places its breakpoints can come from (without one, `breakpoints` is empty).
    public var hasSwitches: Bool { containsSwitch }

    /// The candidates of `breakpoints`, sorted: the roots in `interval` of every compared
    /// difference, taken from `known` (and added to it) when an identical difference had
    /// its roots found before. A difference b − a whose mirror a − b was sampled before is
    /// not sampled again: its values are exactly the mirror's negated (IEEE subtraction is
    /// antisymmetric, and the rows of a and b are the same bits either way).
    func switchCandidates(parameters: [String: Double], in interval: ClosedRange<Double>,
                          roots known: inout [Expression: [SwitchRoots]]) -> [Double] {
        func lookUp(_ difference: Expression) -> SwitchRoots? {
            known[difference]?.first { ProgramBuilder.identical($0.difference, difference) }
        }
        // Each compared difference once: derivatives repeat the same conditions many times.
        var differences: [Expression] = [], seen: Set<Expression> = []
        collectSwitchDifferences(into: &differences, seen: &seen)
        var candidates: [Double] = []
        for difference in differences {
            if let hit = lookUp(difference) {
                candidates += hit.roots
                continue
            }
            var mirrored: SampledSigns? = nil
            if case .binary(.subtract, let a, let b) = difference.kind, let mirror = lookUp(b - a) {
                mirrored = mirror.samples?.negated
            }
            let found = difference.roots(parameters: parameters, in: interval, samples: mirrored)
            known[difference, default: []].append(SwitchRoots(difference: difference, roots: found.roots, samples: found.samples))
            candidates += found.roots
        }
        return candidates.sorted()
    }

    /// Judges a switch point on the formula itself, from values and slopes just beside it.
    static func classify(at p: Double, _ f: (Double) -> Double, _ df: (Double) -> Double) -> Breakpoint.Kind? {
        let h = 1e-9 * Swift.max(1, Swift.abs(p))
        let left = f(p - h), right = f(p + h)
        guard left.isFinite, right.isFinite else { return .unknown }
        let slopeLeft = df(p - h), slopeRight = df(p + h)
        let slopeScale = Swift.max(1, Swift.abs(slopeLeft), Swift.abs(slopeRight))
        // Beside a continuous point the values differ by about 2h·slope.
        if Swift.abs(right - left) > 1e-6 * Swift.max(1, Swift.abs(left), Swift.abs(right)) + 4 * h * slopeScale {
            return .jump
        }
        guard slopeLeft.isFinite, slopeRight.isFinite else { return .unknown }
        return Swift.abs(slopeRight - slopeLeft) > 1e-6 * slopeScale ? .kink : nil
    }

    /// The expressions whose sign changes are switch points (see `breakpoints`), each once.
    private func collectSwitchDifferences(into differences: inout [Expression], seen: inout Set<Expression>) {
        guard containsSwitch else { return }
        func add(_ a: Expression, _ b: Expression) {
            let difference = a - b
            if seen.insert(difference).inserted { differences.append(difference) }
        }
        switch kind {
        case .conditional(let c, let a, let b):
            c.collectConditionDifferences(into: &differences, seen: &seen)
            a.collectSwitchDifferences(into: &differences, seen: &seen)
            b.collectSwitchDifferences(into: &differences, seen: &seen)
            return
        case .call(.max, let arguments), .call(.min, let arguments):
            add(arguments[0], arguments[1])
        case .call(.abs, let arguments), .call(.sign, let arguments):
            add(arguments[0], .zero)
        case .call(.clamp, let arguments):
            add(arguments[0], arguments[1])
            add(arguments[0], arguments[2])
            add(arguments[1], arguments[2])
        default:
            break
        }
        // The children in order, without an array of them.
        _ = allChildrenSatisfy { child in
            child.collectSwitchDifferences(into: &differences, seen: &seen)
            return true
        }
    }

    private func collectConditionDifferences(into differences: inout [Expression], seen: inout Set<Expression>) {
        switch kind {
        case .comparison(_, let a, let b):
            let difference = a - b
            if seen.insert(difference).inserted { differences.append(difference) }
        case .logical(_, let a, let b):
            a.collectConditionDifferences(into: &differences, seen: &seen)
            b.collectConditionDifferences(into: &differences, seen: &seen)
        default:
            if seen.insert(self).inserted { differences.append(self) }
        }
    }
}

/// The roots of one compared difference, and its values at the sample points when it was
/// sampled (±1 where only its sign was needed: see `Program.valuesOrSigns`).
struct SwitchRoots {
    let difference: Expression
    let roots: [Double]
    let samples: SampledSigns?
}
