import ArgumentParser
import Content
import Foundation
import Site

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the content and hold every formula against its built-in; exit 1 on any error.")

    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        let (content, diagnostics) = ContentLoader(directory: contentOptions.content).load()
        var all = diagnostics
        if let content {
            all += FormulaCheck.check(content) { try? String(contentsOfFile: $0, encoding: .utf8) }
        }
        try Reporting.report(all)
        Reporting.printToStandardError("Checked \(content?.activations.count ?? 0) activations: all formulas agree with their built-ins.")
    }
}
