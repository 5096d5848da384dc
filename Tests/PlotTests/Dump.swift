import Testing
import Foundation
@testable import Plot

/// Writes every plot kind to a folder named by `NONLIN_PLOT_DUMP`, for the contact sheet
/// (scripts/contact-sheet.sh). Does nothing unless the variable is set.
@Suite struct PlotDump {
    @Test func dumpEveryKindWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["NONLIN_PLOT_DUMP"] else { return }
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, svg) in Gallery.all {
            try svg.write(to: url.appendingPathComponent("\(name).svg"), atomically: true, encoding: .utf8)
        }
    }
}
