import Foundation
import Testing
@testable import Plot

/// Extreme searches stop as soon as the curve cannot rise half the tolerance above a
/// sampled extreme; on every kind of curve the plots use, that finds exactly what the
/// full golden-section search finds, for far fewer evaluations.
@Suite struct ExtremeSearchTests {
    /// Every curve of the gallery and of the property cases, with the frame it is drawn in.
    static var curves: [(String, Curve, SampleFrame)] {
        let specs = Gallery.functionPlots + Gallery.overlays + Gallery.errorPlots
            + PropertyTests.cases.map { ($0.name, $0.spec) } + [("narrow", narrowFeatures)]
        return specs.flatMap { name, spec in
            let frame = PlotLayout(spec).sampleFrame
            return spec.curves.map { ("\(name) \($0.label)", $0, frame) }
        }
    }

    /// Undeclared corners and bumps a few pixels wide, on a linear axis.
    static var narrowFeatures: PlotSpec {
        PlotSpec(curves: [
            Curve(label: "tent", style: .series(1)) { max(0, 1 - abs($0 - 0.3) * 40) },
            Curve(label: "dip", style: .series(2)) { abs($0 - 0.123) * 3 },
            Curve(label: "bump", style: .series(3)) { 0.02 * exp(-(($0 - 1.01) * ($0 - 1.01)) * 4000) },
        ], xDomain: -5...5, yDomain: -0.5...1.5, title: "narrow", description: "narrow")
    }

    static func sample(_ curve: Curve, _ frame: SampleFrame, stopsEarly: Bool) -> SampledCurve {
        var sampler = CurveSampler(xScale: frame.xScale, yScale: frame.yScale, view: frame.view)
        sampler.searchesStopEarly = stopsEarly
        return sampler.sample(curve)
    }

    @Test func stoppingEarlyFindsWhatTheFullSearchFinds() {
        for (name, curve, frame) in Self.curves {
            let early = Self.sample(curve, frame, stopsEarly: true)
            let full = Self.sample(curve, frame, stopsEarly: false)
            #expect(early.runs.map { $0.map(\.x) } == full.runs.map { $0.map(\.x) }, "\(name)")
            #expect(early.runs.map { $0.map(\.value) }.description == full.runs.map { $0.map(\.value) }.description, "\(name)")
            #expect(early.dots == full.dots, "\(name)")
            #expect(early.evaluations <= full.evaluations, "\(name)")
        }
    }

    @Test func aSmoothExtremeTheSamplesHoldCostsAFewEvaluations() throws {
        let spec = TestCurves.geluPlot
        let frame = PlotLayout(spec).sampleFrame
        let early = Self.sample(spec.curves[0], frame, stopsEarly: true)
        let full = Self.sample(spec.curves[0], frame, stopsEarly: false)
        // GELU has one minimum: the full search spends some 60 evaluations on it.
        #expect(full.evaluations - early.evaluations >= 50)
    }

    @Test func aNarrowCornerBetweenSamplesIsDrawnWithinTheTolerance() throws {
        let spec = Self.narrowFeatures
        let frame = PlotLayout(spec).sampleFrame
        let dip = Self.sample(spec.curves[1], frame, stopsEarly: true)
        let lowest = try #require(dip.runs.joined().min { $0.value < $1.value })
        #expect(abs(frame.yScale.pixel(lowest.value) - frame.yScale.pixel(0)) <= 0.07)
    }
}
