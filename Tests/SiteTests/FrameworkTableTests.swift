import Foundation
import Testing
@testable import Site
import TestSupport

/// The frameworks page, made with its row partial or by a templates folder's own row section.
@Suite struct FrameworkTableTests {
    /// The real content: some of its activations have notes where frameworks disagree.
    let content = TestSupport.repositoryRoot.appendingPathComponent("Content").path
    let templates = TestSupport.repositoryRoot.appendingPathComponent("Templates")

    private func frameworksPage(templates: URL) throws -> String {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        let report = SiteBuilder(options: .init(content: content, templates: templates.path, output: output.path)).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        return try String(contentsOf: output.appendingPathComponent("frameworks/index.html"), encoding: .utf8)
    }

    /// A templates folder made before `partials/framework-row` existed, whose frameworks page
    /// lays the rows out in a `{{#rows}}` section, gets the same page.
    @Test func aFrameworksTemplateWithItsOwnRowSectionGetsTheSamePage() throws {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: templates.resolvingSymlinksInPath(), to: folder)
        let partial = folder.appendingPathComponent("partials/framework-row.mustache")
        let row = try String(contentsOf: partial, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("{{!") }
        try #require(row.count == 1)
        try FileManager.default.removeItem(at: partial)
        let page = folder.appendingPathComponent("frameworks.mustache")
        let text = try String(contentsOf: page, encoding: .utf8)
        try #require(text.contains("{{{rows_html}}}</tbody>"))
        try text.replacingOccurrences(of: "{{{rows_html}}}</tbody>", with: "{{#rows}}\n\(row[0])\n{{/rows}}\n</tbody>")
            .write(to: page, atomically: true, encoding: .utf8)

        let made = try frameworksPage(templates: templates)
        #expect(made.contains("<tr class=\"differs\"><th scope=\"row\"><a href=\"../activations/"))
        #expect(made.contains("</td></tr>\n</tbody>"))
        #expect(try frameworksPage(templates: folder) == made)
    }
}
