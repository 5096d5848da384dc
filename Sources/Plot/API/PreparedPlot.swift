/// A plot sampled and drawn once, to be written in several forms: inline in a page
/// (no `<style>` block, one id prefix) and as a standalone file (with the style block,
/// another prefix). The forms differ only in their first lines, so each costs a string
/// concatenation rather than another sampling of every curve.
public struct PreparedPlot: Sendable {
    private let header: PlotHeader
    /// Everything after the header (made a `String` once, so that each form appends it
    /// without validating its UTF-8 again).
    private let body: String
    /// Where the data lands in the drawing (the same as `SVGPlot.frame` of the spec).
    public let frame: PlotFrame

    init(_ renderer: PlotRenderer) {
        header = renderer.header
        var out = SVGWriter(capacity: 4096)
        renderer.writeBody(to: &out)
        body = out.string
        frame = PlotFrame(renderer.layout)
    }

    /// The plot as `SVGPlot.render` writes it for the spec with this id prefix and style choice.
    public func svg(idPrefix: String, includeStyle: Bool) -> String {
        var out = SVGWriter(capacity: 512)
        header.write(idPrefix: idPrefix, includeStyle: false, to: &out)
        var text = out.string
        text.reserveCapacity(text.utf8.count + body.utf8.count + (includeStyle ? PlotHeader.styleBlock.utf8.count : 0))
        if includeStyle { text += PlotHeader.styleBlock }
        text += body
        return text
    }
}

extension SVGPlot {
    /// Samples and draws `spec` once; its `idPrefix` and `includeStyle` are chosen per form
    /// by `PreparedPlot.svg(idPrefix:includeStyle:)`.
    public static func prepare(_ spec: PlotSpec) -> PreparedPlot {
        PreparedPlot(PlotRenderer(spec))
    }

    /// Samples every curve of `spec` at its size, to be drawn (`SampledPlot.prepared()`) and
    /// reused by smaller plots of the same curves.
    public static func sample(_ spec: PlotSpec) -> SampledPlot {
        let layout = PlotLayout(spec)
        let frame = layout.sampleFrame
        return SampledPlot(spec: spec, layout: layout, curves: spec.curves.map {
            CurveSampler(xScale: frame.xScale, yScale: frame.yScale, view: frame.view).sample($0)
        })
    }
}
