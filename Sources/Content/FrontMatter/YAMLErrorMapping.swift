import Diagnostics
import Yams

/// Turns libYAML's errors (as Yams reports them) into diagnostics at file positions,
/// with a hint for the mistakes people actually make.
enum YAMLErrorMapping {
    static func diagnostic(for error: YamlError, reader: YAMLReader) -> Diagnostic {
        let (problem, mark): (String, Mark?)
        switch error {
        case .scanner(_, let p, let m, _), .parser(_, let p, let m, _), .composer(_, let p, let m, _):
            (problem, mark) = (p, m)
        case .reader(let p, _, _, _):
            (problem, mark) = (p, nil)
        default:
            (problem, mark) = ("\(error)", nil)
        }
        let location = mark.map { reader.location(of: $0) } ?? SourceLocation(line: reader.firstLine, column: 1)
        let lineText = reader.source.line(location.line) ?? ""
        var hint = "check the indentation and the ':' after each key; quote values that contain ': ' or start with a special character"
        if lineText.contains("\t") || problem.contains("tab") {
            hint = "YAML does not allow tabs for indentation; indent with spaces"
        } else if problem.contains("mapping values are not allowed") {
            hint = "a value containing ': ' must be quoted, e.g. note: \"a: b\""
        }
        return reader.source.diagnostic(at: location, "invalid YAML: \(problem)", hint: hint)
    }
}
