@testable import Formula
import Testing

@Suite struct TypesetFormulaTests {
    /// Every form from one layout equals the form made on its own, for the formulas of the
    /// content, seeded random formulas and their derivatives, with and without symbols.
    @Test func givesTheFormsEachRendererGivesOnItsOwn() throws {
        var formulas: [(Expression, [String: String])] = []
        for (text, parameters) in ContentFormulas.all {
            let f = try ContentFormulas.parse(text, parameters)
            let symbols = Dictionary(uniqueKeysWithValues: parameters.keys.sorted().enumerated().map { ($1, ["α", "β", "<γ>", "a_1"][$0 % 4]) })
            formulas += [(f, [:]), (f, symbols), (f.derivative(), symbols)]
        }
        var random = RandomFormulas(seed: 77, smoothOnly: false)
        for _ in 0..<300 {
            let f = random.expression(depth: 4)
            formulas += [(f, [:]), (f.derivative(), [:])]
        }
        for (f, symbols) in formulas {
            let typeset = f.typeset(symbols: symbols)
            #expect(typeset.mathML() == f.mathML(symbols: symbols))
            #expect(typeset.mathML(display: false) == f.mathML(symbols: symbols, display: false))
            #expect(typeset.latex == f.latex(symbols: symbols))
            #expect(typeset.displayWidth.bitPattern == f.displayWidth(symbols: symbols).bitPattern)
        }
        #expect(formulas.count > 600)
    }
}
