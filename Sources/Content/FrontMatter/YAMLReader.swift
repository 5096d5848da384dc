import Diagnostics
import Yams

/// Reads typed values out of a composed YAML tree (Yams `Node`, whose every value has a
/// mark) and records a positioned diagnostic for each value of the wrong shape, so one
/// pass reports every problem in a file.
struct YAMLReader {
    private let text: LazySourceText
    /// The file line of the YAML text's first line.
    let firstLine: Int
    private(set) var diagnostics: [Diagnostic] = []

    /// The whole file's text, for quoting lines and finding positions.
    var source: SourceText { text.value }

    init(source: SourceText, firstLine: Int) {
        self.init(source: LazySourceText(source), firstLine: firstLine)
    }

    init(source: LazySourceText, firstLine: Int) {
        text = source
        self.firstLine = firstLine
    }

    /// Yams marks are 1-based, columns in Unicode scalars: only the line needs shifting.
    func location(of node: Node) -> SourceLocation? {
        node.mark.map { SourceLocation(line: $0.line + firstLine - 1, column: $0.column) }
    }

    func location(of mark: Mark) -> SourceLocation {
        SourceLocation(line: mark.line + firstLine - 1, column: mark.column)
    }

    mutating func error(at location: SourceLocation?, _ message: String, hint: String? = nil) {
        diagnostics.append(source.diagnostic(at: location, message, hint: hint))
    }

    mutating func warning(at location: SourceLocation?, _ message: String, hint: String? = nil) {
        diagnostics.append(source.diagnostic(.warning, at: location, message, hint: hint))
    }

    mutating func record(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: Shapes
    // What a value is (`what`) is put into words only for a diagnostic: a value read
    // without a problem costs no message text.

    /// The keys and values of a mapping, in file order, or nil (with an error) for any
    /// other shape. Duplicate keys are errors.
    mutating func fields(_ node: Node, _ what: String) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error(at: location(of: node), "\(what) must be a mapping of keys to values",
                  hint: "write it as `key: value` lines indented under it, or `{key: value}`")
            return nil
        }
        var entries: [Fields.Entry] = []
        entries.reserveCapacity(mapping.count)
        // A front matter mapping has a dozen keys at most: earlier names are compared one
        // by one, and hashed into a set only for a long mapping.
        var names: Set<String>?
        // By index: Yams's iterator copies every pair into a new array first.
        for index in mapping.indices {
            let (key, value) = mapping[index]
            guard let name = key.scalar?.string else {
                error(at: location(of: key), "a key in \(what) must be a plain name")
                continue
            }
            if names == nil, entries.count >= 16 { names = Set(entries.indices.lazy.map { entries[$0].name }) }
            let isDuplicate = names != nil ? !names!.insert(name).inserted : entries.indices.contains { entries[$0].name == name }
            if isDuplicate {
                error(at: location(of: key), "duplicate key '\(name)' in \(what)", hint: "remove one of the two")
                continue
            }
            entries.append(.init(name: name, keyNode: key, value: value))
        }
        return Fields(entries: entries, context: what)
    }

    mutating func string(_ node: Node, _ what: @autoclosure () -> String, allowEmpty: Bool = false) -> String? {
        guard case .scalar(let scalar) = node else {
            error(at: location(of: node), "\(what()) must be text, not a \(node.shapeName)")
            return nil
        }
        if scalar.style == .plain, scalar.string == "~" || scalar.string == "null" || scalar.string.isEmpty {
            if allowEmpty { return "" }
            error(at: location(of: node), "\(what()) is empty", hint: "give it a value, or remove the line")
            return nil
        }
        return scalar.string
    }

    mutating func number(_ node: Node, _ what: @autoclosure () -> String) -> Double? {
        guard case .scalar(let scalar) = node, scalar.style == .plain,
              let value = Double.parseYAMLNumber(scalar.string) else {
            error(at: location(of: node), "\(what()) must be a number, got \(node.quotedValueDescription)",
                  hint: "write a decimal number such as 0.01, -1.5 or 1e-3")
            return nil
        }
        return value
    }

    mutating func integer(_ node: Node, _ what: @autoclosure () -> String) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            error(at: location(of: node), "\(what()) must be a whole number, got \(node.quotedValueDescription)")
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, _ what: @autoclosure () -> String) -> Bool? {
        guard case .scalar(let scalar) = node, scalar.style == .plain,
              let value = Self.boolValue(scalar.string.lowercased()) else {
            error(at: location(of: node), "\(what()) must be true or false, got \(node.quotedValueDescription)")
            return nil
        }
        return value
    }

    private static func boolValue(_ lowercased: String) -> Bool? {
        switch lowercased {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// A list of texts; a single text is not accepted (a likely slip), an empty list is.
    mutating func strings(_ node: Node, _ what: @autoclosure () -> String) -> [(String, SourceLocation?)]? {
        guard case .sequence(let sequence) = node else {
            if case .scalar(let s) = node, s.style == .plain, s.string.isEmpty || s.string == "~" { return [] }
            error(at: location(of: node), "\(what()) must be a list", hint: "write it as [a, b] or as `- a` lines")
            return nil
        }
        var result: [(String, SourceLocation?)] = []
        for item in sequence {
            if let text = string(item, "an item of \(what())") { result.append((text, location(of: item))) }
        }
        return result
    }

    /// A `[lower, upper]` pair with lower < upper.
    mutating func interval(_ node: Node, _ what: @autoclosure () -> String) -> ClosedRange<Double>? {
        guard case .sequence(let sequence) = node, sequence.count == 2 else {
            error(at: location(of: node), "\(what()) must be a pair [lower, upper]", hint: "for example [-5, 5]")
            return nil
        }
        guard let lower = number(sequence[0], "the lower end of \(what())"),
              let upper = number(sequence[1], "the upper end of \(what())") else { return nil }
        guard lower < upper, lower.isFinite, upper.isFinite else {
            error(at: location(of: node), "\(what()) must have a finite lower end below its upper end")
            return nil
        }
        return lower...upper
    }
}

/// The entries of one YAML mapping, taken one by one; what is left at the end is unknown.
struct Fields {
    struct Entry {
        var name: String
        var keyNode: Node
        var value: Node
    }

    var entries: [Entry]
    let context: String
    /// Whether each entry (by index) was taken: keys are unique, so a flag per entry
    /// serves where a set of names would hash every key.
    private var taken: [Bool]

    init(entries: [Entry], context: String) {
        self.entries = entries
        self.context = context
        taken = Array(repeating: false, count: entries.count)
    }

    mutating func take(_ key: String) -> Node? {
        // By index, reading the name in place: `firstIndex(where:)` hands the closure a
        // copy of each entry (three references) to read one.
        for index in entries.indices where entries[index].name == key {
            taken[index] = true
            return entries[index].value
        }
        return nil
    }

    /// Every key not taken, as an error with a did-you-mean among `known`.
    func reportUnknown(known: [String], into reader: inout YAMLReader) {
        // By index: `enumerated()` hands over a copy of every entry, taken or not.
        for index in entries.indices where !taken[index] {
            let entry = entries[index]
            let suggestion = DidYouMean.suggestion(for: entry.name, among: known)
            reader.error(
                at: reader.location(of: entry.keyNode),
                "unknown key '\(entry.name)' in \(context)",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "known keys: \(known.joined(separator: ", "))"
            )
        }
    }
}

extension Node {
    var shapeName: String {
        switch self {
        case .scalar: "text"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }

    var quotedValueDescription: String {
        if case .scalar(let s) = self { return "'\(s.string)'" }
        return "a \(shapeName)"
    }
}

extension Double {
    /// YAML 1.2 core-schema numbers, plus `.inf`/`-.inf` rejected (a parameter must be finite).
    static func parseYAMLNumber(_ text: String) -> Double? {
        let t = text.trimmed
        guard !t.isEmpty, t.allSatisfy({ "0123456789+-.eE_".contains($0) }), let v = Double(t.replacingUnderscores()),
              v.isFinite else { return nil }
        return v
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
