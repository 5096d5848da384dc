import Testing
@testable import Plot

@Suite struct RenderTests {
    @Test func functionAndDerivativePlotIsACompleteAccessibleSVG() {
        let svg = SVGPlot.render(TestCurves.reluPlot)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" viewBox=\"0 0 480 320\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("<title id=\"p-t\">ReLU and its derivative</title>"))
        #expect(svg.contains("aria-labelledby=\"p-t p-d\""))
        #expect(svg.contains("<style>"))
        #expect(svg.contains("<g class=\"f\"><path class=\"k\""))
        #expect(svg.contains("<g class=\"d\"><path class=\"k\""))
        #expect(svg.contains(">−4</text>"))
    }

    @Test func renderingIsDeterministic() {
        #expect(SVGPlot.render(TestCurves.geluPlot) == SVGPlot.render(TestCurves.geluPlot))
    }

    @Test func titleAndDescriptionAreEscaped() {
        let spec = PlotSpec(curves: [Curve(label: "a<b", style: .function) { $0 }], xDomain: -1...1,
                            title: "x < 1 & \"y\"", description: "<script>")
        let svg = SVGPlot.render(spec)
        #expect(svg.contains("<title id=\"p-t\">x &lt; 1 &amp; &quot;y&quot;</title>"))
        #expect(svg.contains("<desc id=\"p-d\">&lt;script&gt;</desc>"))
    }

    @Test func styleCanBeLeftOutAndIdsPrefixed() {
        var spec = TestCurves.reluPlot
        spec.includeStyle = false
        spec.idPrefix = "relu"
        let svg = SVGPlot.render(spec)
        #expect(!svg.contains("<style>"))
        #expect(svg.contains("id=\"relu-t\"") && svg.contains("id=\"relu-d\""))
        #expect(!svg.contains("id=\"p-"))
    }
}
