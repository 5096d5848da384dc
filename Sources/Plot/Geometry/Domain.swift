/// Guards against views a plot cannot draw.
enum Domain {
    /// `range` if it is finite and has a width; otherwise a view of width 2 around its
    /// centre (or around 0), so a caller's degenerate view never divides by zero.
    static func usable(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
        if range.lowerBound.isFinite, range.upperBound.isFinite, range.upperBound > range.lowerBound { return range }
        let centre = range.lowerBound.isFinite ? range.lowerBound : (range.upperBound.isFinite ? range.upperBound : 0)
        return (centre - 1)...(centre + 1)
    }
}
