import ArgumentParser
import Content
import Foundation
import Site

extension TableFormat: ExpressibleByArgument {}

struct Table: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "table", abstract: "Print the comparison table (text fits the terminal; or markdown, csv, latex, json).")

    @OptionGroup var contentOptions: ContentOptions
    @Option(help: "Output format: \(TableFormat.allCases.map(\.rawValue).joined(separator: ", ")).") var format = TableFormat.text
    @Option(help: "Comma-separated columns: \(ComparisonTable.allColumns.map(\.key).joined(separator: ", ")).") var columns: String?
    @Option(help: "Width to fit (default: $COLUMNS, or 100).") var width: Int?

    func run() throws {
        let keys = columns?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        if let keys {
            let known = ComparisonTable.allColumns.map(\.key)
            for key in keys where !known.contains(key) {
                throw ValidationError("unknown column '\(key)'; known columns: \(known.joined(separator: ", "))")
            }
        }
        let (content, diagnostics) = ContentLoader(directory: contentOptions.content).load()
        try Reporting.report(diagnostics)
        guard let content else { throw ExitCode(1) }
        let terminalWidth = width ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
        let (text, dropped) = ActivationOverview(content: content).rendered(format, columns: keys, width: terminalWidth)
        print(text, terminator: "")
        if !dropped.isEmpty {
            Reporting.printToStandardError("(\(dropped.count) column\(dropped.count == 1 ? "" : "s") left out to fit \(terminalWidth) characters: \(dropped.joined(separator: ", ")); widen the terminal or use --columns)")
        }
    }
}
