import ActivationCore
import Formula
import Testing

/// Critical points closer together than the analysis grid's spacing are still found: f′
/// dips below 0 between two samples where it is positive, and the refinement of that dip
/// finds both crossings.
@Suite struct CriticalPointRefinementTests {
    @Test func pairOfCriticalPointsBetweenTwoSamplesIsFound() throws {
        // f′ = 3(x − 1.025)² − 10⁻⁴ is negative only on 1.025 ± 0.00577.
        let e = try FormulaParser.parse("(x - 1.025)^3 - 0.0001 * (x - 1.025)", names: [])
        let p = PropertyAnalysis.analyze(Catalog.interpreted(id: "wiggle", formula: e, parameters: [:]))
        #expect(!p.monotonic)
        #expect(p.undecided.isEmpty)
    }

    @Test func localMinimumInANarrowDipIsExact() throws {
        // The lowest point is in a dip 0.01 wide at x ≈ 2.01, f ≈ 0.8 − 1.
        let e = try FormulaParser.parse("x^2 / (1 + x^2) - exp(-((x - 2.01) / 0.01)^2)", names: [])
        let p = PropertyAnalysis.analyze(Catalog.interpreted(id: "dip", formula: e, parameters: [:]))
        let minimum = try #require(p.minimum)
        #expect(abs(minimum.x - 2.01) < 1e-3)
        #expect(minimum.y < -0.19)
    }
}
