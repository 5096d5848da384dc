/// Where a plot's data lands in its drawing: the plot area in drawing coordinates and
/// the data ranges at its edges. A script that redraws a curve in a static plot (the
/// parameter explorer) needs exactly this to keep the axes and the drawing identical.
public struct PlotFrame: Hashable, Sendable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double
    /// Data x at `minX` and `maxX`.
    public var xDomain: ClosedRange<Double>
    /// Data y at `maxY` (bottom) and `minY` (top); linear plots only.
    public var yDomain: ClosedRange<Double>
}

extension SVGPlot {
    /// The frame `render(spec)` draws in, computed the same way.
    public static func frame(_ spec: PlotSpec) -> PlotFrame {
        PlotFrame(PlotLayout(spec))
    }
}

extension PlotFrame {
    init(_ layout: PlotLayout) {
        self.init(minX: layout.area.minX, minY: layout.area.minY, maxX: layout.area.maxX, maxY: layout.area.maxY,
                  xDomain: layout.xScale.domain, yDomain: layout.yScale.domain)
    }
}
