import Testing
@testable import Formula

/// `displayWidth` ranks formulas by how much room their MathML takes, which is what a page
/// uses it for (the print card widens the cards of long formulas).
@Suite struct DisplayWidthTests {
    private func width(_ formula: String, _ names: Set<String> = [], symbols: [String: String] = [:]) throws -> Double {
        try FormulaParser.parse(formula, names: names).displayWidth(symbols: symbols)
    }

    @Test func longerFormulasAreWider() throws {
        let ordered = ["x", "max(0, x)", "x * sigmoid(1.702 * x)", "0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))"]
        let widths = try ordered.map { try width($0) }
        #expect(widths == widths.sorted())
        #expect(Set(widths).count == widths.count)
    }

    @Test func casesAreAsWideAsTheirWidestRowNotAllRows() throws {
        let two = try width("if(x >= 0, x, 0.01 * x)")
        let three = try width("if(x > 1, x, if(x < -1, 0.01 * x, 0))")
        // Stacked rows: a third case adds no width of its own.
        #expect(abs(three - two) < 1.5)
        #expect(try width("if(x >= 0, x, 0.01 * x) + if(x >= 0, x, 0.01 * x)") > 2 * two)
    }

    @Test func aSymbolIsNarrowerThanTheNameItStandsFor() throws {
        let named = try width("max(0, x) + min(0, alpha * expm1(x / alpha))", ["alpha"])
        let symbol = try width("max(0, x) + min(0, alpha * expm1(x / alpha))", ["alpha"], symbols: ["alpha": "α"])
        #expect(symbol < named)
    }
}
