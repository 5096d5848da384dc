/// Writes a complete plot: frame and grid, lines through zero, the curves with their
/// jump dots, tick labels, axis labels and (for more than one curve) a legend.
struct PlotRenderer {
    let spec: PlotSpec
    let layout: PlotLayout

    init(_ spec: PlotSpec) {
        self.spec = spec
        layout = PlotLayout(spec)
    }

    func svg() -> String {
        header(idPrefix: spec.idPrefix, includeStyle: spec.includeStyle) + body()
    }

    /// The opening tag, the accessible title and description, and the optional style
    /// block: the only part that differs between a plot inline in a page and on its own.
    func header(idPrefix: String, includeStyle: Bool) -> String {
        PlotHeader(width: layout.width, height: layout.height, title: spec.title, description: spec.description)
            .svg(idPrefix: idPrefix, includeStyle: includeStyle)
    }

    /// Everything after the header: grid, curves, dots, labels, legend and the closing tag.
    func body() -> String {
        let area = layout.area
        var out = grid()
        let drawings = spec.curves.map { CurveDrawing($0, xScale: layout.xScale, yScale: layout.yScale, view: area) }
        for (curve, drawing) in zip(spec.curves, drawings) where !drawing.polylines.isEmpty {
            out += "<g class=\"\(curve.style.cssClass)\"><path class=\"k\" d=\"\(drawing.pathData)\"/></g>\n"
        }
        for (curve, drawing) in zip(spec.curves, drawings) where !drawing.sampled.dots.isEmpty {
            out += "<g class=\"\(curve.style.cssClass)\">"
            for dot in drawing.sampled.dots {
                out += "<circle class=\"\(dot.filled ? "i" : "o")\" cx=\"\(SVGNumber.format(dot.center.x))\" cy=\"\(SVGNumber.format(dot.center.y))\" r=\"3.5\"/>"
            }
            out += "</g>\n"
        }
        out += tickLabels()
        out += axisLabels()
        if spec.showsLegend, spec.curves.count > 1 {
            out += Legend(labels: spec.curves.map(\.label), drawings: drawings, area: area).svg(spec.curves)
        }
        return out + "</svg>\n"
    }

    /// The frame, a light line at every tick, and stronger lines through zero.
    private func grid() -> String {
        let area = layout.area
        var light = PathEncoder()
        light.polyline([Point(x: area.minX, y: area.minY), Point(x: area.maxX, y: area.minY),
                        Point(x: area.maxX, y: area.maxY), Point(x: area.minX, y: area.maxY), Point(x: area.minX, y: area.minY)])
        let xs = layout.xTicks.map { layout.xScale.pixel($0.value) }.filter { $0 > area.minX + 2 && $0 < area.maxX - 2 }
        let ys = layout.yTicks.map { layout.yScale.pixel($0.value) }.filter { $0 > area.minY + 2 && $0 < area.maxY - 2 }
        for x in xs { light.polyline([Point(x: x, y: area.minY), Point(x: x, y: area.maxY)]) }
        for y in ys { light.polyline([Point(x: area.minX, y: y), Point(x: area.maxX, y: y)]) }
        var out = "<path class=\"g\" d=\"\(light.data)\"/>\n"

        var strong = PathEncoder()
        if layout.xScale.domain.contains(0) {
            let x = layout.xScale.pixel(0)
            strong.polyline([Point(x: x, y: area.minY), Point(x: x, y: area.maxY)])
        }
        if !layout.yScale.logarithmic, layout.yScale.domain.contains(0) {
            let y = layout.yScale.pixel(0)
            strong.polyline([Point(x: area.minX, y: y), Point(x: area.maxX, y: y)])
        }
        if !strong.data.isEmpty { out += "<path class=\"a\" d=\"\(strong.data)\"/>\n" }
        return out
    }

    private func tickLabels() -> String {
        let area = layout.area
        let size = PlotLayout.fontSize
        var out = "<g text-anchor=\"middle\" transform=\"translate(0 \(SVGNumber.format(area.maxY + size + 4)))\">"
        for tick in layout.xTicks {
            out += "<text x=\"\(SVGNumber.format(layout.xScale.pixel(tick.value)))\">\(tick.label)</text>"
        }
        out += "</g>\n<g text-anchor=\"end\" transform=\"translate(\(SVGNumber.format(area.minX - 6)) 0)\">"
        for tick in layout.yTicks {
            out += "<text y=\"\(SVGNumber.format(layout.yScale.pixel(tick.value) + size * 0.35))\">\(tick.label)</text>"
        }
        return out + "</g>\n"
    }

    private func axisLabels() -> String {
        let area = layout.area
        var out = ""
        if !spec.xLabel.isEmpty {
            out += "<text class=\"l\" text-anchor=\"middle\" x=\"\(SVGNumber.format((area.minX + area.maxX) / 2))\" y=\"\(SVGNumber.format(layout.height - 7))\">\(SVGText.escape(spec.xLabel))</text>"
        }
        if !spec.yLabel.isEmpty {
            out += "<text class=\"l\" x=\"\(SVGNumber.format(area.minX))\" y=\"\(SVGNumber.format(area.minY - 9))\">\(SVGText.escape(spec.yLabel))</text>"
        }
        return out.isEmpty ? "" : out + "\n"
    }
}
