import Foundation
import Testing
@testable import Site
import TestSupport

/// How templates are read and how values are escaped into them.
@Suite struct TemplateSetTests {
    @Test func aSyntaxErrorIsReportedOnTheTemplatesOwnLine() throws {
        let folder = try TestSupport.temporaryDirectory()
        try "{{#open}}\n<p>two</p>\n<p>{{/shut}}</p>\n<p>four</p>\n".write(to: folder.appendingPathComponent("layout.mustache"),
                                                                   atomically: true, encoding: .utf8)
        let (templates, diagnostics) = TemplateSet.load(directory: folder.path)
        #expect(templates == nil)
        let error = try #require(diagnostics.first { $0.message.hasPrefix("template syntax error") })
        #expect(error.range?.start.line == 3)
        #expect(error.sourceLine == "<p>{{/shut}}</p>")
    }

    @Test func valuesAreEscapedAsHTMLAndPlainTextIsKeptAsItIs() {
        let escaping = TemplateEscaping()
        #expect(escaping.escapeText("a<b && \"c\" 'd'>") == "a&lt;b &amp;&amp; &quot;c&quot; &#39;d&#39;&gt;")
        #expect(escaping.escapeText("f′(0) = −1 · [0, ∞)") == "f′(0) = −1 · [0, ∞)")
        #expect(escaping.escapeText("") == "")
        // Scalar by scalar: a quote or "<" joined by a combining mark is escaped all the same
        // (swift-mustache's own escaping, Character by Character, would leave it).
        #expect(escaping.escapeText("\"\u{301} onclick=x <\u{338}") == "&quot;\u{301} onclick=x &lt;\u{338}")
    }

    @Test func aPageRendersWithTheLineOfTheEscapingPrologueDropped() throws {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent("Templates")
        // Resolved first: copying a symbolic link to Templates/ would copy the link, and the
        // file written below would land in the real folder.
        try FileManager.default.copyItem(at: TestSupport.repositoryRoot.appendingPathComponent("Templates").resolvingSymlinksInPath(),
                                         to: folder)
        try "{{#items}}\n<li>{{.}}</li>\n{{/items}}\n".write(to: folder.appendingPathComponent("list.mustache"),
                                                           atomically: true, encoding: .utf8)
        let (templates, diagnostics) = TemplateSet.load(directory: folder.path)
        let set = try #require(templates, "\(diagnostics)")
        #expect(try set.render("list", ["items": ["a<b", "c"]]) == "<li>a&lt;b</li>\n<li>c</li>\n")
    }
}
