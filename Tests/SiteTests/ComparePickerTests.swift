import Foundation
import Testing
@testable import Site
import TestSupport

/// The compare page's checkboxes, made with the per-choice partial or by a templates folder's
/// own list partial.
@Suite struct ComparePickerTests {
    let content = TestSupport.fixtureURL("ContentTests", "minimal-site").path
    let templates = TestSupport.repositoryRoot.appendingPathComponent("Templates")

    private func comparePage(templates: URL) throws -> String {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        let report = SiteBuilder(options: .init(content: content, templates: templates.path, output: output.path)).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        return try String(contentsOf: output.appendingPathComponent("compare/index.html"), encoding: .utf8)
    }

    /// A templates folder made before `partials/compare-choice` existed has
    /// `partials/compare-choices`, one section over every choice: it gets the same page.
    @Test func aListPartialOfChoicesGetsTheSamePage() throws {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: templates.resolvingSymlinksInPath(), to: folder)
        let partials = folder.appendingPathComponent("partials")
        let choice = try String(contentsOf: partials.appendingPathComponent("compare-choice.mustache"), encoding: .utf8)
        try FileManager.default.removeItem(at: partials.appendingPathComponent("compare-choice.mustache"))
        try "{{#choices}}\(choice.dropLast()){{/choices}}\n"
            .replacingOccurrences(of: "{{/choices}}", with: "\n{{/choices}}")
            .write(to: partials.appendingPathComponent("compare-choices.mustache"), atomically: true, encoding: .utf8)

        let made = try comparePage(templates: templates)
        #expect(made.contains("<label><input type=\"checkbox\" name=\"id\" value=\"relu\" checked> ReLU</label>\n"))
        #expect(made.contains("<label><input type=\"checkbox\" name=\"id\" value=\"leaky-relu\"> Leaky ReLU</label>\n"))
        #expect(try comparePage(templates: folder) == made)
    }
}
