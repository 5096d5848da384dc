/// Tick positions at "nice" numbers: multiples of 1, 2 or 5 times a power of ten, chosen
/// so that about `approximateCount` of them fall in the range.
public enum NiceTicks {
    /// The ticks inside `range` (ends included), in increasing order.
    public static func ticks(in range: ClosedRange<Double>, approximateCount: Int) -> [Double] {
        guard let step = step(for: range, approximateCount: approximateCount) else {
            return range.lowerBound.isFinite ? [range.lowerBound] : []
        }
        return ticks(in: range, step: step)
    }

    /// A 1-2-5 step as digit × 10^exponent, so tick values can be computed exactly as
    /// integers over a power of ten.
    struct Step: Equatable {
        var digit: Int
        var exponent: Int
        var value: Double { Double(digit) * PlotMath.pow10(exponent) }
        /// Decimal places a label needs to show ticks at this step.
        var decimals: Int { max(0, -exponent) }
    }

    static func step(for range: ClosedRange<Double>, approximateCount: Int) -> Step? {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return nil }
        let raw = span / Double(max(approximateCount, 1))
        var exponent = Int(PlotMath.log10(raw).rounded(.down))
        let normalized = raw / PlotMath.pow10(exponent)
        let digit: Int
        switch normalized {
        case ..<1.5: digit = 1
        case ..<3: digit = 2
        case ..<7: digit = 5
        default:
            digit = 1
            exponent += 1
        }
        return Step(digit: digit, exponent: exponent)
    }

    static func ticks(in range: ClosedRange<Double>, step: Step) -> [Double] {
        let size = step.value
        let slack = 1e-9
        let first = Int((range.lowerBound / size - slack).rounded(.up))
        let last = Int((range.upperBound / size + slack).rounded(.down))
        guard first <= last else { return [] }
        return (first...last).map { k in
            let units = Double(k * step.digit)
            let value = step.exponent >= 0 ? units * PlotMath.pow10(step.exponent) : units / PlotMath.pow10(-step.exponent)
            return value == 0 ? 0 : value
        }
    }
}
