/// How values map to the vertical axis.
public enum YScale: Sendable {
    case linear
    /// Decades; values that are zero or negative break the curve.
    case logarithmic
}

/// Everything a plot needs: the curves, the view, the size it is drawn at (which sets
/// the sampling tolerance of 0.1 px), text for screen readers, axis labels, and options
/// for inline use in a page (an id prefix, and leaving out the `<style>` block when the
/// page's stylesheet carries `SVGPlot.stylesheet`).
public struct PlotSpec: Sendable {
    public var curves: [Curve]
    public var xDomain: ClosedRange<Double>
    /// The vertical view; `nil` chooses one from the curves' values.
    public var yDomain: ClosedRange<Double>?
    public var width: Double
    public var height: Double
    public var title: String
    public var description: String
    public var xLabel: String
    public var yLabel: String
    public var yScale: YScale
    public var idPrefix: String
    public var includeStyle: Bool
    /// Draw a legend when there is more than one curve. Small multiples (the print card)
    /// turn it off and explain the styles once in their caption.
    public var showsLegend: Bool

    public init(curves: [Curve], xDomain: ClosedRange<Double>, yDomain: ClosedRange<Double>? = nil,
                width: Double = 480, height: Double = 320,
                title: String, description: String, xLabel: String = "x", yLabel: String = "f(x)",
                yScale: YScale = .linear, idPrefix: String = "p", includeStyle: Bool = true,
                showsLegend: Bool = true) {
        self.curves = curves
        self.xDomain = xDomain
        self.yDomain = yDomain
        self.width = width
        self.height = height
        self.title = title
        self.description = description
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.yScale = yScale
        self.idPrefix = idPrefix
        self.includeStyle = includeStyle
        self.showsLegend = showsLegend
    }
}
