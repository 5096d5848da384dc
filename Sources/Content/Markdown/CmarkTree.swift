internal import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that talks to cmark. It parses Markdown, walks the node tree with
/// cmark's iterator (no recursion, so deeply nested input cannot overflow the stack),
/// copies what Nonlin needs into Swift values, and frees every cmark object before it
/// returns. No cmark pointer outlives `parse`.
enum CmarkTree {
    struct Options {
        /// Pass raw HTML through (cmark's "unsafe" mode). Off by default: raw HTML is
        /// replaced by a comment and `javascript:` links are dropped.
        var allowRawHTML = false
        /// Render level-1 and level-2 headings. Off, their `html` is left empty: all
        /// `MarkdownBody` keeps of them is their text, which becomes a section's title.
        var rendersSectionHeadings = true
    }

    /// Parses `markdown` and returns its top-level blocks.
    /// Lines in the result are 1-based within `markdown`; columns are UTF-8 bytes (cmark's unit).
    static func parse(_ markdown: String, options: Options = .init()) -> [RawBlock] {
        var flags = CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        if options.allowRawHTML { flags |= CMARK_OPT_UNSAFE }
        // The string's own bytes (`withUTF8` copies only a string not stored as UTF-8).
        var text = markdown
        guard let document = text.withUTF8({ buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, flags)
                }
            } ?? cmark_parse_document("", 0, flags)
        }) else { return [] }
        defer { cmark_node_free(document) }

        var blocks: [RawBlock] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            blocks.append(block(node, flags: flags, rendersSectionHeadings: options.rendersSectionHeadings))
            child = cmark_node_next(node)
        }
        return blocks
    }

    /// The whole document rendered by cmark in one go: what the blocks' HTML, joined,
    /// must equal (tests compare the two).
    static func documentHTML(_ markdown: String, options: Options = .init()) -> String {
        var flags = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        if options.allowRawHTML { flags |= CMARK_OPT_UNSAFE }
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, flags) else { return "" }
        defer { cmark_node_free(document) }
        return renderHTML(document, flags: flags)
    }

    private static func block(_ node: OpaquePointer, flags: Int32, rendersSectionHeadings: Bool) -> RawBlock {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_HEADING {
            let level = Int(cmark_node_get_heading_level(node))
            return RawBlock(kind: .heading(level: level, text: plainText(node)),
                            html: level > 2 || rendersSectionHeadings ? renderHTML(node, flags: flags) : "", line: line, column: column)
        }
        let html = renderHTML(node, flags: flags)
        switch type {
        case CMARK_NODE_PARAGRAPH:
            return RawBlock(kind: .paragraph, html: html, line: line, column: column)
        case CMARK_NODE_LIST:
            var items: [RawBlock.Item] = []
            var child = cmark_node_first_child(node)
            while let item = child {
                items.append(RawBlock.Item(html: innerHTMLOfListItem(item, flags: flags),
                                           line: Int(cmark_node_get_start_line(item))))
                child = cmark_node_next(item)
            }
            return RawBlock(kind: .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, items: items),
                            html: html, line: line, column: column)
        default:
            return RawBlock(kind: .other, html: html, line: line, column: column)
        }
    }

    /// cmark renders an item as `<li>…</li>\n`, honouring the list's tightness; the
    /// wrapper is removed so the item's own content remains.
    private static func innerHTMLOfListItem(_ item: OpaquePointer, flags: Int32) -> String {
        guard let rendered = cmark_render_html(item, flags & ~CMARK_OPT_SOURCEPOS) else { return "" }
        defer { free(rendered) }
        return UnsafeRawPointer(rendered).withMemoryRebound(to: UInt8.self, capacity: strlen(rendered) + 1) {
            innerHTML(ofListItem: UnsafeBufferPointer(start: $0, count: strlen(rendered)))
        }
    }

    /// `withoutListItemWrapper` of the rendered item's text, with the cuts found on its
    /// bytes and one String made of what is left, where that gives the same text: every
    /// cut is next to ASCII, where a byte is a Character boundary. A non-ASCII neighbour
    /// (which might join `>` or `<` into one Character) takes the Character way.
    static func innerHTML(ofListItem bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = bytes.count
        // A `\n` at the end is a Character of its own unless a `\r` before it makes `\r\n`.
        func endsWithLineFeed() -> Bool { end > start && bytes[end - 1] == 0x0A && !(end - 2 >= start && bytes[end - 2] == 0x0D) }
        if bytes.starts(with: "<li>".utf8) {
            guard bytes.count == 4 || bytes[4] < 0x80 else { return withoutListItemWrapper(String(decoding: bytes, as: UTF8.self)) }
            start = 4
        }
        while endsWithLineFeed() { end -= 1 }
        if end - start >= 5, bytes[(end - 5)..<end].elementsEqual("</li>".utf8) {
            guard end - 6 < start || bytes[end - 6] < 0x80 else { return withoutListItemWrapper(String(decoding: bytes, as: UTF8.self)) }
            end -= 5
        }
        while start < end, bytes[start] == 0x0A { start += 1 }
        while endsWithLineFeed() { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The item's HTML without `<li>`, `</li>` and the line ends around them, cut on Characters.
    static func withoutListItemWrapper(_ rendered: String) -> String {
        var html = rendered
        if html.hasPrefix("<li>") { html.removeFirst(4) }
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasSuffix("</li>") { html.removeLast(5) }
        while html.first == "\n" { html.removeFirst() }
        while html.last == "\n" { html.removeLast() }
        return html
    }

    private static func renderHTML(_ node: OpaquePointer, flags: Int32) -> String {
        guard let rendered = cmark_render_html(node, flags & ~CMARK_OPT_SOURCEPOS) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The concatenated literal text of a node's descendants (for heading titles).
    private static func plainText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}

/// A top-level Markdown block as cmark saw it, copied into Swift values.
struct RawBlock: Equatable {
    enum Kind: Equatable {
        case heading(level: Int, text: String)
        case paragraph
        case list(ordered: Bool, items: [Item])
        case other
    }

    struct Item: Equatable {
        var html: String
        var line: Int
    }

    var kind: Kind
    var html: String
    /// 1-based line in the parsed text; 0 when cmark does not know.
    var line: Int
    /// 1-based column in UTF-8 bytes; 0 when cmark does not know.
    var column: Int
}
