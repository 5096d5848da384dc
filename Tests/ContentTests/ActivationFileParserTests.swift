import Foundation
import Testing
@testable import Content
import Diagnostics
import TestSupport

@Suite struct ActivationFileParserTests {
    func parse(_ text: String, id: String = "leaky-relu") -> (ActivationDocument?, [Diagnostic]) {
        let result = ActivationFileParser.parse(id: id, path: "Content/activations/\(id).md", text: text)
        return (result.document, result.diagnostics)
    }

    func fixture() throws -> String { try TestSupport.fixture("ContentTests", "leaky.md") }

    @Test func readsFrontMatterAndSectionsOfAWellFormedFile() throws {
        let (document, diagnostics) = parse(try fixture())
        #expect(diagnostics.isEmpty)
        let doc = try #require(document)
        #expect(doc.name == "Leaky ReLU")
        #expect(doc.aliases == ["LReLU"])
        #expect(doc.parameters.map(\.name) == ["negative_slope"])
        #expect(doc.parameters.first?.symbol == "α")
        #expect(doc.defaultValues == ["negative_slope": 0.01])
        #expect(doc.formula.location == SourceLocation(line: 5, column: 10))
        #expect(doc.frameworks.map(\.name) == ["torch.nn.LeakyReLU", "keras.layers.LeakyReLU", "keras.activations.leaky_relu"])
        #expect(doc.frameworks.map(\.defaults) == ["negative_slope=0.01", "negative_slope=0.3", "negative_slope=0.2"])
        #expect(doc.body.summaryHTML == "<p>Like ReLU, but lets a <em>small</em> slope through for negative inputs.</p>\n")
        #expect(doc.body.section("Pros")?.listItems == ["Keeps a gradient of <code>α</code> for x &lt; 0", "As cheap as ReLU"])
        #expect(doc.body.section("Cons")?.listItems == ["One more hyperparameter"])
        #expect(doc.body.section("Problem it solves")?.html == "<p>Units that never activate stop learning.</p>\n")
    }

    @Test func formulaErrorPointsAtTheCharacterInTheFile() throws {
        let text = try fixture().replacingOccurrences(of: "formula: if(x >= 0, x, negative_slope * x)",
                                                      with: "formula: tahn(x) + negative_slope")
        let (document, diagnostics) = parse(text)
        #expect(document == nil)
        let error = try #require(diagnostics.first { $0.message.contains("tahn") })
        #expect(error.range?.start == SourceLocation(line: 5, column: 10))
        #expect(error.rendered().hasPrefix("Content/activations/leaky-relu.md:5:10: error: "))
        #expect(error.rendered().contains("tanh"))
    }

    @Test func quotedFormulaIsShiftedOneColumn() throws {
        let text = try fixture().replacingOccurrences(of: "formula: if(x >= 0, x, negative_slope * x)",
                                                      with: "formula: \"tahn(x) + negative_slope\"")
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.first { $0.message.contains("tahn") }?.range?.start == SourceLocation(line: 5, column: 11))
    }

    @Test func unknownKeyGetsADidYouMean() throws {
        let text = try fixture().replacingOccurrences(of: "year: 2013", with: "yaer: 2013")
        let (_, diagnostics) = parse(text)
        let error = try #require(diagnostics.first)
        #expect(error.message == "unknown key 'yaer' in the front matter")
        #expect(error.hint == "did you mean 'year'?")
        #expect(error.range?.start == SourceLocation(line: 8, column: 1))
    }

    @Test func wrongTypesAreReportedAtTheirValues() throws {
        let text = try fixture()
            .replacingOccurrences(of: "default: 0.01", with: "default: small")
            .replacingOccurrences(of: "learnable: false", with: "learnable: maybe")
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.map(\.message) == [
            "the default of 'negative_slope' must be a number, got 'small'",
            "learnable must be true or false, got 'maybe'",
        ])
        #expect(diagnostics.allSatisfy { $0.range?.start.line == 7 })
    }

    @Test func declaredButUnusedParameterIsAnError() throws {
        let text = try fixture().replacingOccurrences(of: "negative_slope * x)", with: "0.01 * x)")
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.map(\.message) == ["parameter 'negative_slope' is declared but the formula does not use it"])
        #expect(diagnostics.first?.range?.start == SourceLocation(line: 7, column: 3))
    }

    @Test func missingRequiredSectionsAndSummaryAreAllReported() throws {
        let text = "---\nname: X\nformula: x\n---\n\n## Pros\n\n- a\n"
        let (document, diagnostics) = parse(text, id: "x")
        #expect(document == nil)
        let errors = diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors == ["the summary paragraph is missing", "missing section '## Problem it solves'", "missing section '## Cons'"])
    }

    @Test func prosMustBeAList() throws {
        let text = try fixture().replacingOccurrences(of: "- Keeps a gradient of `α` for x < 0\n- As cheap as ReLU", with: "Just prose.")
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.map(\.message) == ["section 'Pros' must be a list"])
    }

    @Test func tabIndentationGetsAPositionedYAMLErrorWithAHint() throws {
        let text = try fixture().replacingOccurrences(of: "  negative_slope:", with: "\tnegative_slope:")
        let (_, diagnostics) = parse(text)
        let error = try #require(diagnostics.first)
        #expect(error.message.hasPrefix("invalid YAML"))
        #expect(error.range?.start.line == 7)
        #expect(error.hint?.contains("tabs") == true)
    }

    @Test func invalidIDIsRejected() throws {
        let (_, diagnostics) = parse(try fixture(), id: "Leaky ReLU")
        #expect(diagnostics.first?.message == "'Leaky ReLU' is not a valid activation id")
    }

    @Test func byteOrderMarkAndCRLFSimplyWork() throws {
        let text = "\u{FEFF}" + (try fixture()).replacingOccurrences(of: "\n", with: "\r\n")
        let (document, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        #expect(document?.body.section("Pros")?.listItems.count == 2)
    }
}

@Suite struct ContentLoaderTests {
    @Test func loadsAFolderWithSiteIntroAndActivations() throws {
        let directory = TestSupport.fixtureURL("ContentTests", "minimal-site").path
        let (content, diagnostics) = ContentLoader(directory: directory).load()
        #expect(diagnostics.isEmpty)
        let loaded = try #require(content)
        #expect(loaded.activations.map(\.id) == ["leaky-relu", "relu"])
        #expect(loaded.site.title == "Test Site")
        #expect(loaded.site.comparisons.first?.members.map(\.id) == ["relu", "leaky-relu"])
        #expect(loaded.introHTML == "<p>Activations <em>matter</em>.</p>\n")
    }

    @Test func danglingRelatedIDIsReportedWithASuggestion() throws {
        let folder = try TestSupport.temporaryDirectory()
        try FileManager.default.copyItem(at: TestSupport.fixtureURL("ContentTests", "minimal-site"), to: folder.appendingPathComponent("c"))
        let relu = folder.appendingPathComponent("c/activations/relu.md")
        let text = try String(contentsOf: relu, encoding: .utf8).replacingOccurrences(of: "related: [leaky-relu]", with: "related: [leaky-rlu]")
        try text.write(to: relu, atomically: true, encoding: .utf8)
        let (content, diagnostics) = ContentLoader(directory: folder.appendingPathComponent("c").path).load()
        #expect(content == nil)
        #expect(diagnostics.map(\.message) == ["related names 'leaky-rlu', which is not an activation"])
        #expect(diagnostics.first?.hint == "did you mean 'leaky-relu'?")
        #expect(diagnostics.first?.range?.start == SourceLocation(line: 11, column: 11))
    }
}
