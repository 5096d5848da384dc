import Testing
@testable import Content
import Diagnostics

@Suite struct MarkdownBodyTests {
    @Test func summaryIsEverythingBeforeTheFirstSecondLevelHeading() {
        let body = MarkdownBody(markdown: "First *para*.\n\nSecond.\n\n## Pros\n\n- a\n")
        #expect(body.summaryHTML == "<p>First <em>para</em>.</p>\n<p>Second.</p>\n")
        #expect(body.sections.map(\.title) == ["Pros"])
    }

    @Test func listItemsKeepTheirRenderedInlineHTMLWithoutTheListItemWrapper() {
        let body = MarkdownBody(markdown: "## Pros\n\n- Keeps a gradient of `α`\n- *Cheap* [link](https://x.org)\n")
        #expect(body.section("Pros")?.listItems == [
            "Keeps a gradient of <code>α</code>",
            "<em>Cheap</em> <a href=\"https://x.org\">link</a>",
        ])
    }

    @Test func looseListItemsKeepTheirParagraphs() {
        let body = MarkdownBody(markdown: "## Cons\n\n- one\n\n- two\n")
        #expect(body.section("Cons")?.listItems == ["<p>one</p>", "<p>two</p>"])
    }

    @Test func sectionLocationsAreFileLinesWhenTheBodyStartsLater() {
        let body = MarkdownBody(markdown: "Summary.\n\n## Pros\n\n- a\n", firstLine: 10)
        #expect(body.section("pros")?.location == SourceLocation(line: 12, column: 1))
        #expect(body.summaryLocation == SourceLocation(line: 10, column: 1))
    }

    @Test func rawHTMLIsOmittedUnlessAllowed() {
        let markdown = "Hi <script>alert(1)</script> there.\n"
        #expect(!MarkdownBody(markdown: markdown).summaryHTML.contains("<script>"))
        #expect(MarkdownBody(markdown: markdown, allowRawHTML: true).summaryHTML.contains("<script>"))
    }

    @Test func javascriptLinksAreDroppedInSafeMode() {
        let html = MarkdownBody(markdown: "[x](javascript:alert(1))\n").summaryHTML
        #expect(!html.contains("javascript:"))
    }

    @Test func deeplyNestedMarkdownDoesNotOverflowTheStack() {
        let markdown = String(repeating: ">", count: 10_000) + " deep\n"
        let body = MarkdownBody(markdown: markdown)
        #expect(body.summaryHTML.contains("deep"))
    }

    @Test func smartPunctuationIsApplied() {
        #expect(MarkdownBody(markdown: "It's \"quoted\" -- ok\n").summaryHTML == "<p>It’s “quoted” – ok</p>\n")
    }
}

@Suite struct FrontMatterSplitTests {
    @Test func splitsAtFencesAndKnowsWhereEachPartStarts() throws {
        let split = try FrontMatterSplit.split("---\nname: A\nformula: x\n---\n\nBody\n").get()
        #expect(split.yaml == "name: A\nformula: x")
        #expect(split.yamlFirstLine == 2)
        #expect(split.bodyFirstLine == 5)
        #expect(split.body == "\nBody\n")
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let split = try FrontMatterSplit.split("\u{FEFF}---\r\nname: A\r\n---\r\nBody\r\n").get()
        #expect(split.yaml == "name: A")
        #expect(split.body == "Body\n")
    }

    @Test func reportsAMissingClosingFence() {
        #expect(throws: FrontMatterSplit.Problem.missingClosingFence(openingLine: 1)) {
            try FrontMatterSplit.split("---\nname: A\n").get()
        }
    }
}
