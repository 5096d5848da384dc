import Foundation
import Testing
@testable import Site
import TestSupport

/// Pages whose items are each rendered by a partial of their own (the frameworks table's rows,
/// the compare page's checkboxes) come out the same from a templates folder made before those
/// partials existed, which lays the items out in a section of its own.
@Suite struct PerItemPartialTests {
    let templates = TestSupport.repositoryRoot.appendingPathComponent("Templates")

    /// `path` of the site built from `content` with `templates`.
    private func page(_ path: String, content: String, templates: URL) throws -> String {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        let report = SiteBuilder(options: .init(content: content, templates: templates.path, output: output.path)).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        return try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// A copy of the templates, and the text of the partial `name`, removed from the copy.
    private func templatesWithout(_ name: String) throws -> (folder: URL, partial: String) {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: templates.resolvingSymlinksInPath(), to: folder)
        let file = folder.appendingPathComponent("partials/\(name).mustache")
        let partial = try String(contentsOf: file, encoding: .utf8)
        try FileManager.default.removeItem(at: file)
        return (folder, partial)
    }

    @Test func aFrameworksTemplateWithItsOwnRowSectionGetsTheSamePage() throws {
        // The real content: some of its activations have notes where frameworks disagree.
        let content = TestSupport.repositoryRoot.appendingPathComponent("Content").path
        let (folder, partial) = try templatesWithout("framework-row")
        let row = partial.split(separator: "\n").filter { !$0.hasPrefix("{{!") }
        try #require(row.count == 1)
        let page = folder.appendingPathComponent("frameworks.mustache")
        let text = try String(contentsOf: page, encoding: .utf8)
        try #require(text.contains("{{{rows_html}}}</tbody>"))
        try text.replacingOccurrences(of: "{{{rows_html}}}</tbody>", with: "{{#rows}}\n\(row[0])\n{{/rows}}\n</tbody>")
            .write(to: page, atomically: true, encoding: .utf8)

        let made = try self.page("frameworks/index.html", content: content, templates: templates)
        #expect(made.contains("<tr class=\"differs\"><th scope=\"row\"><a href=\"../activations/"))
        #expect(made.contains("</td></tr>\n</tbody>"))
        #expect(try self.page("frameworks/index.html", content: content, templates: folder) == made)
    }

    /// The list partial `partials/compare-choices`: one section over every choice.
    @Test func aListPartialOfChoicesGetsTheSamePage() throws {
        let content = TestSupport.fixtureURL("ContentTests", "minimal-site").path
        let (folder, choice) = try templatesWithout("compare-choice")
        try "{{#choices}}\(choice){{/choices}}\n"
            .write(to: folder.appendingPathComponent("partials/compare-choices.mustache"), atomically: true, encoding: .utf8)

        let made = try page("compare/index.html", content: content, templates: templates)
        #expect(made.contains("<label><input type=\"checkbox\" name=\"id\" value=\"relu\" checked> ReLU</label>\n"))
        #expect(made.contains("<label><input type=\"checkbox\" name=\"id\" value=\"leaky-relu\"> Leaky ReLU</label>\n"))
        #expect(try page("compare/index.html", content: content, templates: folder) == made)
    }
}
