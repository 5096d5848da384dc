import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        splitPlain(text) ?? splitLines(text)
    }

    /// `split` for any text: cut into lines, the parts joined again from them.
    static func splitLines(_ text: String) -> Result<FrontMatterSplit, Problem> {
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

extension FrontMatterSplit {
    /// `split` for the common file: no `\r` and no byte-order mark, so every line ends at
    /// `\n` and joining lines with `\n` gives back the text between them. The fences are
    /// found by scanning bytes and the two parts are sliced out whole, not cut into lines
    /// and joined again. Nil when the text has a `\r` or a byte-order mark, or is not
    /// stored contiguously (`split` then takes the general way).
    static func splitPlain(_ text: String) -> Result<FrontMatterSplit, Problem>? {
        let scanned: FenceScan?? = text.utf8.withContiguousStorageIfAvailable(FenceScan.init)
        guard let scan = scanned ?? nil else { return nil }
        guard scan.opensWithFence else { return .failure(.missingOpeningFence) }
        guard let close = scan.closingFence else { return .failure(.missingClosingFence(openingLine: 1)) }
        let bytes = text.utf8
        func index(_ offset: Int) -> String.Index { bytes.index(bytes.startIndex, offsetBy: offset) }
        // Lines 2 up to the closing fence, without the line end before the fence.
        let yamlStart = index(scan.firstLineEnd + 1)
        let yaml = close.line > 2 ? String(text[yamlStart..<index(close.start - 1)]) : ""
        return .success(FrontMatterSplit(
            yaml: yaml,
            yamlFirstLine: 2,
            body: close.end < bytes.count ? String(text[index(close.end + 1)...]) : "",
            bodyFirstLine: close.line + 1,
            lineCount: scan.lineCount
        ))
    }

    /// Where the fences of a `\n`-only text are, from one pass over its bytes.
    private struct FenceScan {
        /// Whether line 1 is `---`.
        var opensWithFence = false
        /// The offset of line 1's `\n` (or the text's length).
        var firstLineEnd = 0
        /// The first `---` or `...` line after line 1: its 1-based number, the offset of
        /// its first byte and of its `\n` (or the text's length).
        var closingFence: (line: Int, start: Int, end: Int)?
        var lineCount = 1

        /// Nil when the text holds a byte-order mark or a `\r`. `\r` and each line's end
        /// are found with `memchr`, many bytes at a time.
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
            if Self.find(0x0D, in: bytes, from: 0) != nil { return nil }
            var lineStart = 0
            while true {
                let lineEnd = Self.find(0x0A, in: bytes, from: lineStart) ?? bytes.count
                if lineCount == 1 {
                    opensWithFence = Self.isFence(bytes, lineStart, lineEnd, closing: false)
                    firstLineEnd = lineEnd
                } else if closingFence == nil, Self.isFence(bytes, lineStart, lineEnd, closing: true) {
                    closingFence = (lineCount, lineStart, lineEnd)
                }
                if lineEnd == bytes.count { break }
                lineCount += 1
                lineStart = lineEnd + 1
            }
        }

        /// The offset of the first `byte` at or after `start`, or nil.
        private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            guard let base = bytes.baseAddress, start < bytes.count,
                  let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }

        /// Whether the line `start..<end`, without trailing spaces and tabs, is `---`
        /// (or, closing, `...`): what `trimmingTrailingWhitespace` and `==` decide on Characters.
        private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, closing: Bool) -> Bool {
            var end = end
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            guard end - start == 3 else { return false }
            let c = bytes[start]
            return (c == 0x2D || (closing && c == 0x2E)) && bytes[start + 1] == c && bytes[start + 2] == c
        }
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var s = self
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return s
    }
}
