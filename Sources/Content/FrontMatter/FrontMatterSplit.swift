import Diagnostics

/// A content file cut into its YAML front matter and its Markdown body, each knowing
/// on which line of the file it starts (front matter usually on line 2).
struct FrontMatterSplit: Equatable {
    var yaml: String
    /// The file line holding the first line of `yaml`.
    var yamlFirstLine: Int
    var body: String
    /// The file line holding the first line of `body`.
    var bodyFirstLine: Int
    /// The number of lines in the file, counted as `SourceText` counts them.
    var lineCount: Int

    enum Problem: Error, Equatable {
        case missingOpeningFence
        case missingClosingFence(openingLine: Int)
    }

    /// Splits `text` at its `---` fences. A UTF-8 byte-order mark and CRLF (or CR) line
    /// endings are accepted; both are removed from what is returned.
    static func split(_ text: String) -> Result<FrontMatterSplit, Problem> {
        // Line ends as CommonMark, libYAML and `SourceText` count them: \n, \r\n, or a lone \r.
        var lines = text.lineSlices(carriageReturns: true)
        if let first = lines.first, first.unicodeScalars.first == "\u{FEFF}" {
            lines[0] = Substring(String(first.unicodeScalars.dropFirst()))
        }
        func isFence(_ line: Substring, closing: Bool) -> Bool {
            let t = line.trimmingTrailingWhitespace()
            return t == "---" || (closing && t == "...")
        }
        guard let first = lines.first, isFence(first, closing: false) else { return .failure(.missingOpeningFence) }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0], closing: true) }) else {
            return .failure(.missingClosingFence(openingLine: 1))
        }
        return .success(FrontMatterSplit(
            yaml: lines[1..<close].joined(separator: "\n"),
            yamlFirstLine: 2,
            body: lines[(close + 1)...].joined(separator: "\n"),
            bodyFirstLine: close + 2,
            lineCount: lines.count
        ))
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var s = self
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return s
    }
}
