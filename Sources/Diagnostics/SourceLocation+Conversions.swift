extension SourceLocation {
    /// Converts a column counted in UTF-8 bytes (as cmark reports it; 1-based) on
    /// `lineText` to a column counted in Unicode scalars. A byte offset inside a scalar
    /// maps to that scalar; offsets past the end map one past the last scalar.
    public static func scalarColumn(fromUTF8Column byteColumn: Int, in lineText: Substring) -> Int {
        var bytes = 0
        var column = 1
        for scalar in lineText.unicodeScalars {
            let width = UTF8.width(scalar)
            if bytes + width >= byteColumn { return column }
            bytes += width
            column += 1
        }
        return column + max(0, byteColumn - 1 - bytes)
    }

    /// Converts a 0-based offset in Unicode scalars from the start of `text` into a
    /// 1-based line and column. Both `\n` and `\r\n` end a line.
    public static func from(scalarOffset offset: Int, in text: String) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if index == offset { break }
            index += 1
            if scalar == "\n" {
                if !previousWasCR { line += 1 }
                column = 1
                previousWasCR = false
            } else if scalar == "\r" {
                line += 1
                column = 1
                previousWasCR = true
            } else {
                column += 1
                previousWasCR = false
            }
        }
        return SourceLocation(line: line, column: column)
    }
}
