import Foundation
import Testing
@testable import Site
import TestSupport

/// Builds the fixture site with the real templates and checks what came out.
@Suite struct SiteBuildTests {
    let content = TestSupport.fixtureURL("ContentTests", "minimal-site").path
    let templates = TestSupport.repositoryRoot.appendingPathComponent("Templates").path

    func build(into output: URL, templates: String? = nil, content: String? = nil) -> SiteBuilder.Report {
        SiteBuilder(options: .init(content: content ?? self.content, templates: templates ?? self.templates,
                                   output: output.path)).build()
    }

    func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func homePageHasAComputedRowPerActivation() throws {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        let report = build(into: output)
        #expect(report.succeeded, "\(report.diagnostics)")
        let home = try read(output, "index.html")
        #expect(home.contains("<tr id=\"row-relu\""))
        #expect(home.contains("<a href=\"activations/relu/\">ReLU</a>"))
        // Range and monotonicity are computed by the core, not written in the fixture.
        let reluRow = try #require(home.components(separatedBy: "<tr id=\"row-relu\"").last?.components(separatedBy: "</tr>").first)
        #expect(reluRow.contains(">[0, ∞)<"))
        // Every cell carries the key the table sorts by; numbers are marked as such.
        #expect(reluRow.contains("<th scope=\"row\" data-sort=\"relu\"><a href=\"activations/relu/\">ReLU</a></th><td class=\"formula\" data-sort=\"max(0, x)\"><math"))
        #expect(reluRow.contains("<td data-sort=\"0.0\">[0, ∞)</td><td data-sort=\"1\">yes</td>"))
        #expect(reluRow.contains("<td data-sort=\"2010.0\" class=\"num\">2010</td>"))
        #expect(reluRow.contains("<math"))
        #expect(reluRow.contains("<svg"))
    }

    @Test func activationPageHasFormulaSectionsAndPlot() throws {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        #expect(build(into: output).succeeded)
        let page = try read(output, "activations/leaky-relu/index.html")
        #expect(page.contains("<h1>Leaky ReLU</h1>"))
        #expect(page.contains("<math"))
        #expect(page.contains("<mi>α</mi>"))
        #expect(page.contains("<li>Keeps a gradient of <code>α</code> for x &lt; 0</li>"))
        #expect(page.contains("<h2>Problem it solves</h2>"))
        #expect(page.contains("<svg"))
        #expect(page.contains("torch.nn.LeakyReLU"))
        #expect(page.contains("href=\"../relu/\""))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("plots/leaky-relu.svg").path))
    }

    /// The properties list and the body sections are HTML Nonlin makes (not template sections):
    /// explorer.js finds property rows by `data-key`, and each `##` section keeps its anchor.
    @Test func propertyRowsAndBodySectionsKeepTheirMarkup() throws {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        #expect(build(into: output).succeeded)
        let page = try read(output, "activations/leaky-relu/index.html")
        #expect(page.contains("<dl>\n<dt>f(0)</dt><dd data-key=\"f0\">0</dd>\n<dt>f′(0)</dt><dd data-key=\"df0\">undefined (kink)</dd>\n"))
        #expect(page.contains("<dt>Monotonic</dt><dd data-key=\"\">yes</dd>\n"))
        #expect(page.contains("</div>\n<section id=\"problem-it-solves\" class=\"section-problem-it-solves\">\n<h2>Problem it solves</h2>\n<p>"))
        #expect(page.contains("</p>\n\n</section>\n<section id=\"pros\" class=\"section-pros\">\n<h2>Pros</h2>\n"))
    }

    /// The site header is rendered once per folder depth and reused: each page's copy still
    /// links back to that page's own root.
    @Test func siteHeaderLinksToEachPagesOwnRoot() throws {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        #expect(build(into: output).succeeded)
        #expect(try read(output, "index.html").contains("<a class=\"brand\" href=\"./\">"))
        #expect(try read(output, "compare/index.html").contains("<a href=\"../frameworks/\">Frameworks</a>"))
        let page = try read(output, "activations/relu/index.html")
        #expect(page.contains("<a class=\"brand\" href=\"../../\">"))
        #expect(page.contains("<a href=\"../../print/\">Print card</a>\n</nav>\n</div>\n</header>\n<main id=\"main\" class=\"wrap\">"))
        #expect(page.contains("</main>\n<footer class=\"site-footer\">"))
    }

    /// A templates folder made before the header and footer partials existed still builds.
    @Test func aTemplatesFolderWithoutTheHeaderPartialsStillBuilds() throws {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: templates).resolvingSymlinksInPath(), to: folder)
        for partial in ["site-header", "site-footer"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("partials/\(partial).mustache"))
        }
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        let report = build(into: output, templates: folder.path)
        #expect(report.succeeded, "\(report.diagnostics)")
        let page = try read(output, "activations/relu/index.html")
        #expect(page.contains("<a class=\"skip\" href=\"#main\">Skip to content</a>\n<main id=\"main\" class=\"wrap\">"))
        #expect(!page.contains("site-header"))
    }

    @Test func furnitureUsesTheBaseURLAndRelativeLinks() throws {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        #expect(build(into: output).succeeded)
        let sitemap = try read(output, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/docs/activations/relu/</loc>"))
        let page = try read(output, "activations/relu/index.html")
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/docs/activations/relu/\">"))
        #expect(page.contains("href=\"../../assets/style."))
        #expect(!page.contains("http://") || !page.contains("src=\"http"))
        let data = try read(output, "data/activations.json")
        #expect(data.contains("\"id\": \"leaky-relu\""))
        #expect(try read(output, "robots.txt").contains("Sitemap: https://example.org/docs/sitemap.xml"))
        #expect(try read(output, "compare/rectifiers/index.html").contains("Rectifiers"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let root = try TestSupport.temporaryDirectory()
        #expect(build(into: root.appendingPathComponent("a")).succeeded)
        #expect(build(into: root.appendingPathComponent("b")).succeeded)
        let a = try TestSupport.snapshot(root.appendingPathComponent("a"))
        let b = try TestSupport.snapshot(root.appendingPathComponent("b"))
        #expect(a.count > 8)
        #expect(a == b)
    }

    @Test func failedBuildLeavesThePreviousOutputByteIdentical() throws {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        #expect(build(into: output).succeeded)
        let before = try TestSupport.snapshot(output)
        let broken = TestSupport.fixtureURL("SiteTests", "broken-templates").path
        let report = build(into: output, templates: broken)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.hasPrefix("template syntax error") || $0.message == "required template is missing" })
        #expect(try TestSupport.snapshot(output) == before)
    }

    @Test func contentErrorsAreReportedAndNothingIsWritten() throws {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        let report = build(into: output, content: "/nonexistent/content")
        #expect(!report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

/// Markup written into front matter or Markdown never reaches a page as markup.
@Suite struct InjectionTests {
    @Test func scriptInANameSummaryOrNoteIsEscapedOrDropped() throws {
        let folder = try TestSupport.temporaryDirectory()
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: TestSupport.fixtureURL("ContentTests", "minimal-site"), to: content)
        let file = content.appendingPathComponent("activations/relu.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "name: ReLU", with: "name: \"ReLU<script>alert(1)</script>\"")
        text = text.replacingOccurrences(of: "pytorch: {name: torch.nn.ReLU}",
                                         with: "pytorch: {name: torch.nn.ReLU, note: \"<img src=x onerror=alert(2)>\"}")
        text = text.replacingOccurrences(of: "Passes positive inputs through", with: "<script>alert(3)</script> Passes positive inputs through")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Output")
        let report = SiteBuilder(options: .init(content: content.path, templates: TestSupport.repositoryRoot.appendingPathComponent("Templates").path,
                                                output: output.path)).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        for (path, data) in try TestSupport.snapshot(output) where path.hasSuffix(".html") || path.hasSuffix(".svg") || path.hasSuffix(".xml") {
            let page = String(decoding: data, as: UTF8.self)
            #expect(!page.contains("<script>alert"), "\(path)")
            #expect(!page.contains("<img src=x"), "\(path)")
        }
        let page = try String(contentsOf: output.appendingPathComponent("activations/relu/index.html"), encoding: .utf8)
        #expect(page.contains("ReLU&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&lt;img src=x onerror=alert(2)&gt;"))
    }
}
