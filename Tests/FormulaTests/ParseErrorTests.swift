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

    /// A malformed formula, where its error must point, and what it must say.
    struct Case: CustomStringConvertible, Sendable {
        var formula: String
        var names: Set<String> = []
        var line = 1
        var column: Int
        var message: String
        var hint: String? = nil
        var description: String { formula.debugDescription }
    }

    static let cases: [Case] = [
        Case(formula: "", column: 1, message: "the formula is empty"),
        Case(formula: "   ", column: 4, message: "the formula is empty"),
        Case(formula: "(x + 1", column: 1, message: "expected ')' to close this '('"),
        Case(formula: "((x + 1) * 2", column: 1, message: "expected ')' to close this '('"),
        Case(formula: "x + 1)", column: 6, message: "unmatched ')'"),
        Case(formula: "max(0, x", column: 1, message: "expected ')' to close this call to 'max'"),
        Case(formula: "x +", column: 4, message: "expected a value after '+', but the formula ends"),
        Case(formula: "0.5 * x *", column: 10, message: "expected a value after '*', but the formula ends"),
        Case(formula: "x ^", column: 4, message: "expected a value after '^', but the formula ends"),
        Case(formula: "0.5 * tahn(x)", column: 7, message: "unknown function 'tahn' (did you mean 'tanh'?)"),
        Case(formula: "x * sigmod(x)", column: 5, message: "unknown function 'sigmod' (did you mean 'sigmoid'?)"),
        Case(formula: "relu(x)", column: 1, message: "unknown function 'relu'", hint: "the functions are"),
        Case(formula: "max(x)", column: 1, message: "'max' takes 2 arguments, but 1 was given", hint: "write max(a, b)"),
        Case(formula: "tanh(x, 1)", column: 1, message: "'tanh' takes 1 argument, but 2 were given"),
        Case(formula: "x * clamp(x, 0)", column: 5, message: "'clamp' takes 3 arguments, but 2 were given", hint: "write clamp(x, lo, hi)"),
        Case(formula: "if(x > 0, 1)", column: 1, message: "'if' takes 3 arguments, but 2 were given"),
        Case(formula: "sqrt()", column: 1, message: "'sqrt' takes 1 argument, but 0 were given"),
        Case(formula: "x > 0", column: 3, message: "comparison '>' outside a condition", hint: "first argument of 'if'"),
        Case(formula: "max(0, x >= 1)", column: 10, message: "comparison '>=' outside a condition"),
        Case(formula: "if(x > 0, x < 1, 0)", column: 13, message: "comparison '<' outside a condition"),
        Case(formula: "x and 1", column: 3, message: "'and' outside a condition"),
        Case(formula: "alpha * x", column: 1, message: "unknown name 'alpha'", hint: "declared in the front matter"),
        Case(formula: "alhpa * x", names: ["alpha"], column: 1, message: "unknown name 'alhpa' (did you mean 'alpha'?)"),
        Case(formula: "1e", column: 2, message: "expected digits after the exponent 'e' in a number"),
        Case(formula: "2e+ * x", column: 2, message: "expected digits after the exponent 'e' in a number"),
        Case(formula: "1. + x", column: 3, message: "expected a digit after the decimal point"),
        Case(formula: "1e999 * x", column: 1, message: "the number '1e999' is too large"),
        Case(formula: "2 x", column: 3, message: "expected an operator between '2' and 'x'", hint: "'2 * x'"),
        Case(formula: "x (1 + x)", column: 1, message: "'x' is not a function", hint: "'x * (…)'"),
        Case(formula: "2 (1 + x)", column: 3, message: "expected an operator between '2' and '('"),
        Case(formula: "x ** 2", column: 3, message: "'**' is not an operator", hint: "'^'"),
        Case(formula: "if(x == 0, 1, 0)", column: 6, message: "'==' is not a comparison of the formula language"),
        Case(formula: "if(x, 1, 0)", column: 4, message: "the first argument of 'if' must be a condition"),
        Case(formula: "if(0 < x < 1, 1, 0)", column: 10, message: "comparisons cannot be chained", hint: "'0 < x and x < 1'"),
        Case(formula: "if(x > 0 and 1, 1, 0)", column: 14, message: "'and' joins comparisons, but this is a number"),
        Case(formula: "if((x > 0) + 1 > 0, 1, 0)", column: 4, message: "a condition cannot be used as a number with '+'"),
        Case(formula: "tanh", column: 1, message: "'tanh' is a function; call it with its arguments"),
        Case(formula: "alpha(x + 1)", names: ["alpha"], column: 1, message: "'alpha' is not a function", hint: "'alpha * (…)'"),
        Case(formula: "x + α", column: 5, message: "unexpected character 'α'", hint: "ASCII"),
        Case(formula: "x \u{2212} 1", column: 3, message: "unexpected character '\u{2212}'", hint: "'-'"),
        Case(formula: "+x", column: 1, message: "unary '+' is not part of the formula language"),
        Case(formula: "max(0, )", column: 6, message: "expected an argument after this ','"),
        Case(formula: "max(0 x)", column: 7, message: "expected an operator between '0' and 'x'"),
        Case(formula: "(x, 1)", column: 3, message: "',' inside parentheses that are not a function call"),
        Case(formula: "x, 1", column: 2, message: "',' outside the arguments of a function call"),
        Case(formula: "x +\n", line: 2, column: 1, message: "expected a value after '+', but the formula ends"),
        Case(formula: "x +\n  tahn(x)", line: 2, column: 3, message: "unknown function 'tahn' (did you mean 'tanh'?)"),
    ]

    @Test(arguments: cases)
    func malformedFormulaIsRejectedAtTheRightCharacter(_ c: Case) throws {
        let e = try #require(error(c.formula, names: c.names), "\(c.formula) parsed")
        #expect(e.message == c.message)
        #expect(e.range.start == SourceLocation(line: c.line, column: c.column))
        if let hint = c.hint {
            #expect(e.hint?.contains(hint) == true, "hint: \(e.hint ?? "none")")
        }
    }

    @Test func atLeastTwentyFiveMalformedFormulasAreCovered() {
        #expect(Self.cases.count >= 25)
    }

    @Test func aHundredThousandNestedParenthesesGiveAnErrorNotACrash() throws {
        let deep = String(repeating: "(", count: 100_000) + "x" + String(repeating: ")", count: 100_000)
        let e = try #require(error(deep))
        #expect(e.message == "the formula is nested too deeply (more than 200 levels)")
        #expect(e.range.start.column <= FormulaLanguage.maximumDepth + 1)
        let calls = String(repeating: "tanh(", count: 100_000) + "x" + String(repeating: ")", count: 100_000)
        #expect(error(calls)?.message == "the formula is nested too deeply (more than 200 levels)")
        let minus = String(repeating: "-", count: 100_000) + "x"
        #expect(error(minus)?.message == "the formula is nested too deeply (more than 200 levels)")
        let powers = Array(repeating: "x", count: 100_000).joined(separator: "^")
        #expect(error(powers)?.message == "the formula is nested too deeply (more than 200 levels)")
    }

    @Test func aLongFlatSumIsLimitedByTheDepthOfItsTree() throws {
        let sum = Array(repeating: "x", count: 100_000).joined(separator: " + ")
        #expect(error(sum)?.message == "the formula is nested too deeply (more than 200 levels)")
        // Just under the limit everything still works: parse, derivative, rendering, JavaScript.
        let nested = String(repeating: "tanh(", count: 190) + "x" + String(repeating: ")", count: 190)
        let e = try FormulaParser.parse(nested, names: [])
        #expect(e.derivative().evaluate(at: 0.0, parameters: [:]) == 1)
        #expect(!e.mathML(symbols: [:]).isEmpty)
        #expect(!e.javaScript(parameters: []).isEmpty)
        #expect(e.breakpoints(parameters: [:], in: -1...1).isEmpty)
    }

    @Test func unknownFunctionRendersAsACompilerStyleDiagnostic() throws {
        let e = try #require(error("0.5 * tahn(x)"))
        #expect(e.diagnostic(path: "formula", source: "0.5 * tahn(x)").rendered() == """
            formula:1:7: error: unknown function 'tahn' (did you mean 'tanh'?)
                0.5 * tahn(x)
                      ^~~~
            """)
        #expect(e.description == "1:7: error: unknown function 'tahn' (did you mean 'tanh'?)")
    }

    @Test func columnsCountUnicodeScalars() throws {
        let e = try #require(error("x + é"))
        #expect(e.range.start == SourceLocation(line: 1, column: 5))
    }
}
