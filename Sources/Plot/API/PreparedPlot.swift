/// A plot sampled and drawn once, to be written in several forms: inline in a page
/// (no `<style>` block, one id prefix) and as a standalone file (with the style block,
/// another prefix). The forms differ only in their first lines, so each costs a string
/// concatenation rather than another sampling of every curve.
public struct PreparedPlot: Sendable {
    private let header: PlotHeader
    private let body: String
    /// Where the data lands in the drawing (the same as `SVGPlot.frame` of the spec).
    public let frame: PlotFrame

    init(_ renderer: PlotRenderer) {
        header = PlotHeader(width: renderer.layout.width, height: renderer.layout.height,
                            title: renderer.spec.title, description: renderer.spec.description)
        body = renderer.body()
        frame = PlotFrame(renderer.layout)
    }

    /// The plot as `SVGPlot.render` writes it for the spec with this id prefix and style choice.
    public func svg(idPrefix: String, includeStyle: Bool) -> String {
        header.svg(idPrefix: idPrefix, includeStyle: includeStyle) + body
    }
}

extension SVGPlot {
    /// Samples and draws `spec` once; its `idPrefix` and `includeStyle` are chosen per form
    /// by `PreparedPlot.svg(idPrefix:includeStyle:)`.
    public static func prepare(_ spec: PlotSpec) -> PreparedPlot {
        PreparedPlot(PlotRenderer(spec))
    }
}
