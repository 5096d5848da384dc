import Diagnostics
import Foundation
import Testing
@testable import Content
import TestSupport

/// The broken-content corpus: every folder under `Fixtures/broken/` is a complete content
/// folder (site.yml, activations/) with one mistake. Loading it must fail with the listed
/// first error, at the listed `path:line:column` where the mistake has a position, and
/// never crash or hang. Inputs too big or too strange to commit (5 MB files, 10,000-deep
/// nesting, symbolic link loops, pipes, unreadable files, bytes that are not UTF-8) are
/// made by the tests in temporary folders. The `legal-…` folders must simply load.
@Suite(.timeLimit(.minutes(1))) struct BrokenContentTests {
    /// A fixture folder and the first line of its first error, with paths relative to the folder.
    struct Case: Sendable, CustomTestStringConvertible {
        var folder: String
        var firstError: String
        var testDescription: String { folder }
    }

    static let cases: [Case] = [
        // YAML syntax
        Case(folder: "yaml-unclosed-flow-sequence", firstError: "activations/example.md:4:8: error: invalid YAML: did not find expected ',' or ']'"),
        Case(folder: "yaml-tab-indentation", firstError: "activations/example.md:5:1: error: invalid YAML: found character that cannot start any token"),
        Case(folder: "yaml-unquoted-colon", firstError: "activations/example.md:3:17: error: invalid YAML: mapping values are not allowed in this context"),
        Case(folder: "yaml-undefined-alias", firstError: "activations/example.md:4:10: error: invalid YAML: found undefined alias"),
        Case(folder: "yaml-duplicate-key", firstError: "activations/example.md:4:1: error: duplicate key 'name'"),
        Case(folder: "yaml-duplicate-key-in-flow-mapping", firstError: "activations/example.md:5:30: error: duplicate key 'default'"),
        Case(folder: "yaml-front-matter-is-a-list", firstError: "activations/example.md:2:1: error: the front matter must be a mapping of keys to values"),
        // Front matter fences and line endings
        Case(folder: "missing-front-matter", firstError: "activations/example.md:1:1: error: missing front matter"),
        Case(folder: "unclosed-front-matter", firstError: "activations/example.md:1:1: error: front matter is never closed"),
        Case(folder: "empty-front-matter", firstError: "activations/example.md:2:1: error: the front matter is empty"),
        // Wrong types
        Case(folder: "name-is-a-list", firstError: "activations/example.md:2:7: error: name must be text, not a list"),
        Case(folder: "year-is-text", firstError: "activations/example.md:4:7: error: year must be a whole number, got 'soon'"),
        Case(folder: "year-implausible", firstError: "activations/example.md:4:7: error: year 20016 is not plausible"),
        Case(folder: "default-is-text", firstError: "activations/example.md:5:16: error: the default of 'k' must be a number, got 'one'"),
        Case(folder: "default-is-infinite", firstError: "activations/example.md:5:16: error: the default of 'k' must be a number, got '1e999'"),
        Case(folder: "learnable-is-not-bool", firstError: "activations/example.md:5:30: error: learnable must be true or false, got 'maybe'"),
        Case(folder: "related-is-text", firstError: "activations/example.md:4:10: error: related must be a list"),
        Case(folder: "plot-range-reversed", firstError: "activations/example.md:4:11: error: plot.x must have a finite lower end below its upper end"),
        Case(folder: "paper-url-not-http", firstError: "activations/example.md:6:8: error: the paper's url must start with https:// or http://"),
        // Missing and unknown fields
        Case(folder: "missing-name", firstError: "activations/example.md:1:1: error: missing required field 'name'"),
        Case(folder: "missing-formula", firstError: "activations/example.md:1:1: error: missing required field 'formula'"),
        Case(folder: "unknown-field", firstError: "activations/example.md:4:1: error: unknown key 'yaer' in the front matter"),
        Case(folder: "unknown-parameter-key", firstError: "activations/example.md:5:19: error: unknown key 'symbl' in parameter 'k'"),
        Case(folder: "unknown-framework", firstError: "activations/example.md:5:3: error: unknown framework 'pytroch'"),
        Case(folder: "parameter-without-default", firstError: "activations/example.md:5:3: error: parameter 'k' has no default"),
        Case(folder: "parameter-named-x", firstError: "activations/example.md:5:3: error: parameter name 'x' is reserved by the formula language"),
        Case(folder: "parameter-name-not-identifier", firstError: "activations/example.md:5:3: error: 'slope-2' is not a valid parameter name"),
        Case(folder: "constant-name-reserved", firstError: "activations/example.md:5:3: error: constant name 'pi' is reserved by the formula language"),
        // Markdown body
        Case(folder: "missing-summary", firstError: "activations/example.md:5:1: error: the summary paragraph is missing"),
        Case(folder: "missing-pros-section", firstError: "activations/example.md:5:1: error: missing section '## Pros'"),
        Case(folder: "pros-not-a-list", firstError: "activations/example.md:12:1: error: section 'Pros' must be a list"),
        Case(folder: "empty-cons-section", firstError: "activations/example.md:16:1: error: section 'Cons' is empty"),
        // Formulas, at the character in the file whatever the YAML scalar's style
        Case(folder: "formula-unknown-function", firstError: "activations/example.md:3:10: error: unknown function 'tahn' (did you mean 'tanh'?)"),
        Case(folder: "formula-unbalanced-parenthesis", firstError: "activations/example.md:3:10: error: expected ')' to close this call to 'max'"),
        Case(folder: "formula-quoted-error", firstError: "activations/example.md:3:13: error: '**' is not an operator"),
        Case(folder: "formula-single-quoted-error", firstError: "activations/example.md:3:15: error: unexpected character '''"),
        Case(folder: "formula-double-quoted-escape-error", firstError: "activations/example.md:3:16: error: unknown function 'tahn' (did you mean 'tanh'?)"),
        Case(folder: "formula-block-scalar-error", firstError: "activations/example.md:6:8: error: expected an operator between '2' and 'x'"),
        Case(folder: "formula-folded-scalar-error", firstError: "activations/example.md:5:9: error: unknown function 'tahn' (did you mean 'tanh'?)"),
        Case(folder: "formula-plain-multiline-error", firstError: "activations/example.md:4:5: error: unknown function 'tahn' (did you mean 'tanh'?)"),
        Case(folder: "formula-undeclared-parameter", firstError: "activations/example.md:3:10: error: unknown name 'alpha'"),
        Case(folder: "formula-unused-parameter", firstError: "activations/example.md:5:3: error: parameter 'alpha' is declared but the formula does not use it"),
        Case(folder: "formula-wrong-arity", firstError: "activations/example.md:3:10: error: 'max' takes 2 arguments, but 1 was given"),
        Case(folder: "formula-comparison-outside-if", firstError: "activations/example.md:3:12: error: comparison '>' outside a condition"),
        Case(folder: "formula-empty", firstError: "activations/example.md:3:11: error: the formula is empty"),
        // Found by the content fuzzer: a lone CR ends a line for the UTF-8 check too
        Case(folder: "fuzz-lone-cr-before-invalid-utf8", firstError: "activations/example.md:2:10: error: file is not valid UTF-8"),
        // Ids and references between files
        Case(folder: "duplicate-id", firstError: "activations/more/example.md: error: duplicate activation id 'example' (also activations/example.md)"),
        Case(folder: "related-id-missing", firstError: "activations/example.md:4:11: error: related names 'exampel', which is not an activation"),
        Case(folder: "related-path-traversal", firstError: "activations/example.md:4:11: error: related names '../../etc/passwd', which is not an activation"),
        Case(folder: "approximates-missing", firstError: "activations/example.md:4:15: error: approximates names 'gelu', which is not an activation"),
        Case(folder: "approximates-itself", firstError: "activations/example.md:4:15: error: an activation cannot approximate itself"),
        Case(folder: "id-with-spaces", firstError: "activations/leaky relu.md: error: 'leaky relu' is not a valid activation id"),
        Case(folder: "id-with-dots", firstError: "activations/relu..v2.md: error: 'relu..v2' is not a valid activation id"),
        Case(folder: "id-uppercase", firstError: "activations/ReLU.md: error: 'ReLU' is not a valid activation id"),
        Case(folder: "no-activations-folder", firstError: "activations: error: activations folder not found or unreadable"),
        // site.yml
        Case(folder: "site-missing", firstError: "site.yml: error: file not found"),
        Case(folder: "site-yml-is-a-folder", firstError: "site.yml: error: not a regular file"),
        Case(folder: "site-missing-title", firstError: "site.yml:1:1: error: missing required field 'title'"),
        Case(folder: "site-invalid-yaml", firstError: "site.yml:3:1: error: invalid YAML: did not find expected ',' or ']'"),
        Case(folder: "site-bad-base-url", firstError: "site.yml:2:11: error: base_url must be an absolute http(s) URL"),
        Case(folder: "site-unknown-key", firstError: "site.yml:3:1: error: unknown key 'theme' in site.yml"),
        Case(folder: "site-comparison-member-missing", firstError: "site.yml:6:24: error: comparison 'pair' names 'othr', which is not an activation"),
        Case(folder: "site-comparison-slug-with-slash", firstError: "site.yml:4:11: error: '../pair' is not a valid slug"),
    ]

    static let legalFolders = [
        "legal-crlf-line-endings", "legal-cr-line-endings", "legal-byte-order-mark", "legal-script-in-name-and-summary",
    ]

    static func folder(_ name: String) -> String {
        TestSupport.fixtureURL("ContentTests", "broken/\(name)").path
    }

    /// Loads `directory` and returns the content and the diagnostics rendered with
    /// paths relative to it.
    static func load(_ directory: String) -> (content: LoadedContent?, diagnostics: [Diagnostic], rendered: [String]) {
        let (content, diagnostics) = ContentLoader(directory: directory).load()
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let rendered = diagnostics.map { $0.rendered().replacingOccurrences(of: prefix, with: "") }
        return (content, diagnostics, rendered)
    }

    static func firstErrorLine(_ result: (content: LoadedContent?, diagnostics: [Diagnostic], rendered: [String])) -> String? {
        zip(result.diagnostics, result.rendered).first { $0.0.severity == .error }
            .flatMap { $0.1.split(separator: "\n").first.map(String.init) }
    }

    @Test(arguments: cases)
    func brokenFolderFailsWithItsFirstErrorAtItsPosition(_ testCase: Case) throws {
        let result = Self.load(Self.folder(testCase.folder))
        #expect(result.content == nil)
        #expect(Self.firstErrorLine(result) == testCase.firstError, "all: \(result.rendered.joined(separator: "\n"))")
    }

    @Test func everyFixtureFolderIsListedInATest() throws {
        let root = TestSupport.fixtureURL("ContentTests", "broken").path
        let folders = try FileManager.default.contentsOfDirectory(atPath: root).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.cases.map(\.folder) + Self.legalFolders))
        #expect(folders.count >= 40)
    }

    @Test(arguments: cases.map(\.folder))
    func everyPositionPointsIntoItsFile(_ name: String) throws {
        for diagnostic in ContentLoader(directory: Self.folder(name)).load().diagnostics {
            guard let path = diagnostic.path, let range = diagnostic.range else { continue }
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            let lines = SourceText(path: path, text: text).lines
            #expect((1...lines.count).contains(range.start.line), "\(diagnostic)")
            let width = lines[range.start.line - 1].unicodeScalars.count
            #expect((1...width + 1).contains(range.start.column), "\(diagnostic)")
            #expect(diagnostic.sourceLine != nil, "a positioned diagnostic quotes its line: \(diagnostic)")
        }
    }

    // MARK: Legal input that must simply work

    @Test(arguments: legalFolders)
    func legalFolderLoadsWithoutDiagnostics(_ name: String) throws {
        let result = Self.load(Self.folder(name))
        #expect(result.rendered.isEmpty)
        let content = try #require(result.content)
        #expect(content.activations.map(\.id) == ["example"])
        #expect(content.site.title == "Broken")
    }

    @Test(arguments: ["legal-crlf-line-endings", "legal-cr-line-endings", "legal-byte-order-mark"])
    func lineEndingsAndByteOrderMarkReadLikePlainText(_ name: String) throws {
        let document = try #require(Self.load(Self.folder(name)).content?.activation("example"))
        #expect(document.name == "Example")
        #expect(document.formula.text == "max(0, x)")
        #expect(document.formula.location == SourceLocation(line: 3, column: 10))
        #expect(document.body.summaryHTML == "<p>Summary.</p>\n")
        #expect(document.body.section("Pros")?.listItems == ["Pro"])
        #expect(document.body.section("Pros")?.location == SourceLocation(line: 12, column: 1))
    }

    @Test func markupInNameIsKeptVerbatimAndRawHTMLInTheBodyIsDropped() throws {
        let document = try #require(Self.load(Self.folder("legal-script-in-name-and-summary")).content?.activation("example"))
        // Names are text: the site escapes them when it renders a page.
        #expect(document.name == "<script>alert(1)</script>")
        #expect(document.fullName == "<b onmouseover='x()'>Bold</b>")
        // The body is Markdown rendered by cmark in safe mode: no raw HTML, no javascript: link.
        let summary = document.body.summaryHTML
        #expect(!summary.contains("<script"))
        #expect(!summary.contains("<div"))
        #expect(!summary.contains("javascript:"))
        #expect(summary.contains("<!-- raw HTML omitted -->"))
        #expect(summary.contains("<a href=\"\">a link</a>"))
    }

    @Test func rawHTMLPassesOnlyWhenTheSiteAllowsIt() throws {
        let directory = try Self.copyOfFixture("legal-script-in-name-and-summary")
        try "title: Broken\nbase_url: https://example.org/\nallow_raw_html: true\n"
            .write(toFile: directory + "/site.yml", atomically: true, encoding: .utf8)
        let document = try #require(Self.load(directory).content?.activation("example"))
        #expect(document.body.summaryHTML.contains("<script>alert(1)</script>"))
    }

    static func copyOfFixture(_ name: String) throws -> String {
        let directory = try TestSupport.temporaryDirectory("broken-copy").appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: folder(name), toPath: directory)
        return directory
    }
}
