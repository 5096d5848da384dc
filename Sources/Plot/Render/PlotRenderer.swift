/// Writes a complete plot: frame and grid, lines through zero, the curves with their
/// jump dots, tick labels, axis labels and (for more than one curve) a legend.
struct PlotRenderer {
    let spec: PlotSpec
    let layout: PlotLayout
    let drawings: [CurveDrawing]

    /// Samples every curve of `spec`.
    init(_ spec: PlotSpec) {
        self.spec = spec
        layout = PlotLayout(spec)
        let frame = layout.sampleFrame
        drawings = spec.curves.map { CurveDrawing($0, xScale: frame.xScale, yScale: frame.yScale, view: frame.view) }
    }

    /// Draws `spec` from the samples of `plot` where they are fine enough (curve by curve,
    /// in order), sampling the rest.
    init(_ spec: PlotSpec, reusing plot: SampledPlot) {
        self.spec = spec
        layout = PlotLayout(spec)
        let frame = layout.sampleFrame, source = plot.layout.sampleFrame
        drawings = spec.curves.indices.map { i in
            CurveDrawing(spec.curves[i], in: frame, reusing: i < plot.curves.count ? plot.curves[i] : nil, from: source)
        }
    }

    /// Draws a plot already sampled.
    init(_ plot: SampledPlot) {
        spec = plot.spec
        layout = plot.layout
        drawings = plot.curves.map { CurveDrawing(sampled: $0, view: plot.layout.area) }
    }

    func svg() -> String {
        var out = SVGWriter(capacity: 4096)
        header.write(idPrefix: spec.idPrefix, includeStyle: spec.includeStyle, to: &out)
        writeBody(to: &out)
        return out.string
    }

    /// The opening tag, the accessible title and description, and the optional style
    /// block: the only part that differs between a plot inline in a page and on its own.
    var header: PlotHeader {
        PlotHeader(width: layout.width, height: layout.height, title: spec.title, description: spec.description)
    }

    /// Everything after the header: grid, curves, dots, labels, legend and the closing tag.
    func writeBody(to out: inout SVGWriter) {
        let paths = drawings.map(\.path)
        grid(&out)
        for (curve, (drawing, path)) in zip(spec.curves, zip(drawings, paths)) where !drawing.polylines.isEmpty {
            out.write("<g class=\"")
            out.write(curve.style.cssClass)
            out.write("\"><path class=\"k\" d=\"")
            out.write(path)
            out.write("\"/></g>\n")
        }
        for (curve, drawing) in zip(spec.curves, drawings) where !drawing.dots.isEmpty {
            out.write("<g class=\"")
            out.write(curve.style.cssClass)
            out.write("\">")
            for dot in drawing.dots {
                out.write(dot.filled ? "<circle class=\"i\" cx=\"" : "<circle class=\"o\" cx=\"")
                out.write(dot.center.x)
                out.write("\" cy=\"")
                out.write(dot.center.y)
                out.write("\" r=\"3.5\"/>")
            }
            out.write("</g>\n")
        }
        tickLabels(&out)
        axisLabels(&out)
        if spec.showsLegend, spec.curves.count > 1 {
            Legend(labels: spec.curves.map(\.label), drawings: drawings, area: layout.area).write(spec.curves, to: &out)
        }
        out.write("</svg>\n")
    }

    /// The frame, a light line at every tick, and stronger lines through zero.
    private func grid(_ out: inout SVGWriter) {
        let area = layout.area
        var light = PathEncoder(capacity: 256)
        light.move(to: Point(x: area.minX, y: area.minY))
        light.line(to: Point(x: area.maxX, y: area.minY))
        light.line(to: Point(x: area.maxX, y: area.maxY))
        light.line(to: Point(x: area.minX, y: area.maxY))
        light.line(to: Point(x: area.minX, y: area.minY))
        for tick in layout.xTicks {
            let x = layout.xScale.pixel(tick.value)
            if x > area.minX + 2 && x < area.maxX - 2 { light.segment(Point(x: x, y: area.minY), Point(x: x, y: area.maxY)) }
        }
        for tick in layout.yTicks {
            let y = layout.yScale.pixel(tick.value)
            if y > area.minY + 2 && y < area.maxY - 2 { light.segment(Point(x: area.minX, y: y), Point(x: area.maxX, y: y)) }
        }
        out.write("<path class=\"g\" d=\"")
        out.write(light)
        out.write("\"/>\n")

        var strong = PathEncoder()
        if layout.xScale.domain.contains(0) {
            let x = layout.xScale.pixel(0)
            strong.segment(Point(x: x, y: area.minY), Point(x: x, y: area.maxY))
        }
        if !layout.yScale.logarithmic, layout.yScale.domain.contains(0) {
            let y = layout.yScale.pixel(0)
            strong.segment(Point(x: area.minX, y: y), Point(x: area.maxX, y: y))
        }
        if !strong.bytes.isEmpty {
            out.write("<path class=\"a\" d=\"")
            out.write(strong)
            out.write("\"/>\n")
        }
    }

    private func tickLabels(_ out: inout SVGWriter) {
        let area = layout.area
        let size = PlotLayout.fontSize
        out.write("<g text-anchor=\"middle\" transform=\"translate(0 ")
        out.write(area.maxY + size + 4)
        out.write(")\">")
        for tick in layout.xTicks {
            out.write("<text x=\"")
            out.write(layout.xScale.pixel(tick.value))
            out.write("\">")
            out.write(tick.label)
            out.write("</text>")
        }
        out.write("</g>\n<g text-anchor=\"end\" transform=\"translate(")
        out.write(area.minX - 6)
        out.write(" 0)\">")
        for tick in layout.yTicks {
            out.write("<text y=\"")
            out.write(layout.yScale.pixel(tick.value) + size * 0.35)
            out.write("\">")
            out.write(tick.label)
            out.write("</text>")
        }
        out.write("</g>\n")
    }

    private func axisLabels(_ out: inout SVGWriter) {
        let area = layout.area
        if !spec.xLabel.isEmpty {
            out.write("<text class=\"l\" text-anchor=\"middle\" x=\"")
            out.write((area.minX + area.maxX) / 2)
            out.write("\" y=\"")
            out.write(layout.height - 7)
            out.write("\">")
            out.writeEscaped(spec.xLabel)
            out.write("</text>")
        }
        if !spec.yLabel.isEmpty {
            out.write("<text class=\"l\" x=\"")
            out.write(area.minX)
            out.write("\" y=\"")
            out.write(area.minY - 9)
            out.write("\">")
            out.writeEscaped(spec.yLabel)
            out.write("</text>")
        }
        if !spec.xLabel.isEmpty || !spec.yLabel.isEmpty { out.write("\n") }
    }
}
