import Testing
@testable import Diagnostics

@Suite struct DiagnosticRenderingTests {
    @Test func rendersPathLineColumnExcerptCaretAndHint() {
        let diagnostic = Diagnostic(
            path: "Content/activations/gelu.md",
            range: SourceRange(start: .init(line: 4, column: 10), end: .init(line: 4, column: 14)),
            message: "unknown function 'tahn'",
            hint: "did you mean 'tanh'?",
            sourceLine: "formula: tahn(x)"
        )
        #expect(diagnostic.rendered() == """
            Content/activations/gelu.md:4:10: error: unknown function 'tahn'
                formula: tahn(x)
                         ^~~~
            hint: did you mean 'tanh'?
            """)
    }

    @Test func caretCountsUnicodeScalarsNotBytes() {
        let diagnostic = Diagnostic(
            path: "a.md",
            range: SourceRange(at: .init(line: 1, column: 7)),
            message: "unexpected ')'",
            sourceLine: "α·β = )"
        )
        #expect(diagnostic.rendered().split(separator: "\n")[2] == "          ^")
    }

    @Test func withoutPositionPrintsOnlyTheMessage() {
        #expect(Diagnostic(.warning, path: "x.md", message: "no summary").rendered() == "x.md: warning: no summary")
    }

    @Test func sortsByPathThenPosition() {
        let a = Diagnostic(path: "a.md", range: .init(at: .init(line: 9, column: 1)), message: "m")
        let b = Diagnostic(path: "a.md", range: .init(at: .init(line: 10, column: 1)), message: "m")
        let c = Diagnostic(path: "b.md", range: .init(at: .init(line: 1, column: 1)), message: "m")
        #expect([c, b, a].sorted() == [a, b, c])
    }
}

@Suite struct SourceLocationConversionTests {
    @Test func utf8ByteColumnBecomesScalarColumn() {
        // "é" is two bytes; the 'x' after "é " starts at byte 4, scalar 3.
        #expect(SourceLocation.scalarColumn(fromUTF8Column: 4, in: "é x") == 3)
        #expect(SourceLocation.scalarColumn(fromUTF8Column: 1, in: "abc") == 1)
    }

    @Test func formulaColumnIsShiftedToFilePosition() {
        let origin = SourceLocation(line: 3, column: 10)
        #expect(SourceLocation(line: 1, column: 5).relative(to: origin) == SourceLocation(line: 3, column: 14))
    }

    @Test func scalarOffsetBecomesLineAndColumnAcrossCRLF() {
        #expect(SourceLocation.from(scalarOffset: 5, in: "ab\r\ncd") == SourceLocation(line: 2, column: 2))
    }
}

@Suite struct DidYouMeanTests {
    @Test func suggestsTransposition() {
        #expect(DidYouMean.suggestion(for: "tahn", among: ["tanh", "sinh", "exp"]) == "tanh")
    }

    @Test func suggestsNothingForAnUnrelatedWord() {
        #expect(DidYouMean.suggestion(for: "banana", among: ["tanh", "exp"]) == nil)
    }
}
