import Diagnostics
import Formula
import Testing

@Suite struct ParserTests {
    func parse(_ text: String, names: Set<String> = []) throws -> Expression {
        try FormulaParser.parse(text, names: names)
    }

    @Test func everyContentFormulaParsesAndPrintsBackToAnEqualTree() throws {
        for (formula, parameters) in ContentFormulas.all {
            let e = try ContentFormulas.parse(formula, parameters)
            let again = try FormulaParser.parse(e.description, names: Set(parameters.keys))
            #expect(again == e, "\(formula) printed as \(e.description)")
            #expect(e.referencedNames == Set(parameters.keys), "\(formula)")
        }
    }

    @Test func powerIsRightAssociativeAndBindsTighterThanUnaryMinus() throws {
        #expect(try parse("-x^2").evaluate(at: 3.0, parameters: [:]) == -9)
        #expect(try parse("2^3^2").evaluate(at: 0.0, parameters: [:]) == 512)
        #expect(try parse("x^-2").evaluate(at: 2.0, parameters: [:]) == 0.25)
        #expect(try parse("-2^2").evaluate(at: 0.0, parameters: [:]) == -4)
        #expect(try parse("8 / 2 / 2").evaluate(at: 0.0, parameters: [:]) == 2)
        #expect(try parse("8 - 2 - 2").evaluate(at: 0.0, parameters: [:]) == 4)
        #expect(try parse("2 * -x").evaluate(at: 3.0, parameters: [:]) == -6)
    }

    @Test func descriptionUsesTheFewestParentheses() throws {
        #expect(try parse("(x * 2) + (3 * x)").description == "x * 2 + 3 * x")
        #expect(try parse("a - (b - x)", names: ["a", "b"]).description == "a - (b - x)")
        #expect(try parse("(-x)^2").description == "(-x)^2")
        #expect(try parse("-(x^2)").description == "-x^2")
        #expect(try parse("if((x > 0 or x < -1) and x < 5, 1e-05, 2.50)").description == "if((x > 0 or x < -1) and x < 5, 1e-05, 2.5)")
    }

    @Test func negationsOfNegationsPrintWithASpaceAndParseBackWithinTheDepthLimit() throws {
        #expect(try parse("-(-x)").description == "- -x")
        #expect(try parse("-(-2)").description == "- -2")
        #expect(try parse("-(2)").description == "-(2)")
        // 150 nested negations: printed with parentheses they would need 300 levels.
        let deep = try parse(String(repeating: "-", count: 150) + "x")
        let printed = deep.description
        #expect(!printed.contains("("))
        #expect(try parse(printed) == deep)
    }

    @Test func everyNodeCarriesItsSourceRange() throws {
        let e = try parse("0.5 * tanh(x)")
        guard case .binary(.multiply, let a, let b) = e.kind else { Issue.record("shape"); return }
        #expect(e.range == SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 14)))
        #expect(a.range == SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 4)))
        #expect(b.range == SourceRange(start: .init(line: 1, column: 7), end: .init(line: 1, column: 14)))
    }

    @Test func equalityIgnoresSourceRanges() throws {
        #expect(try parse("x+1") == parse("  x  +  1"))
        #expect(try parse("x+1").hashValue == parse("  x  +  1").hashValue)
    }
}
