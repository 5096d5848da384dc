import Diagnostics
import Formula
import Yams

extension ActivationFileParser {
    /// Parses the formula and reports its errors at their file positions; also reports
    /// parameters that are declared but never used.
    static func parseFormula(
        _ text: String, node: Node, names: Set<String>, parameters: [ParameterDeclaration], reader: inout YAMLReader
    ) -> FormulaSource? {
        let origin = formulaOrigin(node, reader: reader)
        do {
            let expression = try FormulaParser.parse(text, names: names)
            let used = expression.referencedNames
            for parameter in parameters where !used.contains(parameter.name) {
                reader.error(at: parameter.location, "parameter '\(parameter.name)' is declared but the formula does not use it",
                             hint: "use it in the formula or remove its declaration")
            }
            return FormulaSource(text: text, expression: expression, location: origin)
        } catch {
            let positions = FormulaPositions(formula: text, start: origin, style: node.scalar?.style,
                                             source: reader.source)
            reader.record(reader.source.diagnostic(.error, positions.fileRange(of: error.range), error.message, hint: error.hint))
            return nil
        }
    }

    /// The file position of the formula's first character: the scalar's mark, one column
    /// later when quoted, and the next line's first non-blank for block scalars (`|`, `>`).
    static func formulaOrigin(_ node: Node, reader: YAMLReader) -> SourceLocation {
        guard let start = reader.location(of: node) else { return SourceLocation(line: reader.firstLine, column: 1) }
        switch node.scalar?.style {
        case .singleQuoted?, .doubleQuoted?:
            return SourceLocation(line: start.line, column: start.column + 1)
        case .literal?, .folded?:
            let next = reader.source.line(start.line + 1) ?? ""
            let indent = next.unicodeScalars.prefix { $0 == " " }.count
            return SourceLocation(line: start.line + 1, column: indent + 1)
        default:
            return start
        }
    }

    /// The summary and the required sections must be present and non-empty; Pros and Cons
    /// must be lists.
    /// `lineCount` is the number of lines in the file.
    static func checkSections(_ body: MarkdownBody, lineCount: Int, bodyFirstLine: Int, reader: inout YAMLReader) {
        let bodyStart = SourceLocation(line: min(bodyFirstLine, max(1, lineCount)), column: 1)
        if body.summaryHTML.isEmpty {
            reader.error(at: bodyStart, "the summary paragraph is missing",
                         hint: "write one or two paragraphs after the front matter, before the first '##' heading")
        }
        let known = knownSections
        for title in requiredSections {
            guard let index = body.sectionIndex(title) else {
                reader.error(at: bodyStart, "missing section '## \(title)'", hint: "add a '## \(title)' heading with its text")
                continue
            }
            let section = body.sections[index]
            if section.isEmpty {
                reader.error(at: section.location, "section '\(section.title)' is empty", hint: "write its text under the heading")
            } else if title == "Pros" || title == "Cons", section.listItems.isEmpty {
                reader.error(at: section.location, "section '\(section.title)' must be a list",
                             hint: "write each point as a '- ' list item")
            }
        }
        for title in recommendedSections where body.sectionIndex(title) == nil {
            reader.warning(at: bodyStart, "no '## \(title)' section", hint: "readers look for it; add it when you can")
        }
        for section in body.sections where !known.contains(where: { $0.caseInsensitiveEquals(section.title) }) {
            if let suggestion = DidYouMean.suggestion(for: section.title, among: known) {
                reader.warning(at: section.location, "unknown section '\(section.title)'", hint: "did you mean '\(suggestion)'?")
            }
        }
    }
}
