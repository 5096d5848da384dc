import Diagnostics
import Formula
import Yams

extension ActivationFileParser {
    static func readParameters(_ node: Node, reader: inout YAMLReader) -> [ParameterDeclaration] {
        guard let fields = reader.fields(node, "parameters") else { return [] }
        var result: [ParameterDeclaration] = []
        for entry in fields.entries {
            let hasValidName = checkName(entry, what: "parameter", reader: &reader)
            guard var spec = reader.fields(entry.value, "parameter '\(entry.name)'") else { continue }
            let value = spec.take("default")
            if value == nil {
                reader.error(at: reader.location(of: entry.keyNode), "parameter '\(entry.name)' has no default",
                             hint: "write `\(entry.name): {default: 1.0}`")
            }
            let defaultValue = value.flatMap { reader.number($0, "the default of '\(entry.name)'") }
            let symbol = spec.take("symbol").flatMap { reader.string($0, "symbol") } ?? entry.name
            let description = spec.take("description").flatMap { reader.string($0, "description", allowEmpty: true) } ?? ""
            let learnable = spec.take("learnable").flatMap { reader.bool($0, "learnable") } ?? false
            let rangeNode = spec.take("range")
            let range = rangeNode.flatMap { reader.interval($0, "the range of '\(entry.name)'") }
            spec.reportUnknown(known: parameterKeys, into: &reader)
            if let range, let defaultValue, !range.contains(defaultValue) {
                reader.error(at: rangeNode.flatMap { reader.location(of: $0) },
                             "the range of '\(entry.name)' does not contain its default \(defaultValue)",
                             hint: "widen the range or change the default")
            }
            if let defaultValue, hasValidName {
                result.append(ParameterDeclaration(name: entry.name, defaultValue: defaultValue, symbol: symbol,
                                                   description: description, learnable: learnable, range: range,
                                                   location: reader.location(of: entry.keyNode)))
            }
        }
        return result
    }

    static func readConstants(_ node: Node, reader: inout YAMLReader) -> [ConstantDeclaration] {
        guard let fields = reader.fields(node, "constants") else { return [] }
        var result: [ConstantDeclaration] = []
        for entry in fields.entries {
            let hasValidName = checkName(entry, what: "constant", reader: &reader)
            guard var spec = reader.fields(entry.value, "constant '\(entry.name)'") else { continue }
            let value = spec.take("value")
            if value == nil {
                reader.error(at: reader.location(of: entry.keyNode), "constant '\(entry.name)' has no value",
                             hint: "write `\(entry.name): {value: 1.0}`")
            }
            let number = value.flatMap { reader.number($0, "the value of '\(entry.name)'") }
            let symbol = spec.take("symbol").flatMap { reader.string($0, "symbol") } ?? entry.name
            let description = spec.take("description").flatMap { reader.string($0, "description", allowEmpty: true) } ?? ""
            spec.reportUnknown(known: constantKeys, into: &reader)
            if let number, hasValidName {
                result.append(ConstantDeclaration(name: entry.name, value: number, symbol: symbol, description: description))
            }
        }
        return result
    }

    /// Parameter and constant names must be identifiers and must not shadow `x`, `pi`, `e`, `and`, `or` or a function.
    /// A name that is not is reported once here, and its declaration is then left out
    /// (so it is not reported again as declared but unused).
    private static func checkName(_ entry: Fields.Entry, what: String, reader: inout YAMLReader) -> Bool {
        let name = entry.name
        let isIdentifier = name.first.map { $0.isLetter || $0 == "_" } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        if !isIdentifier {
            reader.error(at: reader.location(of: entry.keyNode), "'\(name)' is not a valid \(what) name",
                         hint: "use letters, digits and '_', starting with a letter")
            return false
        } else if FormulaLanguage.reservedNames.contains(name) || FormulaLanguage.functionNames.contains(name) {
            reader.error(at: reader.location(of: entry.keyNode), "\(what) name '\(name)' is reserved by the formula language",
                         hint: "choose another name")
            return false
        }
        return true
    }

    static func readPaper(_ node: Node, reader: inout YAMLReader) -> Paper? {
        guard var fields = reader.fields(node, "paper") else { return nil }
        let title = fields.take("title").flatMap { reader.string($0, "the paper's title") }
        let authors = fields.take("authors").flatMap { reader.string($0, "the paper's authors") }
        let url = fields.take("url").flatMap { urlNode -> String? in
            guard let url = reader.string(urlNode, "the paper's url") else { return nil }
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                reader.error(at: reader.location(of: urlNode), "the paper's url must start with https:// or http://")
                return nil
            }
            return url
        }
        fields.reportUnknown(known: paperKeys, into: &reader)
        guard let title else {
            reader.error(at: reader.location(of: node), "paper has no title", hint: "add `title:` under `paper:`")
            return nil
        }
        return Paper(title: title, authors: authors, url: url)
    }

    static func readFrameworks(_ node: Node, reader: inout YAMLReader) -> [FrameworkName] {
        guard let fields = reader.fields(node, "frameworks") else { return [] }
        var result: [FrameworkName] = []
        for entry in fields.entries {
            guard let framework = Framework(rawValue: entry.name) else {
                let known = Framework.allCases.map(\.rawValue)
                reader.error(at: reader.location(of: entry.keyNode), "unknown framework '\(entry.name)'",
                             hint: DidYouMean.suggestion(for: entry.name, among: known).map { "did you mean '\($0)'?" }
                                 ?? "known frameworks: \(known.joined(separator: ", "))")
                continue
            }
            let items: [Node]
            if case .sequence(let sequence) = entry.value { items = Array(sequence) } else { items = [entry.value] }
            for item in items {
                if case .scalar = item {
                    if let name = reader.string(item, "the \(framework.displayName) name") {
                        result.append(FrameworkName(framework: framework, name: name, defaults: "", note: nil))
                    }
                    continue
                }
                guard var spec = reader.fields(item, "the \(framework.displayName) entry") else { continue }
                let name = spec.take("name").flatMap { reader.string($0, "name") }
                let defaults = spec.take("defaults").flatMap { reader.string($0, "defaults", allowEmpty: true) } ?? ""
                let note = spec.take("note").flatMap { reader.string($0, "note") }
                spec.reportUnknown(known: frameworkKeys, into: &reader)
                guard let name else {
                    reader.error(at: reader.location(of: item), "the \(framework.displayName) entry has no name",
                                 hint: "add `name:` with the exact API name, e.g. torch.nn.ReLU")
                    continue
                }
                result.append(FrameworkName(framework: framework, name: name, defaults: defaults, note: note))
            }
        }
        return result
    }

    static func readPlotView(_ node: Node, reader: inout YAMLReader) -> PlotView? {
        guard var fields = reader.fields(node, "plot") else { return nil }
        let x = fields.take("x").flatMap { reader.interval($0, "plot.x") }
        let y = fields.take("y").flatMap { reader.interval($0, "plot.y") }
        fields.reportUnknown(known: ["x", "y"], into: &reader)
        return PlotView(x: x ?? -5...5, y: y)
    }
}
