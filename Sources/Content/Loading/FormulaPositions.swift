import Diagnostics
import Yams

/// Maps positions in a formula's text (as the formula parser reports them: line 1,
/// column 1 is the formula's first character) to positions in the file it came from.
///
/// A YAML scalar's value is not a verbatim slice of the file: a block scalar (`|`) loses
/// its indentation, a folded or multi-line scalar (`>`, or plain text over several lines)
/// turns line breaks into spaces. So the formula is walked alongside the file from the
/// scalar's first character: equal characters pair up, and a run of whitespace in one
/// pairs with a run of whitespace (line breaks and indentation included) in the other.
/// Quoting is undone on the way (`''` in a single-quoted scalar, escapes such as `\t` in a
/// double-quoted one). Where the two still stop agreeing, the rest of the formula maps to
/// the last position that was paired, so a diagnostic never points outside the file.
struct FormulaPositions {
    /// The file position of each of the formula's Unicode scalars, in order.
    private var positions: [SourceLocation] = []
    /// Where the formula's end is in the file: just after its last non-blank character.
    private var end: SourceLocation
    /// The formula's scalars, to turn a (line, column) in the formula into an index.
    private let formula: [Unicode.Scalar]

    /// `style` is the scalar's: quoted scalars write `'` and escapes differently.
    init(formula text: String, start: SourceLocation, style: Node.Scalar.Style?, source: SourceText) {
        formula = Array(text.unicodeScalars)
        end = start
        // The file from `start` on, one scalar at a time, with "\n" between lines.
        var line = start.line
        var column = start.column
        var lineScalars = Array((source.line(line) ?? "").unicodeScalars)
        func current() -> Unicode.Scalar? {
            if column - 1 < lineScalars.count { return lineScalars[column - 1] }
            return line < source.lines.count ? "\n" : nil
        }
        func advance() {
            if column - 1 < lineScalars.count {
                column += 1
            } else {
                line += 1
                column = 1
                lineScalars = Array((source.line(line) ?? "").unicodeScalars)
            }
        }
        var i = 0
        while i < formula.count {
            let here = SourceLocation(line: line, column: column)
            if formula[i].isBlank, !(style == .doubleQuoted && current() == "\\") {
                guard current()?.isBlank == true else { break }
                while i < formula.count, formula[i].isBlank {
                    positions.append(here)
                    i += 1
                }
                while current()?.isBlank == true { advance() }
                continue
            }
            if style == .doubleQuoted, current() == "\\" {
                // An escape such as \t or \u00e9 is one scalar of the formula.
                advance()
                let length = current().flatMap { ["x": 2, "u": 4, "U": 8][$0] } ?? 0
                for _ in 0...length { advance() }
            } else if current() == formula[i] {
                advance()
                // In a single-quoted scalar, '' in the file is one ' in the formula.
                if style == .singleQuoted, formula[i] == "'", current() == "'" { advance() }
            } else {
                break
            }
            positions.append(here)
            i += 1
            end = SourceLocation(line: line, column: column)
        }
        let last = positions.last ?? start
        while positions.count < formula.count { positions.append(last) }
    }

    /// The file position of `location`, a position in the formula's own text.
    func fileLocation(of location: SourceLocation) -> SourceLocation {
        var line = 1
        var column = 1
        for (index, scalar) in formula.enumerated() {
            if line == location.line, column == location.column { return positions[index] }
            if scalar == "\n" {
                if line == location.line { return positions[index] }
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return end
    }

    func fileRange(of range: SourceRange) -> SourceRange {
        let start = fileLocation(of: range.start)
        let end = fileLocation(of: range.end)
        return SourceRange(start: start, end: end < start ? start : end)
    }
}

extension Unicode.Scalar {
    fileprivate var isBlank: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" }
}
