extension CurveSampler {
    /// The breakpoints strictly inside the range, sorted, one per x (a jump wins).
    static func breakpoints(_ list: [PlotBreakpoint], inside range: ClosedRange<Double>) -> [PlotBreakpoint] {
        var result: [PlotBreakpoint] = []
        for b in list.filter({ $0.x > range.lowerBound && $0.x < range.upperBound }).sorted(by: { $0.x < $1.x }) {
            if let last = result.last, last.x == b.x {
                result[result.count - 1].isJump = last.isJump || b.isJump
            } else {
                result.append(b)
            }
        }
        return result
    }

    /// Whether the two sides of a declared jump meet on screen (within 0.1 px), and the
    /// dots to draw at drawing heights: filled where the function's value is, open at a
    /// one-sided limit it does not take.
    static func jump(left: Double, right: Double, at value: Double) -> (joined: Bool, dots: [(y: Double, filled: Bool)]) {
        if left.isFinite, right.isFinite, abs(left - right) <= 0.1 {
            if value.isFinite, abs(value - left) > 0.5 {
                return (true, [(left, false), (value, true)])
            }
            return (true, [])
        }
        var dots: [(y: Double, filled: Bool)] = []
        var matched = false
        for side in [left, right] where side.isFinite {
            let takesValue = !matched && value.isFinite && abs(value - side) <= 0.05
            matched = matched || takesValue
            dots.append((side, takesValue))
        }
        if !matched, value.isFinite { dots.append((value, true)) }
        return (false, dots)
    }
}
