import Diagnostics
import Formula
import Testing

@Suite struct ParseErrorTests {
    func error(_ text: String, names: Set<String> = []) -> FormulaError? {
        do {
            _ = try FormulaParser.parse(text, names: names)
            return nil
        } catch {
            return error
        }
    }

    @Test func unknownFunctionPointsAtItsNameAndSuggestsTheClosest() throws {
        let e = try #require(error("0.5 * tahn(x)"))
        #expect(e.message == "unknown function 'tahn' (did you mean 'tanh'?)")
        #expect(e.range.start == SourceLocation(line: 1, column: 7))
        #expect(e.diagnostic(path: "formula", source: "0.5 * tahn(x)").rendered() == """
            formula:1:7: error: unknown function 'tahn' (did you mean 'tanh'?)
                0.5 * tahn(x)
                      ^~~~
            """)
    }
}
