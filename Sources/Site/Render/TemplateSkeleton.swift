import Foundation
import Mustache

/// A template rendered once by swift-mustache with stand-in texts, kept as its literal pieces
/// and the places where each text goes, so that the next page of the same shape is put
/// together without the library: the template stays the source of the markup, and the library
/// is asked once per shape instead of once per page.
///
/// What the library renders for fields that are texts and Bools depends on a text only
/// through the text itself (where it lands, escaped or not) and on whether it is empty or
/// absent (sections); a Bool decides sections. So a page whose fields read by the template
/// have the same kinds (absent, empty text, text, true, false) as the fields the skeleton
/// was made from renders as the skeleton with its own texts put in. A template that reads
/// anything else (a list, an object, a dotted name) gets no skeleton.
///
/// Learning checks itself: the template is rendered with two sets of stand-ins, each in
/// the form that changes visibly under every transform and under the library's own HTML
/// escaping, and the skeleton must give back both renderings and the real page, byte for byte.
struct TemplateSkeleton: Sendable {
    /// What a field held when the skeleton was made.
    enum Kind: Sendable, Equatable {
        case absent, empty, text, yes, no

        init?(_ value: Any?) {
            guard let value else { self = .absent; return }
            if let text = value as? String {
                self = text.isEmpty ? .empty : .text
            } else if let flag = value as? Bool {
                self = flag ? .yes : .no
            } else {
                return nil
            }
        }
    }

    /// Where a text goes: which of the texts read, escaped (`{{…}}`) or not (`{{{…}}}`).
    struct Slot: Sendable, Equatable {
        var text: Int
        var escaped: Bool
    }

    /// The fields the template read, in the order it first read them, with their kinds.
    let reads: [(name: String, kind: Kind)]
    /// The literal text before each slot, and after the last: `slots.count + 1` pieces.
    let pieces: [String]
    let slots: [Slot]
    private let literalLength: Int

    private init(reads: [(name: String, kind: Kind)], pieces: [String], slots: [Slot]) {
        self.reads = reads
        self.pieces = pieces
        self.slots = slots
        literalLength = pieces.reduce(0) { $0 + $1.utf8.count }
    }

    /// The page for `fields`, or nil when they are not of this skeleton's shape.
    func render(_ fields: TemplateFields) -> String? {
        var texts: [String] = []
        texts.reserveCapacity(reads.count)
        var length = literalLength
        for read in reads {
            let value = fields.child(named: read.name)
            switch read.kind {
            case .text:
                guard let text = value as? String, !text.isEmpty else { return nil }
                length += text.utf8.count
                texts.append(text)
            case .empty:
                guard let text = value as? String, text.isEmpty else { return nil }
            case .absent:
                guard value == nil else { return nil }
            case .yes, .no:
                guard let flag = value as? Bool, flag == (read.kind == .yes) else { return nil }
            }
        }
        return Self.splice(pieces, slots, capacity: length) { slot in
            slot.escaped ? TemplateEscaping.escape(texts[slot.text]) : texts[slot.text]
        }
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

    // MARK: Learning

    /// The stand-in for field `index` in rendering `round` (0 or 1): private-use marks around
    /// a `&` and a `"` joined to a combining mark (escaped differently by Nonlin and by the
    /// library's HTML escaping) and letters of both cases (changed by every case transform).
    static func standIn(_ index: Int, round: Int) -> String {
        "\u{E000}&\"\u{301}\(index)Q\(round == 0 ? "a" : "b")\u{E001}"
    }

    /// The skeleton of the template that `render` renders, for pages of the shape of
    /// `fields`, whose page is `rendered`; nil when the template cannot have one.
    static func learn(_ fields: TemplateFields, rendered: String, render: (Any) -> String?) -> TemplateSkeleton? {
        // Every text field's stand-ins, numbered by name; the layout's fields are looked up
        // first (see TemplateFields), so a name in both gets the layout's.
        var names: [String] = []
        func standIns<Value>(_ values: [String: Value], round: Int) -> [String: Value] {
            var result = values
            for (name, value) in values {
                guard let text = value as? String, !text.isEmpty else { continue }
                let index = names.firstIndex(of: name) ?? { names.append(name); return names.count - 1 }()
                result[name] = (standIn(index, round: round) as! Value)
            }
            return result
        }
        func standInFields(round: Int) -> TemplateFields {
            TemplateFields(standIns(fields.values, round: round), layout: standIns(fields.layout, round: round))
        }
        let first = ReadLog(), second = ReadLog()
        guard let firstPage = render(ReadingFields(fields: standInFields(round: 0), log: first)),
              let secondPage = render(ReadingFields(fields: standInFields(round: 1), log: second)),
              first.names == second.names else { return nil }
        var reads: [(name: String, kind: Kind)] = []
        var textIndex: [String: Int] = [:]
        for name in first.names {
            guard let kind = Kind(fields.child(named: name)) else { return nil }
            if kind == .text { textIndex[name] = reads.lazy.filter { $0.kind == .text }.count }
            reads.append((name, kind))
        }
        // A stand-in as it appears in the first rendering → its slot.
        var slotOf: [String: Slot] = [:]
        for (index, name) in names.enumerated() {
            guard let text = textIndex[name] else { continue }
            let raw = standIn(index, round: 0)
            slotOf[insideMarks(raw)] = Slot(text: text, escaped: false)
            slotOf[insideMarks(TemplateEscaping.escape(raw))] = Slot(text: text, escaped: true)
        }
        guard let (pieces, slots) = cut(firstPage, slotOf) else { return nil }
        let skeleton = TemplateSkeleton(reads: reads, pieces: pieces, slots: slots)
        // The skeleton must give back the second rendering and the real page.
        let textNames = reads.filter { $0.kind == .text }.map(\.name)
        let secondTexts = textNames.map { standIn(names.firstIndex(of: $0)!, round: 1) }
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

/// The names a template reads, in the order first read.
private final class ReadLog {
    var names: [String] = []
    private var seen: Set<String> = []

    func note(_ name: String) {
        if seen.insert(name).inserted { names.append(name) }
    }
}

/// Fields that note every name the template asks for.
private struct ReadingFields: MustacheParent {
    let fields: TemplateFields
    let log: ReadLog

    func child(named name: String) -> Any? {
        log.note(name)
        return fields.child(named: name)
    }
}

/// The skeletons of a template set's templates, learnt as pages are rendered; shared by
/// the threads that render them.
final class TemplateSkeletons: @unchecked Sendable {
    /// Shapes kept per template, and failed attempts before a template is left to the library.
    static let maxSkeletons = 8
    static let maxFailures = 3

    private struct Entry {
        var skeletons: [TemplateSkeleton] = []
        var failures = 0
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// How many shapes of template `name` have a skeleton.
    func count(_ name: String) -> Int { lock.withLock { entries[name]?.skeletons.count ?? 0 } }

    /// Template `name` with `fields`: put together from a skeleton when there is one of their
    /// shape, else rendered by `render` (and its skeleton learnt, while the template has room).
    func render(_ name: String, _ fields: TemplateFields, render: (Any) -> String?) -> String? {
        let entry = lock.withLock { entries[name] }
        if let entry {
            for skeleton in entry.skeletons {
                if let page = skeleton.render(fields) { return page }
            }
        }
        guard let page = render(fields) else { return nil }
        if entry.map({ $0.failures < Self.maxFailures && $0.skeletons.count < Self.maxSkeletons }) ?? true {
            let learnt = TemplateSkeleton.learn(fields, rendered: page, render: render)
            lock.withLock {
                var entry = entries[name] ?? Entry()
                if let learnt {
                    let shape = learnt.reads.map(\.kind), names = learnt.reads.map(\.name)
                    if !entry.skeletons.contains(where: { $0.reads.map(\.kind) == shape && $0.reads.map(\.name) == names }) {
                        entry.skeletons.append(learnt)
                    }
                } else {
                    entry.failures += 1
                }
                entries[name] = entry
            }
        }
        return page
    }
}
