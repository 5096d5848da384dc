import ArgumentParser
import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one place diagnostics reach the user: sorted, to standard error, and exit code 1
/// when any is an error.
enum Reporting {
    static func printToStandardError(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Prints every diagnostic; throws `ExitCode(1)` when there is an error among them.
    static func report(_ diagnostics: [Diagnostic]) throws {
        for diagnostic in diagnostics.sorted() { printToStandardError(diagnostic.rendered()) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            printToStandardError("\(errors) error\(errors == 1 ? "" : "s"); nothing was written.")
            throw ExitCode(1)
        }
    }

    static var standardErrorIsTerminal: Bool { isatty(2) != 0 }

    /// Overwrites the current terminal line with `text` (an empty text clears it).
    @Sendable static func progressLine(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }
    static var standardOutputIsTerminal: Bool { isatty(1) != 0 }
}

/// Options shared by every command that reads content.
struct ContentOptions: ParsableArguments {
    @Option(help: "The content folder (site.yml, index.md, activations/).")
    var content = "Content"
}

/// Options shared by every command that reads templates.
struct TemplateOptions: ParsableArguments {
    @Option(help: "The templates folder (*.mustache and assets/).")
    var templates = "Templates"
}
