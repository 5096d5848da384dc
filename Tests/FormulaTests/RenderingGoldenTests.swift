import Foundation
import Formula
import Testing
import TestSupport

/// The content formulas rendered to plain text, LaTeX and MathML, with their
/// derivatives, compared with the literal in `RenderingGolden.swift` (checked by eye in
/// a browser). Set NONLIN_RECORD_GOLDEN=1 to rewrite that file; a recording run fails
/// on purpose. (A Swift literal rather than a fixture file, so the test target needs no
/// resources.)
@Suite struct RenderingGoldenTests {
    static let symbols = [
        "negative_slope": "α", "a": "a", "b": "b", "alpha": "α", "lambda": "λ", "beta": "β", "lambd": "λ",
        "lower": "l", "upper": "u", "min_val": "a", "max_val": "b",
    ]

    static func rendered() throws -> String {
        var out = ""
        for (formula, parameters) in ContentFormulas.all {
            let e = try ContentFormulas.parse(formula, parameters)
            let d = e.derivative()
            out += """
                formula: \(formula)
                plain: \(e.plainText(symbols: symbols))
                latex: \(e.latex(symbols: symbols))
                mathml: \(e.mathML(symbols: symbols))
                derivative: \(d.plainText(symbols: symbols))
                derivative-latex: \(d.latex(symbols: symbols))
                derivative-mathml: \(d.mathML(symbols: symbols))


                """
        }
        return out
    }

    @Test func contentFormulasRenderAsTheGoldenFileSays() throws {
        let actual = try Self.rendered()
        if ProcessInfo.processInfo.environment["NONLIN_RECORD_GOLDEN"] == "1" {
            let source = "/// Recorded by RenderingGoldenTests with NONLIN_RECORD_GOLDEN=1; checked by eye.\n"
                + "let renderingGolden = ##\"\"\"\n" + actual + "\n\"\"\"##\n"
            try source.write(to: TestSupport.repositoryRoot.appendingPathComponent("Tests/FormulaTests/RenderingGolden.swift"),
                             atomically: true, encoding: .utf8)
            Issue.record("recorded RenderingGolden.swift; run again without NONLIN_RECORD_GOLDEN")
            return
        }
        let expected = renderingGolden
        let actualBlocks = actual.components(separatedBy: "\n\n"), expectedBlocks = expected.components(separatedBy: "\n\n")
        #expect(actualBlocks.count == expectedBlocks.count)
        for (a, b) in zip(actualBlocks, expectedBlocks) {
            #expect(a == b)
        }
    }
}
