import Diagnostics
import Formula
import Yams

/// Turns the text of one `Content/activations/<id>.md` into an `ActivationDocument`,
/// collecting every problem it finds (not only the first) as positioned diagnostics.
/// Cross-file checks (duplicate ids, dangling `related`) belong to `ContentLoader`.
public enum ActivationFileParser {
    public static let knownKeys = [
        "name", "full_name", "aliases", "formula", "parameters", "constants", "year", "paper",
        "frameworks", "approximates", "related", "plot",
    ]
    static let parameterKeys = ["default", "symbol", "description", "learnable", "range"]
    static let constantKeys = ["value", "symbol", "description"]
    static let paperKeys = ["title", "authors", "url"]
    static let frameworkKeys = ["name", "defaults", "note"]
    static let requiredSections = ["Problem it solves", "Pros", "Cons"]
    static let recommendedSections = ["When to use", "Used in"]
    static let knownSections = requiredSections + recommendedSections

    /// An id is lowercase letters, digits and `-`: it becomes a URL path segment.
    /// Read on UTF-8 bytes: every allowed character is one ASCII byte, so an id that passes
    /// has as many Characters as bytes.
    public static func isValidID(_ id: String) -> Bool {
        let bytes = id.utf8
        guard let first = bytes.first, let last = bytes.last, bytes.count <= 64,
              first != UInt8(ascii: "-"), last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
    }

    public static func parse(
        id: String, path: String, text: String, allowRawHTML: Bool = false
    ) -> (document: ActivationDocument?, diagnostics: [Diagnostic]) {
        let source = LazySourceText(path: path, text: text)
        var diagnostics: [Diagnostic] = []
        if !isValidID(id) {
            diagnostics.append(Diagnostic(path: path, message: "'\(id)' is not a valid activation id",
                                          hint: "name the file with lowercase letters, digits and '-', e.g. leaky-relu.md"))
        }
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(text) {
        case .success(let s): split = s
        case .failure(.missingOpeningFence):
            diagnostics.append(source.value.diagnostic(at: SourceLocation(line: 1, column: 1), "missing front matter",
                                                 hint: "start the file with a line '---', the YAML fields, then another '---'"))
            return (nil, diagnostics)
        case .failure(.missingClosingFence(let line)):
            diagnostics.append(source.value.diagnostic(at: SourceLocation(line: line, column: 1), "front matter is never closed",
                                                 hint: "add a line '---' after the last YAML field"))
            return (nil, diagnostics)
        }

        var reader = YAMLReader(source: source, firstLine: split.yamlFirstLine)
        guard let root = compose(split.yaml, reader: &reader) else {
            return (nil, diagnostics + reader.diagnostics)
        }
        guard var fields = reader.fields(root, "the front matter") else { return (nil, diagnostics + reader.diagnostics) }

        let name = required("name", in: &fields, reader: &reader, hint: "add `name: Display Name` to the front matter")
            .flatMap { reader.string($0, "name") }
        let fullName = fields.take("full_name").flatMap { reader.string($0, "full_name") }
        let aliases = fields.take("aliases").flatMap { reader.strings($0, "aliases") }?.map(\.0) ?? []
        let parametersNode = fields.take("parameters")
        let constantsNode = fields.take("constants")
        let parameters = parametersNode.map { readParameters($0, reader: &reader) } ?? []
        let constants = constantsNode.map { readConstants($0, reader: &reader) } ?? []
        // Names count as declared even when their values are malformed, so one mistake
        // is reported once, not again as an unknown name in the formula.
        let declaredNames = Set([parametersNode, constantsNode].compactMap { $0?.mapping?.keys.compactMap(\.string) }.joined())
        let year = fields.take("year").flatMap { reader.integer($0, "year") }
        let paper = fields.take("paper").flatMap { readPaper($0, reader: &reader) }
        let frameworks = fields.take("frameworks").map { readFrameworks($0, reader: &reader) } ?? []
        let approximates = fields.take("approximates").flatMap { node in
            reader.string(node, "approximates").map { Reference(id: $0, location: reader.location(of: node)) }
        }
        let related = fields.take("related").flatMap { reader.strings($0, "related") }?
            .map { Reference(id: $0.0, location: $0.1) } ?? []
        let plotView = fields.take("plot").flatMap { readPlotView($0, reader: &reader) }
        let formulaNode = required("formula", in: &fields, reader: &reader, hint: "add `formula: …` in the formula language, e.g. `formula: max(0, x)`")
        fields.reportUnknown(known: knownKeys, into: &reader)

        if let year, !(1800...2100).contains(year) {
            reader.error(at: fields.take("year").flatMap { reader.location(of: $0) }, "year \(year) is not plausible",
                         hint: "give the year the activation was introduced")
        }
        var formula: FormulaSource?
        if let formulaNode, let text = reader.string(formulaNode, "formula") {
            formula = parseFormula(text, node: formulaNode, names: declaredNames, parameters: parameters, reader: &reader)
        }

        let body = MarkdownBody(markdown: split.body, firstLine: split.bodyFirstLine, allowRawHTML: allowRawHTML)
        checkSections(body, lineCount: split.lineCount, bodyFirstLine: split.bodyFirstLine, reader: &reader)

        diagnostics += reader.diagnostics
        guard let name, let formula, !diagnostics.containsErrors else { return (nil, diagnostics) }
        return (ActivationDocument(
            id: id, path: path, name: name, fullName: fullName, aliases: aliases, formula: formula,
            parameters: parameters, constants: constants, year: year, paper: paper, frameworks: frameworks,
            approximates: approximates, related: related, plotView: plotView, body: body
        ), diagnostics)
    }

    /// Composes YAML, turning libYAML's errors into positioned diagnostics. `empty` is
    /// what to say when there is no YAML at all.
    static func compose(
        _ yaml: String, reader: inout YAMLReader,
        empty: (message: String, hint: String) = ("the front matter is empty", "add at least `name:` and `formula:`")
    ) -> Node? {
        if let anchor = YAMLAnchorCheck.firstAnchor(in: yaml) {
            reader.error(at: SourceLocation(line: anchor.line + reader.firstLine - 1, column: anchor.column),
                         "YAML anchors (&name) are not supported",
                         hint: "write each value out in full; if '&' is part of a text, put the text in quotes")
            return nil
        }
        do {
            // UTF-8 named outright: Yams's default encoding reads the whole process
            // environment on every call, to look for an override. The basic resolver
            // leaves every scalar a string: `YAMLReader` types values itself, from their
            // text and quoting, so resolving tags by regular expression (which Yams does
            // again each time it hashes a key) would be work thrown away.
            guard let root = try Yams.compose(yaml: yaml, .basic, sharedConstructor, .utf8) else {
                reader.error(at: SourceLocation(line: reader.firstLine, column: 1), empty.message, hint: empty.hint)
                return nil
            }
            return root
        } catch let error as YamlError {
            reader.record(YAMLErrorMapping.diagnostic(for: error, reader: reader))
            return nil
        } catch {
            reader.error(at: SourceLocation(line: reader.firstLine, column: 1), "the front matter could not be read: \(error)")
            return nil
        }
    }

    /// Yams's `Constructor.default` builds its three tables of value makers at every use;
    /// Nonlin never constructs values from nodes, so one constructor serves every file.
    /// It holds only constants, so sharing it between threads is safe.
    nonisolated(unsafe) private static let sharedConstructor = Constructor.default

    private static func required(_ key: String, in fields: inout Fields, reader: inout YAMLReader, hint: String) -> Node? {
        if let node = fields.take(key) { return node }
        reader.error(at: SourceLocation(line: 1, column: 1), "missing required field '\(key)'", hint: hint)
        return nil
    }
}
