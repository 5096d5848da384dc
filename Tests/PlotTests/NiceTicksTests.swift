import Testing
@testable import Plot

@Suite struct NiceTicksTests {
    @Test func symmetricRangeGetsTwosFromMinusFourToFour() {
        #expect(NiceTicks.ticks(in: -5...5, approximateCount: 5) == [-4, -2, 0, 2, 4])
    }

    @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        #expect(NiceTicks.ticks(in: 0...1, approximateCount: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceTicks.ticks(in: 0...100, approximateCount: 3) == [0, 50, 100])
        #expect(NiceTicks.ticks(in: -1.5...5, approximateCount: 6) == [-1, 0, 1, 2, 3, 4, 5])
        #expect(NiceTicks.ticks(in: 0...0.003, approximateCount: 3) == [0, 0.001, 0.002, 0.003])
    }

    @Test func tickValuesAreTheShortestDecimals() {
        // 3 × 0.1 computed naively is 0.30000000000000004.
        let ticks = NiceTicks.ticks(in: 0...0.7, approximateCount: 7)
        #expect(ticks.map { "\($0)" } == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
    }

    @Test func emptyOrDegenerateRangeGivesItsOnlyValue() {
        #expect(NiceTicks.ticks(in: 2...2, approximateCount: 5) == [2])
    }

    @Test func labelsUseTheMinusSignAndTheStepsDecimals() {
        #expect(TickLabel.linear(-2, decimals: 0) == "−2")
        #expect(TickLabel.linear(0.5, decimals: 1) == "0.5")
        #expect(TickLabel.linear(-0.05, decimals: 2) == "−0.05")
        #expect(TickLabel.linear(-0.0, decimals: 1) == "0")
        #expect(TickLabel.decade(-16) == "10⁻¹⁶")
        #expect(TickLabel.decade(0) == "10⁰")
    }

    @Test func logarithmMatchesKnownValues() {
        #expect(abs(PlotMath.log10(1000) - 3) < 1e-15)
        #expect(abs(PlotMath.log10(2) - 0.30102999566398120) < 1e-15)
        #expect(abs(PlotMath.log(0.1) + 2.302585092994046) < 1e-15)
        #expect(abs(PlotMath.log10(5e-324) + 323.3062153431158) < 1e-12)
        #expect(PlotMath.log10(0) == -.infinity)
        #expect(PlotMath.log10(-1).isNaN)
    }
}
