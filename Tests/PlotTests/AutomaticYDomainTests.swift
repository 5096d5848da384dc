import Testing
@testable import Plot

/// The automatic view reads a group's values in parts (each curve's values once for every
/// group) and filters them in one pass; it must choose exactly the view the plain
/// computation chooses from the joined values.
@Suite struct AutomaticYDomainTests {
    /// The view computed step by step: finite values filtered out, extremes folded, quantiles
    /// from a sorted copy.
    static func plainView(_ values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard var smallest = finite.first else { return -1...1 }
        var largest = smallest
        for v in finite {
            smallest = min(smallest, v)
            largest = max(largest, v)
        }
        let sorted = finite.sorted()
        return AutomaticYDomain.linear(smallest: smallest, largest: largest, lowQuantile: sorted[(finite.count - 1) * 2 / 100],
                                       highQuantile: sorted[(finite.count - 1) * 98 / 100])
    }

    @Test func aViewFromPartsIsTheViewOfTheJoinedValues() {
        var numbers = FastPathTests.Numbers(state: 3)
        let specials: [Double] = [.nan, .infinity, -.infinity, 0, -0.0]
        for round in 0..<400 {
            var parts: [[Double]] = []
            for _ in 0..<(1 + round % 3) {
                let count = [0, 1, 2, 30, 241, 250][Int(numbers.next(in: 0...5.99))]
                parts.append((0..<count).map { i in
                    let pick = numbers.next(in: 0...1)
                    if pick < 0.1 { return specials[i % specials.count] }
                    // Few distinct values (a flat or stepped curve) in some rounds, spread values in others.
                    return round % 2 == 0 ? (numbers.next(in: -3...3)).rounded() : numbers.next(in: -1e3...1e3) * pick
                })
            }
            let view = AutomaticYDomain.linear(parts: parts), plain = Self.plainView(parts.flatMap { $0 })
            #expect(view.lowerBound.bitPattern == plain.lowerBound.bitPattern && view.upperBound.bitPattern == plain.upperBound.bitPattern,
                    "round \(round): \(view) vs \(plain)")
        }
    }

    /// Curves evaluated together (one call for all, at the x of their shared breakpoints)
    /// get the views they get evaluated one by one; curves whose breakpoints differ are
    /// evaluated one by one even when `together` is given.
    @Test func curvesEvaluatedTogetherGetTheSameViews() {
        let kinks = [PlotBreakpoint(x: 0, isJump: false), PlotBreakpoint(x: 2.5, isJump: false), PlotBreakpoint(x: 9, isJump: false)]
        let f = Curve(label: "f", style: .function, breakpoints: kinks, function: { $0 < 0 ? 0.1 * $0 : $0 * $0 })
        let df = Curve(label: "f′", style: .derivative, breakpoints: kinks.map { PlotBreakpoint(x: $0.x, isJump: true) },
                       function: { $0 < 0 ? 0.1 : 2 * $0 })
        var calls: [Int] = []
        let together: ([Double]) -> [[Double]] = { xs in
            calls.append(xs.count)
            return [xs.map(f.function), xs.map(df.function)]
        }
        let joint = SVGPlot.automaticYDomains([[0, 1], [0], [1]], of: [f, df], xDomain: -3...4, together: together)
        let alone = SVGPlot.automaticYDomains([[0, 1], [0], [1]], of: [f, df], xDomain: -3...4)
        #expect(joint == alone)
        // The grid (241 points) and both breakpoints inside the range with a hair to each side.
        #expect(calls == [241 + 6])
        var moved = df
        moved.breakpoints[1].x = 2.75
        calls = []
        #expect(SVGPlot.automaticYDomains([[0, 1]], of: [f, moved], xDomain: -3...4, together: together)
                    == SVGPlot.automaticYDomains([[0, 1]], of: [f, moved], xDomain: -3...4))
        #expect(calls.isEmpty)
    }
}
