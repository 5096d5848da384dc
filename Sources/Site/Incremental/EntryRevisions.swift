import Content

/// A revision number per activation, bumped when its document changes, so that a page
/// can say cheaply which version of each activation it was made from.
///
/// Three numbers per id: `full` moves with any change to the document, `front` only when
/// something other than the Markdown body changed (name, formula, parameters, links…),
/// and `listing` only when its name or framework names changed. Pages that list every
/// activation (the home table, the print card) read no prose, so an edit to an
/// activation's prose leaves them as they were; the 404 page and the frameworks table
/// read only names, so a new formula leaves them too.
struct EntryRevisions: Sendable {
    private(set) var full: [String: Int] = [:]
    private(set) var front: [String: Int] = [:]
    private(set) var listing: [String: Int] = [:]
    private var frontText: [String: String] = [:]
    private var listingText: [String: String] = [:]
    private var counter = 0

    /// Records `document` as the current version of its id, as changed.
    mutating func changed(_ document: ActivationDocument) {
        counter += 1
        full[document.id] = counter
        let text = Self.frontMatter(document)
        if frontText[document.id] != text {
            frontText[document.id] = text
            front[document.id] = counter
        }
        let names = String(reflecting: (document.name, document.frameworks))
        if listingText[document.id] != names {
            listingText[document.id] = names
            listing[document.id] = counter
        }
    }

    /// Forgets every id not in `ids` (its file was removed).
    mutating func keep(only ids: Set<String>) {
        for id in full.keys where !ids.contains(id) {
            full[id] = nil
            front[id] = nil
            listing[id] = nil
            frontText[id] = nil
            listingText[id] = nil
        }
    }

    func knows(_ id: String) -> Bool { full[id] != nil }

    /// Every field of the document but its body, as text. Reflection lists the fields, so
    /// a field added to `ActivationDocument` later is covered without a change here.
    static func frontMatter(_ document: ActivationDocument) -> String {
        var copy = document
        copy.body = emptyBody
        return String(reflecting: copy)
    }

    private static let emptyBody = MarkdownBody(markdown: "")
}
