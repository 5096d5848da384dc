/// How serious a diagnostic is. Errors make a command exit with status 1.
public enum Severity: String, Sendable, Comparable {
    case error, warning, note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One problem found in the user's input: where it is, what is wrong, how to fix it.
///
/// Diagnostics are collected, never thrown one at a time, so that a run reports every
/// problem at once. `rendered()` turns one into compiler-style text.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    public var severity: Severity
    /// The file the problem is in, as the user named it (relative paths stay relative).
    public var path: String?
    public var range: SourceRange?
    public var message: String
    public var hint: String?
    /// The full text of the line `range.start` is on, for the excerpt under the message.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error,
        path: String? = nil,
        range: SourceRange? = nil,
        message: String,
        hint: String? = nil,
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.path = path
        self.range = range
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    public var description: String { rendered() }

    /// `path:line:column: error: message`, then the source line with a caret under the
    /// range (and `~` under the rest of it on the same line), then `hint: …`.
    public func rendered() -> String {
        var head = ""
        if let path { head += path + ":" }
        if let range { head += "\(range.start.line):\(range.start.column):" }
        if !head.isEmpty { head += " " }
        var lines = [head + "\(severity.rawValue): \(message)"]
        if let range, let sourceLine {
            let shown = sourceLine.replacingTabs()
            lines.append("    " + shown)
            let prefix = String(repeating: " ", count: max(0, range.start.column - 1))
            var width = 1
            if range.end.line == range.start.line {
                width = max(1, range.end.column - range.start.column)
            }
            let available = max(1, shown.unicodeScalars.count - (range.start.column - 1))
            width = min(width, available)
            lines.append("    " + prefix + "^" + String(repeating: "~", count: width - 1))
        }
        if let hint { lines.append("hint: " + hint) }
        return lines.joined(separator: "\n")
    }
}

extension Diagnostic: Comparable {
    /// Sorted by file, then position, then severity, then message: the order a reader
    /// walks through a project.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        let ka = (a.path ?? "", a.range?.start.line ?? 0, a.range?.start.column ?? 0)
        let kb = (b.path ?? "", b.range?.start.line ?? 0, b.range?.start.column ?? 0)
        if ka != kb { return ka < kb }
        if a.severity != b.severity { return a.severity < b.severity }
        return a.message < b.message
    }
}

extension Sequence where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}

extension String {
    /// Tabs become single spaces so that a caret counted in scalars still lines up.
    fileprivate func replacingTabs() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" ? " " : $0 }))
    }
}
