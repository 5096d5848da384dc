import Testing
@testable import Plot

/// A plot drawn once and written inline and standalone must give exactly what rendering
/// each form from scratch gives, so pages can share one sampling of each curve.
@Suite struct PreparedPlotTests {
    static var specs: [(String, PlotSpec)] { Gallery.functionPlots + Gallery.overlays + Gallery.errorPlots }

    @Test(arguments: specs.map(\.0))
    func everyFormOfAPreparedPlotEqualsRenderingThatFormFromScratch(_ name: String) throws {
        let spec = try #require(Self.specs.first { $0.0 == name }?.1)
        let prepared = SVGPlot.prepare(spec)
        for (prefix, style) in [("p", true), ("fp", false), ("pc-relu", false)] {
            var form = spec
            form.idPrefix = prefix
            form.includeStyle = style
            #expect(prepared.svg(idPrefix: prefix, includeStyle: style) == SVGPlot.render(form), "\(name) \(prefix)")
        }
    }

    @Test func aPreparedPlotKnowsTheFrameItWasDrawnIn() {
        let spec = TestCurves.geluPlot
        #expect(SVGPlot.prepare(spec).frame == SVGPlot.frame(spec))
    }
}
