/// Where everything goes on a plot: the view in data coordinates, the ticks and their
/// labels, the margins they need, and the plot area in drawing coordinates.
struct PlotLayout {
    static let fontSize = 11.0

    struct Tick {
        var value: Double
        var label: String
    }

    var width: Double
    var height: Double
    var area: Rect
    var xScale: AxisScale
    var yScale: AxisScale
    var xTicks: [Tick]
    var yTicks: [Tick]

    init(_ spec: PlotSpec) {
        width = spec.width
        height = spec.height
        let logarithmic = spec.yScale == .logarithmic
        let xDomain = Domain.usable(spec.xDomain)
        let yDomain = spec.yDomain.map { logarithmic ? Self.positive($0) : Domain.usable($0) }
            ?? (logarithmic ? AutomaticYDomain.logarithmic(spec.curves, xDomain: xDomain)
                : AutomaticYDomain.linear(spec.curves, xDomain: xDomain))

        let top = spec.yLabel.isEmpty ? 10.0 : 26
        let bottom = spec.xLabel.isEmpty ? 22.0 : 40
        let right = 14.0
        let roughHeight = height - top - bottom
        yTicks = logarithmic ? Self.decadeTicks(yDomain) : Self.linearTicks(yDomain, count: Int(roughHeight / 45))
        let labelWidth = yTicks.map { SVGText.width($0.label, fontSize: Self.fontSize) }.max() ?? 0
        let left = (10 + labelWidth + 6).rounded(.up)
        area = Rect(minX: left, minY: top, maxX: width - right, maxY: height - bottom)
        xTicks = Self.linearTicks(xDomain, count: Int(area.width / 70))
        xScale = AxisScale(domain: xDomain, from: area.minX, to: area.maxX)
        yScale = AxisScale(domain: yDomain, from: area.maxY, to: area.minY, logarithmic: logarithmic)
    }

    /// The scales and view the curves are sampled in.
    var sampleFrame: SampleFrame { SampleFrame(xScale: xScale, yScale: yScale, view: area) }

    static func linearTicks(_ range: ClosedRange<Double>, count: Int) -> [Tick] {
        guard let step = NiceTicks.step(for: range, approximateCount: max(count, 2)) else { return [] }
        return NiceTicks.ticks(in: range, step: step).map { Tick(value: $0, label: TickLabel.linear($0, decimals: step.decimals)) }
    }

    /// Ticks at powers of ten, every decade or every few when the view spans many.
    static func decadeTicks(_ range: ClosedRange<Double>) -> [Tick] {
        let low = Int(PlotMath.log10(range.lowerBound).rounded(.up))
        let high = Int(PlotMath.log10(range.upperBound).rounded(.down))
        guard low <= high else { return [] }
        let stride = [1, 2, 3, 4, 5, 6, 8, 10].first { (high - low) / $0 <= 6 } ?? 10
        return (low...high).filter { $0 % stride == 0 }.map { Tick(value: PlotMath.pow10($0), label: TickLabel.decade($0)) }
    }

    /// A log view needs positive bounds; a non-positive lower bound becomes 16 decades
    /// below the upper one.
    static func positive(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
        let high = range.upperBound > 0 && range.upperBound.isFinite ? range.upperBound : 1
        let low = range.lowerBound > 0 ? min(range.lowerBound, high / 10) : high * 1e-16
        return low...high
    }
}
