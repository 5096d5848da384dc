/// A named text split into lines, so diagnostics about it can quote the offending line.
public struct SourceText: Sendable {
    public let path: String
    public let lines: [Substring]

    public init(path: String, text: String) {
        self.path = path
        self.lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// The text of 1-based `line`, or nil past the end.
    public func line(_ line: Int) -> String? {
        line >= 1 && line <= lines.count ? String(lines[line - 1]) : nil
    }

    /// A diagnostic about `range` in this text, quoting its first line.
    public func diagnostic(
        _ severity: Severity = .error, _ range: SourceRange?, _ message: String, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(severity, path: path, range: range, message: message, hint: hint,
                   sourceLine: range.flatMap { line($0.start.line) })
    }

    /// A diagnostic about the single character at `location`.
    public func diagnostic(
        _ severity: Severity = .error, at location: SourceLocation?, _ message: String, hint: String? = nil
    ) -> Diagnostic {
        diagnostic(severity, location.map(SourceRange.init(at:)), message, hint: hint)
    }
}
