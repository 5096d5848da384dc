import Yams

/// Composes the plain shape nearly all front matter has into the very `Node` tree Yams
/// would compose (the same values, styles and marks), without libYAML and Yams's events:
/// that was more than a third of parsing an activation file.
///
/// The shape: `key: value` lines and nested block mappings indented with spaces, block
/// sequences of `- value` lines, and on one line plain scalars, double-quoted scalars
/// without escapes, and flow sequences and mappings (`[a, b]`, `{k: v}`) of those.
/// Anything else — comments, tabs, blank lines, single quotes, escapes, block scalars,
/// anchors, tags, values continued on the next line, duplicate keys, characters libYAML
/// refuses or counts as line breaks — gives nil, and Yams composes the text (and reports
/// its errors) as before. `PlainYAMLComposerTests` compares the two on every accepted text.
struct PlainYAMLComposer {
    /// The text's UTF-8 bytes: the syntax is ASCII, and other bytes are only copied.
    private let text: [UInt8]
    /// The offset of each line's first byte in `text`, and one past the last line's end.
    private var lineStarts: [Int] = [0]
    private var row = 0
    private let resolver: Resolver
    private let constructor: Constructor

    /// The tree Yams composes from `yaml` with `resolver` and `constructor`, or nil when
    /// `yaml` is not of the plain shape.
    static func compose(_ yaml: String, resolver: Resolver, constructor: Constructor) -> Node? {
        guard Mark.canBeMade, var composer = PlainYAMLComposer(yaml, resolver: resolver, constructor: constructor),
              let root = composer.blockMapping(indent: 0, depth: 0), composer.row == composer.lineCount else { return nil }
        return root
    }

    private init?(_ yaml: String, resolver: Resolver, constructor: Constructor) {
        for scalar in yaml.unicodeScalars {
            guard Self.isAdmissible(scalar) else { return nil }
        }
        let text = Array(yaml.utf8)
        for (offset, byte) in text.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
        lineStarts.append(text.count + 1)
        self.text = text
        self.resolver = resolver
        self.constructor = constructor
    }

    /// Printable for libYAML, not a line break other than `\n`, and not one of the
    /// characters this composer leaves to Yams wherever they are (`#` starts a comment
    /// after a space, `\` an escape in double quotes, a tab is not indentation).
    private static func isAdmissible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: true
        case 0x23, 0x5C: false
        case 0x20...0x7E: true
        case 0xA0...0xD7FF: scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: scalar.value != 0xFEFF
        case 0x10000...: true
        default: false
        }
    }

    /// Nesting deeper than front matter needs is left to Yams (this composer recurses;
    /// libYAML does not, and reports a depth limit as an error).
    private static let maximumDepth = 16

    private var lineCount: Int { lineStarts.count - 1 }
    private func lineStart(_ row: Int) -> Int { lineStarts[row] }
    /// The offset just past the line's last byte (its `\n` or the text's end).
    private func lineEnd(_ row: Int) -> Int { lineStarts[row + 1] - 1 }

    /// The number of leading spaces of `row`, or nil for a line of spaces only.
    private func indentation(_ row: Int) -> Int? {
        var offset = lineStart(row)
        while offset < lineEnd(row), text[offset] == Self.space { offset += 1 }
        return offset == lineEnd(row) ? nil : offset - lineStart(row)
    }

    /// libYAML counts columns in Unicode scalars: the bytes that do not continue one.
    private func mark(at offset: Int) -> Mark {
        let scalars = text[lineStart(row)..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return Mark.made(line: row + 1, column: scalars + 1)
    }
    private func tag() -> Tag { Tag(.implicit, resolver, constructor) }

    // MARK: Block structure

    /// `key: value` lines at `indent`, up to a line indented less.
    private mutating func blockMapping(indent: Int, depth: Int) -> Node? {
        guard depth < Self.maximumDepth else { return nil }
        var pairs: [(Node, Node)] = []
        var names: [String] = []
        var mark: Mark?
        while row < lineCount {
            guard let lineIndent = indentation(row) else { return nil }
            if lineIndent < indent { break }
            guard lineIndent == indent else { return nil }
            var offset = lineStart(row) + indent
            guard let key = name(&offset), offset < lineEnd(row), text[offset] == Self.colon, !names.contains(key.name) else { return nil }
            names.append(key.name)
            if mark == nil { mark = key.mark }
            offset += 1
            let value: Node
            if offset == lineEnd(row) {
                row += 1
                guard row < lineCount, let childIndent = indentation(row) else { return nil }
                let first = lineStart(row) + childIndent
                if text[first] == Self.dash, first + 1 < lineEnd(row), text[first + 1] == Self.space, childIndent >= indent {
                    guard let sequence = blockSequence(indent: childIndent, depth: depth + 1) else { return nil }
                    value = sequence
                } else if childIndent > indent {
                    guard let mapping = blockMapping(indent: childIndent, depth: depth + 1) else { return nil }
                    value = mapping
                } else {
                    return nil
                }
            } else {
                guard text[offset] == Self.space, let node = lineValue(from: offset, depth: depth + 1) else { return nil }
                value = node
                row += 1
            }
            pairs.append((key.node, value))
        }
        guard let mark else { return nil }
        return .mapping(.init(pairs, tag(), .any, mark))
    }

    /// `- value` lines at `indent` (the parent key's indentation or deeper).
    private mutating func blockSequence(indent: Int, depth: Int) -> Node? {
        var items: [Node] = []
        let mark = mark(at: lineStart(row) + indent)
        while row < lineCount {
            guard let lineIndent = indentation(row) else { return nil }
            if lineIndent < indent { break }
            guard lineIndent == indent else { return nil }
            let dash = lineStart(row) + indent
            // A line at the same indentation that is not an item ends the sequence; it is
            // the parent's next key, or a mistake the parent refuses.
            guard text[dash] == Self.dash else { break }
            guard dash + 1 < lineEnd(row), text[dash + 1] == Self.space, let item = lineValue(from: dash + 1, depth: depth + 1) else { return nil }
            items.append(item)
            row += 1
        }
        return .sequence(.init(items, tag(), .any, mark))
    }

    /// The one value filling the rest of the line from `offset` (blanks before and after).
    private func lineValue(from offset: Int, depth: Int) -> Node? {
        var offset = offset
        skipBlanks(&offset)
        guard offset < lineEnd(row), let value = inlineValue(&offset, flow: false, depth: depth) else { return nil }
        skipBlanks(&offset)
        return offset == lineEnd(row) ? value : nil
    }

    // MARK: On one line

    private func skipBlanks(_ offset: inout Int) {
        while offset < lineEnd(row), text[offset] == Self.space { offset += 1 }
    }

    /// A key: letters, digits, `_` and (after the first) `-`.
    private func name(_ offset: inout Int) -> (node: Node, name: String, mark: Mark)? {
        let start = offset
        while offset < lineEnd(row) {
            let c = text[offset]
            guard (0x61...0x7A).contains(c) || (0x41...0x5A).contains(c) || (0x30...0x39).contains(c) || c == 0x5F
                || (c == Self.dash && offset > start) else { break }
            offset += 1
        }
        guard offset > start else { return nil }
        let name = string(start, offset)
        let mark = mark(at: start)
        return (.scalar(.init(name, tag(), .plain, mark)), name, mark)
    }

    private func string(_ start: Int, _ end: Int) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    private func inlineValue(_ offset: inout Int, flow: Bool, depth: Int) -> Node? {
        guard depth < Self.maximumDepth else { return nil }
        switch Unicode.Scalar(text[offset]) {
        case "[": return flowSequence(&offset, depth: depth)
        case "{": return flowMapping(&offset, depth: depth)
        case "\"": return doubleQuoted(&offset)
        case "'", "&", "*", "!", "|", ">", "%", "@", "`", "?", ":", ",", "]", "}":
            return nil
        case "-":
            // `-` starts a plain scalar only when something other than a blank follows.
            let next = offset + 1 < lineEnd(row) ? text[offset + 1] : Self.space
            guard next != Self.space, !(flow && Self.isFlowIndicator(next)) else { return nil }
            return plain(&offset, flow: flow)
        default:
            return plain(&offset, flow: flow)
        }
    }

    private static var space: UInt8 { 0x20 }
    private static var colon: UInt8 { 0x3A }
    private static var dash: UInt8 { 0x2D }
    private static var quote: UInt8 { 0x22 }

    private static func isFlowIndicator(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ",") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "{") || c == UInt8(ascii: "}")
    }

    /// A plain scalar, without its trailing blanks. A `:` ends the shape: before a blank
    /// (or the line's end) it makes a mapping, and in a flow libYAML reads it its own way.
    private func plain(_ offset: inout Int, flow: Bool) -> Node? {
        let start = offset
        var end = offset
        while offset < lineEnd(row) {
            let c = text[offset]
            if c == Self.colon, flow || offset + 1 == lineEnd(row) || text[offset + 1] == Self.space { return nil }
            if flow, Self.isFlowIndicator(c) { break }
            offset += 1
            if c != Self.space { end = offset }
        }
        offset = end
        return .scalar(.init(string(start, end), tag(), .plain, mark(at: start)))
    }

    /// `"…"` on one line, without escapes.
    private func doubleQuoted(_ offset: inout Int) -> Node? {
        let start = offset
        offset += 1
        while offset < lineEnd(row), text[offset] != Self.quote { offset += 1 }
        guard offset < lineEnd(row) else { return nil }
        offset += 1
        return .scalar(.init(string(start + 1, offset - 1), tag(), .doubleQuoted, mark(at: start)))
    }

    /// `[a, b]`: items separated by commas, no comma after the last.
    private func flowSequence(_ offset: inout Int, depth: Int) -> Node? {
        let mark = mark(at: offset)
        var items: [Node] = []
        guard flowEntries(&offset, closing: UInt8(ascii: "]"), entry: { offset in
            guard let item = inlineValue(&offset, flow: true, depth: depth + 1) else { return false }
            items.append(item)
            return true
        }) else { return nil }
        return .sequence(.init(items, tag(), .any, mark))
    }

    /// `{k: v, …}`: each key a name followed by `: `, keys unique.
    private func flowMapping(_ offset: inout Int, depth: Int) -> Node? {
        let mark = mark(at: offset)
        var pairs: [(Node, Node)] = []
        var names: [String] = []
        guard flowEntries(&offset, closing: UInt8(ascii: "}"), entry: { offset in
            guard let key = name(&offset), offset + 1 < lineEnd(row), text[offset] == Self.colon, text[offset + 1] == Self.space,
                  !names.contains(key.name) else { return false }
            names.append(key.name)
            offset += 1
            skipBlanks(&offset)
            guard offset < lineEnd(row), let value = inlineValue(&offset, flow: true, depth: depth + 1) else { return false }
            pairs.append((key.node, value))
            return true
        }) else { return nil }
        return .mapping(.init(pairs, tag(), .any, mark))
    }

    /// Reads the entries of a flow collection opening at `offset`, through its closing
    /// bracket, on the same line.
    private func flowEntries(_ offset: inout Int, closing: UInt8, entry: (inout Int) -> Bool) -> Bool {
        offset += 1
        skipBlanks(&offset)
        if offset < lineEnd(row), text[offset] == closing {
            offset += 1
            return true
        }
        while true {
            guard offset < lineEnd(row), entry(&offset) else { return false }
            skipBlanks(&offset)
            guard offset < lineEnd(row) else { return false }
            if text[offset] == closing {
                offset += 1
                return true
            }
            guard text[offset] == UInt8(ascii: ",") else { return false }
            offset += 1
            skipBlanks(&offset)
            guard offset < lineEnd(row), text[offset] != closing else { return false }
        }
    }
}

extension Mark {
    /// Yams gives `Mark` (a line and a column, both `Int`) no public initializer, and
    /// libYAML makes every mark; the composer makes its own from the two values.
    static func made(line: Int, column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }

    /// Whether `made` builds the mark it is asked for: `Mark` still holds exactly a line
    /// and a column, in that order. When a Yams release changes that, the composer is
    /// not used (Yams composes everything), rather than making wrong marks.
    static let canBeMade: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size,
              MemoryLayout<Mark>.alignment == MemoryLayout<(Int, Int)>.alignment else { return false }
        let mark = made(line: 3, column: 7)
        return mark.line == 3 && mark.column == 7
    }()
}
