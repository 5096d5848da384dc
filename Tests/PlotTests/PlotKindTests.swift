import Foundation
import Testing
@testable import Plot

@Suite struct PlotKindTests {
    @Test func anOverlayHasALegendRowPerCurve() {
        let svg = SVGPlot.render(Gallery.overlays[0].1)
        #expect(svg.contains("<rect class=\"b\""))
        for label in ["ReLU", "Leaky ReLU", "ELU", "ReLU6"] { #expect(svg.contains(">\(label)</text>")) }
        for style in ["s1", "s2", "s3", "s4"] { #expect(svg.contains("<g class=\"\(style)\"><path class=\"k\"")) }
    }

    @Test func aSingleCurveHasNoLegend() {
        let spec = PlotSpec(curves: [Curve(label: "tanh", style: .function) { tanh($0) }], xDomain: -3...3, title: "tanh", description: "tanh")
        #expect(!SVGPlot.render(spec).contains("class=\"b\""))
    }

    @Test func seriesStylesRepeatAfterSix() {
        #expect(CurveStyle.series(7).cssClass == "s1")
        #expect(CurveStyle.series(6).cssClass == "s6")
    }

    @Test func theErrorPlotHasDecadeTicksInSuperscript() {
        let svg = SVGPlot.render(Gallery.errorPlots[0].1)
        #expect(svg.contains(">10⁻⁴</text>"))
        #expect(svg.contains(">10⁻³</text>"))
        #expect(svg.contains("<g class=\"e\"><path class=\"k\""))
        #expect(!svg.contains("class=\"a\" d=\"M42 26v254m"))  // no horizontal zero line on a log axis
    }

    @Test func anExplicitYDomainIsKept() {
        let layout = PlotLayout(TestCurves.functionAndDerivative(TestCurves.relu, TestCurves.reluDerivative, name: "ReLU", y: -1...3))
        #expect(layout.yScale.domain == -1...3)
        #expect(layout.yTicks.map(\.label) == ["−1", "0", "1", "2", "3"])
    }

    @Test func theAutomaticYDomainIgnoresAnAsymptote() {
        let y = AutomaticYDomain.linear([Curve(label: "", style: .function) { 1 / $0 }], xDomain: -5...5)
        #expect(y.upperBound < 20 && y.lowerBound > -20)
        #expect(y.upperBound > 5 && y.lowerBound < -5)
    }

    @Test func theAutomaticYDomainIncludesZeroAndAMargin() {
        let y = AutomaticYDomain.linear([Curve(label: "", style: .function, function: TestCurves.sigmoid)], xDomain: -5...5)
        #expect(y.lowerBound < 0 && y.lowerBound > -0.1)
        #expect(y.upperBound > 1 && y.upperBound < 1.1)
    }

    @Test func aSparklineIsTinyAndLabelled() {
        let svg = SVGPlot.sparkline(Curve(label: "GELU", style: .function, function: TestCurves.gelu), xDomain: -5...5, label: "GELU: x·Φ(x)")
        #expect(svg.utf8.count < 600)
        #expect(svg.contains("role=\"img\" aria-label=\"GELU: x·Φ(x)\""))
        #expect(svg.contains("viewBox=\"0 0 96 32\""))
        #expect(!svg.contains("<text"))
    }

    @Test func theStylesheetDefinesEveryColourAsACustomProperty() {
        for property in ["--plot-f", "--plot-d", "--plot-grid", "--plot-axis", "--plot-text", "--plot-bg", "--plot-e"]
            + (1...6).map({ "--plot-s\($0)" }) {
            #expect(SVGPlot.stylesheet.contains("var(\(property),#"))
        }
        #expect(SVGPlot.stylesheet.contains(".plot .d .k,.plot .s2 .k{stroke-dasharray:"))
    }
}

@Suite struct DegenerateInputTests {
    @Test func aViewWithoutWidthStillRenders() {
        let spec = PlotSpec(curves: [Curve(label: "", style: .function) { $0 }], xDomain: 1...1, yDomain: 2...2,
                            title: "t", description: "d")
        let svg = SVGPlot.render(spec)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        #expect(PlotLayout(spec).xScale.domain == 0...2 && PlotLayout(spec).yScale.domain == 1...3)
    }

    @Test func aCurveThatIsNowhereDefinedDrawsNothing() {
        let spec = PlotSpec(curves: [Curve(label: "", style: .function) { _ in .nan }], xDomain: -1...1, title: "t", description: "d")
        let svg = SVGPlot.render(spec)
        #expect(!svg.contains("<g class=\"f\">"))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func aConstantCurveGetsAViewAroundItsValue() {
        let y = AutomaticYDomain.linear([Curve(label: "", style: .function) { _ in 3 }], xDomain: -1...1)
        #expect(y.contains(3) && y.lowerBound < 3 && y.upperBound > 3)
    }
}
