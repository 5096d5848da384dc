import Foundation
import Testing
@testable import Plot

@Suite struct BatchSamplingTests {
    static let view = SamplingTests.view

    static func sampled(_ curve: Curve) -> SampledCurve {
        SamplingTests.sampler().sample(curve)
    }

    static func points(_ s: SampledCurve) -> [[Double]] {
        s.runs.map { run in run.flatMap { [$0.x, $0.evaluatedAt, $0.value] } }
    }

    @Test func aCurveWithABatchIsSampledAtTheSamePointsAsOneWithout() {
        // Jumps, kinks, several extremes (each searched) and a region out of view.
        let f: @Sendable (Double) -> Double = { $0 < 0 ? sin(3 * $0) : exp($0) * cos(4 * $0) + 1 }
        let breakpoints = [PlotBreakpoint(x: 0, isJump: true), PlotBreakpoint(x: 2, isJump: false)]
        let alone = Self.sampled(Curve(label: "", style: .function, breakpoints: breakpoints, function: f))
        let batched = Self.sampled(Curve(label: "", style: .function, breakpoints: breakpoints, function: f,
                                         batch: { $0.map(f) }))
        #expect(Self.points(batched) == Self.points(alone))
        #expect(batched.dots == alone.dots)
        #expect(batched.evaluations == alone.evaluations)
    }

    @Test func theBudgetCountsTheSameEvaluationsInBatches() {
        let f: @Sendable (Double) -> Double = { sin(1000 * $0) }
        let alone = Self.sampled(Curve(label: "", style: .function, function: f))
        let batched = Self.sampled(Curve(label: "", style: .function, function: f, batch: { $0.map(f) }))
        #expect(batched.evaluations == alone.evaluations)
        #expect(Self.points(batched) == Self.points(alone))
    }

    @Test func theSamplerEvaluatesThroughTheBatchWhenACurveHasOne() {
        // A batch that disagrees with `function` (which a real one must not) shows which is used.
        let sampled = Self.sampled(Curve(label: "", style: .function, function: { _ in 0 }, batch: { $0.map { _ in 1 } }))
        #expect(sampled.runs.flatMap { $0 }.allSatisfy { $0.value == 1 })
    }
}
