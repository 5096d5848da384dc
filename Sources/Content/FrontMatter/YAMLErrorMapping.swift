import Diagnostics
import Yams

/// Turns libYAML's errors (as Yams reports them) into diagnostics at file positions,
/// with a hint for the mistakes people actually make.
enum YAMLErrorMapping {
    static func diagnostic(for error: YamlError, reader: YAMLReader) -> Diagnostic {
        let problem: String
        var mark: SourceLocation?
        switch error {
        case .scanner(_, let p, let m, _), .parser(_, let p, let m, _), .composer(_, let p, let m, _):
            (problem, mark) = (p, reader.location(of: m))
        case .reader(let p, let offset, _, let yaml):
            // libYAML's reader (bad bytes, control characters) gives a byte offset, not a mark.
            problem = p
            if let offset {
                let position = position(atByteOffset: offset, in: yaml)
                mark = SourceLocation(line: position.line + reader.firstLine - 1, column: position.column)
            }
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicateKey(duplicates.first ?? "", firstAt: reader.location(of: context.mark), reader: reader)
        default:
            problem = "\(error)"
        }
        let location = mark ?? SourceLocation(line: reader.firstLine, column: 1)
        let lineText = reader.source.line(location.line) ?? ""
        var hint = "check the indentation and the ':' after each key; quote values that contain ': ' or start with a special character"
        if lineText.contains("\t") || problem.contains("tab") {
            hint = "YAML does not allow tabs for indentation; indent with spaces"
        } else if problem.contains("mapping values are not allowed") {
            hint = "a value containing ': ' must be quoted, e.g. note: \"a: b\""
        }
        return reader.source.diagnostic(at: location, "invalid YAML: \(problem)", hint: hint)
    }

    /// Yams reports a duplicate key at its first occurrence; the mistake is usually the
    /// second, so the diagnostic points at the next `key:` after the first, when found.
    private static func duplicateKey(_ key: String, firstAt first: SourceLocation, reader: YAMLReader) -> Diagnostic {
        guard first.line >= 1, first.column >= 1 else {
            return reader.source.diagnostic(at: SourceLocation(line: reader.firstLine, column: 1), "duplicate key '\(key)'",
                                            hint: "each key may appear once; remove one of the two")
        }
        let keyScalars = Array(key.unicodeScalars)
        var location = first
        var line = first.line
        var from = first.column - 1 + keyScalars.count
        search: while let text = reader.source.line(line), !keyScalars.isEmpty {
            let scalars = Array(text.unicodeScalars)
            var index = from
            while index + keyScalars.count <= scalars.count {
                let before = index == 0 ? " " : scalars[index - 1]
                if " \t{,-?".unicodeScalars.contains(before), Array(scalars[index..<index + keyScalars.count]) == keyScalars,
                   scalars[(index + keyScalars.count)...].first(where: { $0 != " " }) == ":" {
                    location = SourceLocation(line: line, column: index + 1)
                    break search
                }
                index += 1
            }
            line += 1
            from = 0
        }
        return reader.source.diagnostic(at: location, "duplicate key '\(key)'",
                                        hint: "each key may appear once; remove one of the two (the first is on line \(first.line))")
    }

    /// The 1-based line and column (in Unicode scalars) of a UTF-8 byte offset in `text`.
    private static func position(atByteOffset offset: Int, in text: String) -> SourceLocation {
        var line = 1, column = 1, bytes = 0
        for scalar in text.unicodeScalars {
            if bytes >= offset { break }
            bytes += UTF8.width(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(line: line, column: column)
    }
}
