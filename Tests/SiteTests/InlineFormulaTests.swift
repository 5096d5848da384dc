import Content
import Formula
import Testing
@testable import Site
import TestSupport

/// Inline MathML made from the display form is exactly what rendering inline writes.
@Suite struct InlineFormulaTests {
    @Test func everyContentFormulaGetsTheInlineRenderingFromItsDisplayForm() throws {
        let content = try #require(ContentLoader(directory: TestSupport.repositoryRoot.appendingPathComponent("Content").path).load().content)
        var withCases = 0
        for document in content.activations {
            for expression in [document.formula.expression, document.formula.expression.derivative()] {
                let display = expression.mathML(symbols: document.symbols)
                let inline = try #require(InlineFormula.inline(fromDisplay: display), "\(document.id)")
                #expect(inline == expression.mathML(symbols: document.symbols, display: false), "\(document.id)")
                if display.contains("<mtable") { withCases += 1 }
            }
        }
        #expect(withCases > 0, "Content/ has formulas with cases, so the cases' tags are checked too")
    }

    @Test func theCasesOfABraceLoseTheirDisplayStyle() {
        let cases = #"<mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd><mi>x</mi></mtd></mtr></mtable></mrow>"#
        let display = InlineFormula.displayStart + cases + cases + "</math>"
        let inline = InlineFormula.inlineStart + #"<mrow><mo>{</mo><mtable><mtr><mtd><mi>x</mi></mtd></mtr></mtable></mrow>"#
        #expect(InlineFormula.inline(fromDisplay: display) == inline + #"<mrow><mo>{</mo><mtable><mtr><mtd><mi>x</mi></mtd></mtr></mtable></mrow></math>"#)
    }

    @Test func mathMLNotWrittenByExpressionIsNotDerived() {
        #expect(InlineFormula.inline(fromDisplay: "<math><mi>x</mi></math>") == nil)
    }

    @Test func theOpeningTagIsSwappedAndTheRestKept() {
        let display = InlineFormula.displayStart + "<mi>x</mi><mo>&lt;</mo></math>"
        #expect(InlineFormula.inline(fromDisplay: display) == InlineFormula.inlineStart + "<mi>x</mi><mo>&lt;</mo></math>")
    }
}
