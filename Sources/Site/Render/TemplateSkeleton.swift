import Markup

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

    init(reads: [Field], textCount: Int, pieces: [String], slots: [Slot]) {
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

    static func splice(_ pieces: [String], _ slots: [Slot], capacity: Int, _ text: (Slot) -> String) -> String {
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
}
