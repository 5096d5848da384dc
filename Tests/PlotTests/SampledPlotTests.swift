import Foundation
import Testing
@testable import Plot

/// Smaller plots drawn from a larger plot's samples (the print card's plot and the table's
/// sparkline from the page's plot) keep every guarantee at their own scale, and take the
/// samples only when that holds.
@Suite struct SampledPlotTests {
    typealias P = PropertyTests

    /// The linear property cases, each as the page's plot of one curve (480×320).
    static let cases = P.cases.filter { !$0.log }

    static func printSpec(_ c: P.Case) -> PlotSpec {
        var spec = c.spec
        spec.width = 260
        spec.height = 150
        spec.xLabel = ""
        spec.yLabel = ""
        spec.showsLegend = false
        return spec
    }

    @Test func aPlotDrawnFromItsOwnSamplesIsThePlotSampledAnew() {
        for (name, spec) in Gallery.functionPlots + Gallery.overlays + Gallery.errorPlots {
            #expect(SVGPlot.sample(spec).prepared().svg(idPrefix: spec.idPrefix, includeStyle: spec.includeStyle)
                    == SVGPlot.render(spec), "\(name)")
        }
    }

    @Test(arguments: cases)
    func aPrintPlotFromSharedSamplesStaysWithinATenthOfAPixelAtItsScale(_ c: P.Case) throws {
        let spec = Self.printSpec(c)
        let sampled = SVGPlot.sample(c.spec)
        let layout = PlotLayout(spec)
        let reused = try #require(sampled.curves[0].reprojected(from: sampled.layout.sampleFrame, to: layout.sampleFrame),
                                  "\(c.name): the samples are not taken")
        #expect(reused.evaluations == 0)
        let svg = SVGPlot.render(spec, reusing: sampled)
        let subpaths = PathParsing.curvePaths(svg).flatMap(PathParsing.subpaths)
        #expect(!subpaths.isEmpty)
        let frame = P.Frame(layout: layout, curve: c.curve)
        let vertex = P.worstVertexDistance(frame, subpaths)
        #expect(vertex <= P.tolerance, "\(c.name): a vertex is \(vertex) px from the curve")
        let (worst, checked, at) = P.worstCurveDistance(frame, subpaths, view: layout.area)
        #expect(checked > 1000)
        // Where the plot sampled anew at this size strays further (√x at its vertical tangent,
        // where rounding x to 0.01 px moves the first vertex off the curve), no further than it.
        let fresh = PathParsing.curvePaths(SVGPlot.render(spec)).flatMap(PathParsing.subpaths)
        let bound = max(P.tolerance, P.worstCurveDistance(frame, fresh, view: layout.area).0)
        #expect(worst <= bound, "\(c.name): the curve strays \(worst) px from the drawn path at \(at)")
    }

    @Test(arguments: cases)
    func aSparklineFromSharedSamplesStaysWithinATenthOfAPixelAtItsScale(_ c: P.Case) throws {
        let sampled = SVGPlot.sample(c.spec)
        let svg = SVGPlot.sparkline(c.curve, xDomain: c.x, yDomain: sampled.layout.yScale.domain, label: c.name,
                                    reusing: sampled, index: 0)
        let data = try #require(svg.components(separatedBy: "stroke-linecap=\"round\" d=\"").last?.split(separator: "\"").first)
        let subpaths = PathParsing.subpaths(String(data))
        #expect(!subpaths.isEmpty)
        // The sparkline's scales, as `Sparkline` sets them (96×32, inset 2).
        let area = Rect(minX: 2, minY: 2, maxX: 94, maxY: 30)
        let y = sampled.layout.yScale.domain
        let frame = P.Frame(xScale: AxisScale(domain: c.x, from: area.minX, to: area.maxX),
                            yScale: AxisScale(domain: y, from: area.maxY, to: area.minY), area: area, curve: c.curve)
        let vertex = P.worstVertexDistance(frame, subpaths)
        #expect(vertex <= P.tolerance, "\(c.name): a vertex is \(vertex) px from the curve")
        let (worst, checked, at) = P.worstCurveDistance(frame, subpaths, view: area)
        #expect(checked > 1000)
        #expect(worst <= P.tolerance, "\(c.name): the curve strays \(worst) px from the drawn path at \(at)")
    }

    @Test func jumpDotsDrawnFromSharedSamplesAreTheDotsSampledAtTheirScale() throws {
        for c in Self.cases where c.curve.breakpoints.contains(where: \.isJump) {
            let sampled = SVGPlot.sample(c.spec)
            let target = PlotLayout(Self.printSpec(c)).sampleFrame
            let reused = try #require(sampled.curves[0].reprojected(from: sampled.layout.sampleFrame, to: target))
            let fresh = CurveSampler(xScale: target.xScale, yScale: target.yScale, view: target.view).sample(c.curve)
            #expect(!reused.dots.isEmpty)
            #expect(reused.dots == fresh.dots, "\(c.name)")
        }
    }

    @Test func samplesAreNotTakenWhereTheyMayBeTooCoarse() throws {
        // GELU on a view that cuts it off at 2 (it reaches 5 at x = 5).
        let spec = PlotSpec(curves: [Curve(label: "", style: .function, function: TestCurves.gelu)], xDomain: -5...5,
                            yDomain: -1...2, title: "gelu", description: "gelu")
        let sampled = SVGPlot.sample(spec)
        let source = sampled.layout.sampleFrame
        func taken(x: ClosedRange<Double> = -5...5, y: ClosedRange<Double> = -1...2, width: Double = 200, height: Double = 100,
                   log: Bool = false) -> Bool {
            let target = SampleFrame(xScale: AxisScale(domain: x, from: 0, to: width),
                                     yScale: AxisScale(domain: y, from: height, to: 0, logarithmic: log),
                                     view: Rect(minX: 0, minY: 0, maxX: width, maxY: height))
            return sampled.curves[0].reprojected(from: source, to: target) != nil
        }
        #expect(taken())
        // Larger than the source in x or y: the chords' errors would grow.
        #expect(!taken(width: 2000))
        #expect(!taken(height: 1000))
        // Another x range, or a log scale.
        #expect(!taken(x: -4...5))
        #expect(!taken(y: 0.01...10, log: true))
        // A view reaching above the source's where the curve goes: the source did not refine there.
        #expect(!taken(y: -1...6))
        // Below the source's view, where the curve never goes, is fine.
        #expect(taken(y: -50...2))
    }

    @Test func samplesCutShortByTheBudgetAreNotTaken() throws {
        let spec = try #require(Gallery.functionPlots.first { $0.0 == "sin1000" }?.1)
        let sampled = SVGPlot.sample(spec)
        #expect(!sampled.curves[0].complete)
        var small = spec
        small.width = 260
        small.height = 150
        #expect(SVGPlot.render(small, reusing: sampled) == SVGPlot.render(small))
    }
}
