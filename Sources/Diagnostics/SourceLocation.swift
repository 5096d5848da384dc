/// A position in a text file, as a person counts it: 1-based line and 1-based column.
///
/// Columns count Unicode scalars, not UTF-8 bytes or UTF-16 units, so a caret lands
/// under the character an editor shows. Converters from other units live beside this
/// type (`SourceLocation+Conversions.swift`) and are tested on non-ASCII input.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }

    /// Re-anchors a location given relative to an embedded text (say, a formula, whose
    /// own first character is 1:1) at `origin`, the file position of that first character.
    /// Only the first line is shifted by the origin's column; later lines keep their column.
    public func relative(to origin: SourceLocation) -> SourceLocation {
        if line == 1 {
            return SourceLocation(line: origin.line, column: origin.column + column - 1)
        }
        return SourceLocation(line: origin.line + line - 1, column: column)
    }
}

/// A half-open range `[start, end)` of source positions.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range covering one character at `location`.
    public init(at location: SourceLocation) {
        self.start = location
        self.end = SourceLocation(line: location.line, column: location.column + 1)
    }

    /// The range covering both `self` and `other`.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// See `SourceLocation.relative(to:)`.
    public func relative(to origin: SourceLocation) -> SourceRange {
        SourceRange(start: start.relative(to: origin), end: end.relative(to: origin))
    }

    public var description: String { "\(start)-\(end)" }
}
