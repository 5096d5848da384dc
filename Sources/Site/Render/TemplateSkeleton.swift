import Foundation
import Markup
import Mustache

/// A template rendered once by swift-mustache with stand-in texts, kept as its literal pieces
/// and the places where each text goes, so that the next page of the same shape is put
/// together without the library: the template stays the source of the markup, and the library
/// is asked once per shape instead of once per page.
///
/// What the library renders for fields that are texts, Bools, `TemplateFields` and lists of
/// them or of texts depends on a text only through the text itself (where it lands, escaped
/// or not) and on whether it is empty or absent (sections); a Bool decides sections, an
/// object's fields are looked up like the page's, a list repeats its section once per item.
/// So a page whose fields read by the template have the same `Shape` as the fields the
/// skeleton was made from renders as the skeleton with its own texts put in. A template that
/// reads anything else gets no skeleton.
///
/// Learning checks itself: the template is rendered with two sets of stand-ins, each in
/// the form that changes visibly under every transform and under the library's own HTML
/// escaping, and the skeleton must give back both renderings and the real page, byte for byte.
final class TemplateSkeleton: Sendable {
    /// What a field held when the skeleton was made.
    indirect enum Shape: Sendable, Equatable {
        case absent, empty, text, yes, no
        /// `TemplateFields`, with the fields the template read of it.
        case object([Field])
        /// `[TemplateFields]` (items are objects) or `[String]` (items are texts), item by item.
        case list([Shape])
    }

    /// A field the template read, by name, and what it held.
    struct Field: Sendable, Equatable {
        var name: String
        var shape: Shape
    }

    /// Where a text goes: which of the texts read, escaped (`{{…}}`) or not (`{{{…}}}`).
    struct Slot: Sendable, Equatable {
        var text: Int
        var escaped: Bool
    }

    /// The page's fields the template read, in the order it first read them.
    let reads: [Field]
    /// The literal text before each slot, and after the last: `slots.count + 1` pieces.
    let pieces: [String]
    let slots: [Slot]
    /// The pieces' UTF-8, one after the other, and where each piece ends in it.
    private let literal: [UInt8]
    private let pieceEnds: [Int]
    private let textCount: Int

    private init(reads: [Field], textCount: Int, pieces: [String], slots: [Slot]) {
        self.reads = reads
        self.textCount = textCount
        self.pieces = pieces
        self.slots = slots
        var literal: [UInt8] = [], pieceEnds: [Int] = []
        for piece in pieces {
            literal.append(contentsOf: piece.utf8)
            pieceEnds.append(literal.count)
        }
        self.literal = literal
        self.pieceEnds = pieceEnds
    }

    /// The page for `fields`, or nil when they are not of this skeleton's shape.
    func render(_ fields: TemplateFields) -> String? {
        guard let texts = texts(fields) else { return nil }
        return Self.splice(pieces, slots, capacity: literal.count + texts.length) { slot in
            slot.escaped ? TemplateEscaping.escape(texts.texts[slot.text]) : texts.texts[slot.text]
        }
    }

    /// The page for `fields` as UTF-8 (as written to its file), or nil when they are not of
    /// this skeleton's shape.
    func bytes(_ fields: TemplateFields) -> [UInt8]? {
        guard let texts = texts(fields) else { return nil }
        var page: [UInt8] = []
        // Room for the texts as they are; escaping, seldom needed, may grow the array once.
        page.reserveCapacity(literal.count + texts.length)
        literal.withUnsafeBufferPointer { literal in
            texts.texts.withUnsafeBufferPointer { texts in
                var start = 0
                for (end, slot) in zip(pieceEnds, slots) {
                    page.append(contentsOf: UnsafeBufferPointer(rebasing: literal[start..<end]))
                    start = end
                    if slot.escaped {
                        XMLText.escape(texts[slot.text], into: &page)
                    } else {
                        page.append(contentsOf: texts[slot.text].utf8)
                    }
                }
                page.append(contentsOf: UnsafeBufferPointer(rebasing: literal[start...]))
            }
        }
        return page
    }

    /// The texts `fields` put in the slots, and their length in UTF-8.
    private func texts(_ fields: TemplateFields) -> (texts: [String], length: Int)? {
        var texts: [String] = []
        texts.reserveCapacity(textCount)
        var length = 0
        guard Self.collect(reads, of: fields, into: &texts, length: &length) else { return nil }
        return (texts, length)
    }

    /// The texts of `reads` in `object`, in order; false when a field is not of its shape.
    private static func collect(_ reads: [Field], of object: TemplateFields, into texts: inout [String], length: inout Int) -> Bool {
        for read in reads {
            guard collect(read.shape, object.child(named: read.name), into: &texts, length: &length) else { return false }
        }
        return true
    }

    private static func collect(_ shape: Shape, _ value: Any?, into texts: inout [String], length: inout Int) -> Bool {
        switch shape {
        case .text:
            guard let text = value as? String, !text.isEmpty else { return false }
            length += text.utf8.count
            texts.append(text)
        case .empty:
            guard let text = value as? String, text.isEmpty else { return false }
        case .absent:
            guard value == nil else { return false }
        case .yes:
            guard value as? Bool == true else { return false }
        case .no:
            guard value as? Bool == false else { return false }
        case .object(let reads):
            guard let object = value as? TemplateFields, collect(reads, of: object, into: &texts, length: &length) else { return false }
        case .list(let items):
            // Lists of objects are cast as such first (a list of texts would be tried item by item).
            if case .object = items.first, let list = value as? [TemplateFields] {
                guard list.count == items.count else { return false }
                for (item, shape) in zip(list, items) {
                    guard case .object(let reads) = shape, collect(reads, of: item, into: &texts, length: &length) else { return false }
                }
            } else if let list = value as? [String] {
                guard list.count == items.count else { return false }
                for (item, shape) in zip(list, items) {
                    guard collect(shape, item, into: &texts, length: &length) else { return false }
                }
            } else if items.isEmpty, let list = value as? [TemplateFields] {
                guard list.isEmpty else { return false }
            } else {
                return false
            }
        }
        return true
    }

    private static func splice(_ pieces: [String], _ slots: [Slot], capacity: Int, _ text: (Slot) -> String) -> String {
        var page = ""
        // Room for the texts as they are; escaping, seldom needed, may grow the string once.
        page.reserveCapacity(capacity)
        for (piece, slot) in zip(pieces, slots) {
            page += piece
            page += text(slot)
        }
        page += pieces[slots.count]
        return page
    }

    // MARK: Shapes of whole contexts

    /// A hint to the shape of every field of `fields` (read by the template or not), the same
    /// whatever order a dictionary keeps its keys in; nil when a field is of no `Shape`. Cheap
    /// rather than exact: a field counts by the length of its name and the kind of its value,
    /// so different shapes may share a hint (a skeleton checks every field it reads anyway).
    static func shapeHint(_ fields: TemplateFields) -> Int? {
        guard let values = dictionaryHint(fields.values), let layout = dictionaryHint(fields.layout) else { return nil }
        return values &+ mix(layout)
    }

    private static func dictionaryHint<Value>(_ values: [String: Value]) -> Int? {
        var sum = 0
        for (name, value) in values {
            guard let kind = Value.self == String.self ? 3 : valueHint(value) else { return nil }
            sum &+= mix(name.utf8.count &+ kind &<< 8)
        }
        return sum
    }

    /// By the value's type: a cast from `Any`, the more so a failed one, costs more than the
    /// comparison. A text counts as a text, empty or not (the skeletons that fit pages with
    /// one hint are tried in turn).
    private static func valueHint(_ value: Any) -> Int? {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == ObjectIdentifier(String.self) { return 3 }
        if type == ObjectIdentifier(Bool.self) { return value as! Bool ? 4 : 5 }
        if type == ObjectIdentifier(TemplateFields.self) { return shapeHint(value as! TemplateFields).map { mix($0 &+ 6) } }
        if type == ObjectIdentifier([TemplateFields].self) {
            var hint = 7
            for item in value as! [TemplateFields] {
                guard let item = shapeHint(item) else { return nil }
                hint = mix(hint &+ item)
            }
            return hint
        }
        if type == ObjectIdentifier([String].self) { return mix(8 &+ (value as! [String]).count) }
        return nil
    }

    /// SplitMix64's finalizer: every bit of `x` moves every bit of the result.
    private static func mix(_ x: Int) -> Int {
        var z = UInt64(bitPattern: Int64(x))
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(Int64(bitPattern: z ^ (z >> 31)))
    }

    // MARK: Learning

    /// The stand-in for text `index` in rendering `round` (0 or 1): private-use marks around
    /// a `&` and a `"` joined to a combining mark (escaped differently by Nonlin and by the
    /// library's HTML escaping) and letters of both cases (changed by every case transform).
    static func standIn(_ index: Int, round: Int) -> String {
        "\u{E000}&\"\u{301}\(index)Q\(round == 0 ? "a" : "b")\u{E001}"
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

/// The skeletons of a template set's templates, learnt as pages are rendered; shared by
/// the threads that render them. A shape gets a skeleton the second time a page of its shape
/// hint is rendered, so pages of shapes seen once cost one rendering, not three.
final class TemplateSkeletons: @unchecked Sendable {
    /// Shapes kept per template, and failed attempts before a template is left to the library.
    static let maxSkeletons = 64
    static let maxFailures = 3
    /// Up to this many skeletons are tried in turn; past it, the page's shape hint picks them.
    static let triedInTurn = 2

    private struct Entry {
        var skeletons: [TemplateSkeleton] = []
        /// Shape hint of a page → the skeletons that fitted pages with that hint.
        var byShape: [Int: [TemplateSkeleton]] = [:]
        /// Shape hints of pages rendered once, without a skeleton.
        var seen: Set<Int> = []
        var failures = 0
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// How many shapes of template `name` have a skeleton.
    func count(_ name: String) -> Int { lock.withLock { entries[name]?.skeletons.count ?? 0 } }

    /// Template `name` with `fields`: put together from a skeleton when there is one of their
    /// shape, else rendered by `render` (and its skeleton learnt, while the template has room).
    func render(_ name: String, _ fields: TemplateFields, render: (Any) -> String?) -> String? {
        page(name, fields, render: render, skeleton: { $0.render(fields) }, library: { $0 })
    }

    /// `render(_:_:render:)` as UTF-8.
    func bytes(_ name: String, _ fields: TemplateFields, render: (Any) -> String?) -> [UInt8]? {
        page(name, fields, render: render, skeleton: { $0.bytes(fields) }, library: { Array($0.utf8) })
    }

    private func page<Page>(_ name: String, _ fields: TemplateFields, render: (Any) -> String?,
                            skeleton made: (TemplateSkeleton) -> Page?, library: (String) -> Page) -> Page? {
        let entry = lock.withLock { entries[name] } ?? Entry()
        var shape: Int?
        if entry.skeletons.count <= Self.triedInTurn {
            for skeleton in entry.skeletons {
                if let page = made(skeleton) { return page }
            }
        } else {
            shape = TemplateSkeleton.shapeHint(fields)
            for skeleton in shape.flatMap({ entry.byShape[$0] }) ?? [] {
                if let page = made(skeleton) { return page }
            }
        }
        guard let page = render(fields) else { return nil }
        guard entry.failures < Self.maxFailures, entry.skeletons.count < Self.maxSkeletons,
              let shape = shape ?? TemplateSkeleton.shapeHint(fields) else { return library(page) }
        if !entry.seen.contains(shape) {
            lock.withLock { _ = entries[name, default: Entry()].seen.insert(shape) }
            return library(page)
        }
        let learnt = TemplateSkeleton.learn(fields, rendered: page, render: render)
        lock.withLock {
            var entry = entries[name] ?? Entry()
            if let learnt {
                let known = entry.skeletons.first { $0.reads == learnt.reads }
                if known == nil { entry.skeletons.append(learnt) }
                let skeleton = known ?? learnt
                if !(entry.byShape[shape] ?? []).contains(where: { $0 === skeleton }) { entry.byShape[shape, default: []].append(skeleton) }
            } else {
                entry.failures += 1
            }
            entries[name] = entry
        }
        return library(page)
    }
}
