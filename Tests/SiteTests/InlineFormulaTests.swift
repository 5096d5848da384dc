import Content
import Formula
import Testing
@testable import Site
import TestSupport

/// Inline MathML made from the display form is exactly what rendering inline writes.
@Suite struct InlineFormulaTests {
    @Test func everyContentFormulaWithoutCasesGetsTheInlineRenderingFromItsDisplayForm() throws {
        let content = try #require(ContentLoader(directory: TestSupport.repositoryRoot.appendingPathComponent("Content").path).load().content)
        var derived = 0
        for document in content.activations {
            for expression in [document.formula.expression, document.formula.expression.derivative()] {
                let display = expression.mathML(symbols: document.symbols)
                guard let inline = InlineFormula.inline(fromDisplay: display) else { continue }
                #expect(inline == expression.mathML(symbols: document.symbols, display: false), "\(document.id)")
                derived += 1
            }
        }
        #expect(derived > content.activations.count)
    }

    @Test func aFormulaWithCasesIsNotDerived() throws {
        let display = #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"></mtable></mrow></math>"#
        #expect(InlineFormula.inline(fromDisplay: display) == nil)
        #expect(InlineFormula.inline(fromDisplay: "<math><mi>x</mi></math>") == nil)
    }

    @Test func theOpeningTagIsSwappedAndTheRestKept() {
        let display = InlineFormula.displayStart + "<mi>x</mi><mo>&lt;</mo></math>"
        #expect(InlineFormula.inline(fromDisplay: display) == InlineFormula.inlineStart + "<mi>x</mi><mo>&lt;</mo></math>")
    }
}
