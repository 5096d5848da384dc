/// Smoothness from the breakpoints: a jump makes f discontinuous, a kink C⁰; where pieces meet
/// with equal slopes, f is C¹ if f″ jumps there and C² otherwise; with no breakpoint, C∞.
extension Analyzer {
    func smoothness() -> Smoothness {
        if undefinedAt != nil || sides.contains(where: { $0.kind == .jump }) { return .discontinuous }
        if sides.contains(where: { $0.kind == .kink }) { return .c0 }
        let joins = probe.function.smoothJoins + sides.map(\.x)
        if joins.isEmpty { return .cInfinity }
        for x in joins {
            let left = probe.d2f(x, side: -1), right = probe.d2f(x, side: 1)
            guard left.isFinite, right.isFinite else {
                probe.note("the second derivative at x = \(x) is not finite; smoothness taken as C1")
                return .c1
            }
            if abs(left - right) > 1e-4 * max(1, abs(left), abs(right)) { return .c1 }
        }
        return .c2
    }
}
