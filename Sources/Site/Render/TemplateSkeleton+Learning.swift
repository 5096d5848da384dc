import Mustache

/// Learning a skeleton: the template rendered with stand-ins, cut where they landed, and
/// checked against a second rendering and the real page.
extension TemplateSkeleton {
    /// The stand-in for text `index` in rendering `round` (0 or 1): private-use marks around
    /// a `&` and a `"` joined to a combining mark (escaped differently by Nonlin and by the
    /// library's HTML escaping) and letters of both cases (changed by every case transform).
    /// The second round's ends with a line break: inside an indented partial the library
    /// indents whatever follows a text that ends a line, which a skeleton (cut from the first
    /// round) would not, so a template with texts inside an indented partial fails the second
    /// round's check and stays with the library.
    static func standIn(_ index: Int, round: Int) -> String {
        round == 0 ? "\u{E000}&\"\u{301}\(index)Qa\u{E001}" : "\u{E000}&\"\u{301}\(index)Qb\u{E001}\n"
    }

    /// `value` with every non-empty text replaced by a stand-in (numbered by `count`) and every
    /// object by one that notes what the template reads of it.
    private static func standIns(_ value: Any, round: Int, count: inout Int) -> Any {
        if let text = value as? String {
            guard !text.isEmpty else { return text }
            count += 1
            return standIn(count, round: round)
        }
        if let object = value as? TemplateFields { return standIns(object, round: round, count: &count) }
        if let list = value as? [TemplateFields] { return list.map { standIns($0, round: round, count: &count) } }
        if let list = value as? [String] { return list.map { standIns($0, round: round, count: &count) as! String } }
        return value
    }

    private static func standIns(_ object: TemplateFields, round: Int, count: inout Int) -> ReadingFields {
        var values = object.values, layout = object.layout
        for (name, value) in object.values { values[name] = standIns(value, round: round, count: &count) }
        for (name, value) in object.layout { layout[name] = (standIns(value, round: round, count: &count) as! String) }
        return ReadingFields(fields: TemplateFields(values, layout: layout), log: ReadLog())
    }

    /// The shape of what the template read of `real`, whose stand-in it read as `standIn`;
    /// the stand-ins of its texts are added to `texts` in the order `collect` takes texts.
    private static func shape(_ real: Any?, _ standIn: Any?, texts: inout [String]) -> Shape? {
        guard let real else { return .absent }
        if let text = real as? String {
            guard !text.isEmpty else { return .empty }
            guard let standIn = standIn as? String else { return nil }
            texts.append(standIn)
            return .text
        }
        if let flag = real as? Bool { return flag ? .yes : .no }
        if let object = real as? TemplateFields, let reading = standIn as? ReadingFields {
            return readShapes(object, reading, texts: &texts).map(Shape.object)
        }
        if let list = real as? [TemplateFields], let readings = standIn as? [ReadingFields], list.count == readings.count {
            var items: [Shape] = []
            for (item, reading) in zip(list, readings) {
                guard let fields = readShapes(item, reading, texts: &texts) else { return nil }
                items.append(.object(fields))
            }
            return .list(items)
        }
        if let list = real as? [String], let standIns = standIn as? [String], list.count == standIns.count {
            var items: [Shape] = []
            for (item, standIn) in zip(list, standIns) {
                guard let shape = shape(item, standIn, texts: &texts) else { return nil }
                items.append(shape)
            }
            return .list(items)
        }
        return nil
    }

    private static func readShapes(_ object: TemplateFields, _ reading: ReadingFields, texts: inout [String]) -> [Field]? {
        var fields: [Field] = []
        for name in reading.log.names {
            guard let shape = shape(object.child(named: name), reading.fields.child(named: name), texts: &texts) else { return nil }
            fields.append(Field(name: name, shape: shape))
        }
        return fields
    }

    /// The skeleton of the template that `render` renders, for pages of the shape of
    /// `fields`, whose page is `rendered`; nil when the template cannot have one.
    static func learn(_ fields: TemplateFields, rendered: String, render: (Any) -> String?) -> TemplateSkeleton? {
        var firstCount = 0, secondCount = 0
        let first = standIns(fields, round: 0, count: &firstCount), second = standIns(fields, round: 1, count: &secondCount)
        var firstTexts: [String] = [], secondTexts: [String] = []
        guard let firstPage = render(first), let secondPage = render(second),
              let reads = readShapes(fields, first, texts: &firstTexts), readShapes(fields, second, texts: &secondTexts) == reads
        else { return nil }
        // A stand-in as it appears in the first rendering → its slot.
        var slotOf: [String: Slot] = [:]
        for (text, standIn) in firstTexts.enumerated() {
            slotOf[insideMarks(standIn)] = Slot(text: text, escaped: false)
            slotOf[insideMarks(TemplateEscaping.escape(standIn))] = Slot(text: text, escaped: true)
        }
        guard let (pieces, slots) = cut(firstPage, slotOf) else { return nil }
        let skeleton = TemplateSkeleton(reads: reads, textCount: firstTexts.count, pieces: pieces, slots: slots)
        // The skeleton must give back the second rendering and the real page.
        let secondSpliced = splice(pieces, slots, capacity: 0) { slot in
            slot.escaped ? TemplateEscaping.escape(secondTexts[slot.text]) : secondTexts[slot.text]
        }
        guard secondSpliced.utf8.elementsEqual(secondPage.utf8), let real = skeleton.render(fields),
              real.utf8.elementsEqual(rendered.utf8) else { return nil }
        return skeleton
    }

    private static func insideMarks(_ standIn: String) -> String {
        String(standIn.unicodeScalars.dropFirst().dropLast())
    }

    /// `page` cut at its stand-ins (between U+E000 and U+E001, scalar by scalar): the literal
    /// pieces and the slots; nil if something between the marks is not a stand-in.
    private static func cut(_ page: String, _ slotOf: [String: Slot]) -> (pieces: [String], slots: [Slot])? {
        var pieces: [String] = [], slots: [Slot] = []
        var rest = page.unicodeScalars[...]
        while let open = rest.firstIndex(of: "\u{E000}") {
            pieces.append(String(rest[..<open]))
            let inside = rest[rest.index(after: open)...]
            guard let close = inside.firstIndex(of: "\u{E001}"), let slot = slotOf[String(inside[..<close])] else { return nil }
            slots.append(slot)
            rest = inside[inside.index(after: close)...]
        }
        guard !rest.contains("\u{E001}") else { return nil }
        pieces.append(String(rest))
        return (pieces, slots)
    }
}

/// The names a template reads of an object, in the order first read.
private final class ReadLog {
    var names: [String] = []
    private var seen: Set<String> = []

    func note(_ name: String) {
        if seen.insert(name).inserted { names.append(name) }
    }
}

/// Fields that note every name the template asks them for.
private struct ReadingFields: MustacheParent {
    let fields: TemplateFields
    let log: ReadLog

    func child(named name: String) -> Any? {
        log.note(name)
        return fields.child(named: name)
    }
}
