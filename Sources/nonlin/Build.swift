import ArgumentParser
import Foundation
import Site

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder (atomically: on error the old site stays).")

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var templateOptions: TemplateOptions
    @Option(help: "The output folder.") var output = "Output"
    @Option(name: .customLong("base-url"), help: "The absolute URL the site is published at (overrides site.yml).") var baseURL: String?

    func run() throws {
        let start = Date()
        let builder = SiteBuilder(options: .init(content: contentOptions.content, templates: templateOptions.templates,
                                                 output: output, baseURL: baseURL, freesMemory: false),
                                  progress: Reporting.standardErrorIsTerminal ? Reporting.progressLine : nil)
        let report = builder.build()
        if Reporting.standardErrorIsTerminal { Reporting.progressLine("") }
        try Reporting.report(report.diagnostics)
        let ms = Int(Date().timeIntervalSince(start) * 1000)
        Reporting.printToStandardError("Built \(report.pageCount) pages (\(report.fileCount) files) into \(output)/ in \(ms) ms.")
    }
}
