/// Maps data values on one axis to drawing coordinates, linearly or by decades.
struct AxisScale {
    /// The data range shown (for a logarithmic scale, in positive values).
    let domain: ClosedRange<Double>
    /// The drawing coordinates of `domain.lowerBound` and `domain.upperBound`.
    let from: Double
    let to: Double
    let logarithmic: Bool
    /// The ends of `domain` as mapped (their logarithms on a logarithmic scale), computed
    /// once rather than at every point.
    private let low: Double
    private let high: Double

    init(domain: ClosedRange<Double>, from: Double, to: Double, logarithmic: Bool = false) {
        self.domain = domain
        self.from = from
        self.to = to
        self.logarithmic = logarithmic
        low = logarithmic ? PlotMath.log10(domain.lowerBound) : domain.lowerBound
        high = logarithmic ? PlotMath.log10(domain.upperBound) : domain.upperBound
    }

    /// The drawing coordinate of `value`: NaN for a negative value on a log scale,
    /// infinite for an infinite value or for zero on a log scale.
    func pixel(_ value: Double) -> Double {
        let t = logarithmic ? PlotMath.log10(value) : value
        if t.isInfinite { return (t > 0) == (to > from) ? .infinity : -.infinity }
        return from + (t - low) / (high - low) * (to - from)
    }

    /// The data value at a drawing coordinate (linear scales only).
    func value(atPixel p: Double) -> Double {
        domain.lowerBound + (p - from) / (to - from) * (domain.upperBound - domain.lowerBound)
    }
}
