import ArgumentParser
import Content
import Foundation
import Site

extension ValueTable.Precision: ExpressibleByArgument {}

struct Values: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "values", abstract: "Print f (and f′) of one activation at chosen points.")

    @Argument(help: "The activation id, e.g. gelu.") var id: String
    @Option(parsing: .unconditional, help: "Comma-separated points, e.g. -1,0,0.5.") var at: String?
    @Option(parsing: .unconditional, help: "Start of a range of points.") var from: Double?
    @Option(parsing: .unconditional, help: "End of the range (inclusive).") var to: Double?
    @Option(help: "Step of the range.") var step: Double?
    @Option(name: .customLong("param"), help: "Override a parameter, e.g. --param alpha=0.5 (repeatable).") var params: [String] = []
    @Flag(help: "Also print the derivative (undefined at a kink).") var derivative = false
    @Option(help: "double or float.") var precision = ValueTable.Precision.double
    @Option(help: "text, csv, json or markdown.") var format = TableFormat.text
    @OptionGroup var contentOptions: ContentOptions

    func points() throws -> [Double] {
        var xs: [Double] = []
        if let at {
            for part in at.split(separator: ",") {
                let text = part.trimmingCharacters(in: .whitespaces)
                guard let x = Double(text) ?? ["inf": Double.infinity, "-inf": -.infinity, "nan": .nan][text] else {
                    throw ValidationError("'\(text)' in --at is not a number")
                }
                xs.append(x)
            }
        }
        if from != nil || to != nil || step != nil {
            guard let from, let to, let step, step > 0, to >= from, step.isFinite else {
                throw ValidationError("--from, --to and --step go together, with --step > 0 and --to ≥ --from")
            }
            let count = Int(((to - from) / step + 1e-9).rounded(.down)) + 1
            guard count <= 1_000_000 else { throw ValidationError("the range has \(count) points; at most 1,000,000") }
            xs += (0..<count).map { from + Double($0) * step }
        }
        if xs.isEmpty { throw ValidationError("give points with --at X,Y,... or --from A --to B --step S") }
        return xs
    }

    func run() throws {
        var overrides: [String: Double] = [:]
        for param in params {
            let parts = param.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]), value.isFinite else {
                throw ValidationError("--param takes name=value with a finite number, got '\(param)'")
            }
            overrides[parts[0]] = value
        }
        let xs = try points()
        var content: LoadedContent?
        if FileManager.default.fileExists(atPath: contentOptions.content) {
            let (loaded, diagnostics) = ContentLoader(directory: contentOptions.content).load()
            try Reporting.report(diagnostics)
            content = loaded
        }
        switch ValueTable.make(id: id, content: content, overrides: overrides, xs: xs, derivative: derivative, precision: precision) {
        case .success(let table): print(table.rendered(format), terminator: "")
        case .failure(let diagnostic): try Reporting.report([diagnostic])
        }
    }
}
