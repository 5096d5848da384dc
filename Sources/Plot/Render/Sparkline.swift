/// A small multiple for a table row: the function's curve and a faint zero line, no
/// text. Styled with inline `style` attributes that read the same custom properties as
/// the plots, so it needs no stylesheet and still follows the page's colours.
struct Sparkline {
    var curve: Curve
    var xDomain: ClosedRange<Double>
    var yDomain: ClosedRange<Double>?
    var label: String
    var width: Double
    var height: Double
    /// A plot whose samples of `curve` (its curve at `index`) may be drawn here instead of
    /// sampling again.
    var reusing: (plot: SampledPlot, index: Int)? = nil

    func svg() -> String {
        let inset = 2.0
        let area = Rect(minX: inset, minY: inset, maxX: width - inset, maxY: height - inset)
        let xDomain = Domain.usable(xDomain)
        let y = Domain.usable(yDomain ?? AutomaticYDomain.linear([curve], xDomain: xDomain))
        let xScale = AxisScale(domain: xDomain, from: area.minX, to: area.maxX)
        let yScale = AxisScale(domain: y, from: area.maxY, to: area.minY)
        var out = SVGWriter(capacity: 1024)
        out.writeSVGStart(class: "spark", width: width, height: height)
        out.write(" role=\"img\" aria-label=\"")
        out.writeEscaped(label)
        out.write("\">")
        if y.contains(0) {
            var axis = PathEncoder()
            let zero = yScale.pixel(0)
            axis.segment(Point(x: area.minX, y: zero), Point(x: area.maxX, y: zero))
            out.write("<path style=\"stroke:var(--plot-axis,#6b7280)\" stroke-width=\".5\" d=\"")
            out.write(axis)
            out.write("\"/>")
        }
        let frame = SampleFrame(xScale: xScale, yScale: yScale, view: Rect(minX: area.minX, minY: 0.75, maxX: area.maxX, maxY: height - 0.75))
        let drawing = CurveDrawing(curve, in: frame, reusing: reusing.map { $0.plot.curves[$0.index] },
                                   from: reusing?.plot.layout.sampleFrame)
        out.write("<path style=\"stroke:var(--plot-f,#2563eb)\" fill=\"none\" stroke-width=\"1.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\" d=\"")
        out.write(drawing.path)
        out.write("\"/></svg>")
        return out.string
    }
}
