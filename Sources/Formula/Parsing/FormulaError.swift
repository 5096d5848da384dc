import Diagnostics

/// Why a formula could not be parsed, and where: `range` is relative to the formula
/// itself (its first character is line 1, column 1; columns count Unicode scalars).
/// Content re-anchors it at the formula's position in the Markdown file.
public struct FormulaError: Error, Hashable, Sendable, CustomStringConvertible {
    public var range: SourceRange
    public var message: String
    public var hint: String?

    public init(range: SourceRange, message: String, hint: String? = nil) {
        self.range = range
        self.message = message
        self.hint = hint
    }

    /// `line:column: error: message`, without the source excerpt (see `diagnostic`).
    public var description: String { "\(range.start): error: \(message)" }

    /// The error as a diagnostic about `source`, the formula text, with its line quoted.
    public func diagnostic(path: String? = nil, source: String) -> Diagnostic {
        let text = SourceText(path: path ?? "formula", text: source)
        return Diagnostic(.error, path: path, range: range, message: message, hint: hint,
                          sourceLine: text.line(range.start.line))
    }
}
