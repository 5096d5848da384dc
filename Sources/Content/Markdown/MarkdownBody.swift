import Diagnostics

/// A Markdown body split into what comes before the first `##` heading (the summary)
/// and one section per `##` heading, each keeping cmark's rendered HTML.
public struct MarkdownBody: Hashable, Sendable {
    /// One `## Title` and the blocks under it, up to the next `##`.
    public struct Section: Hashable, Sendable {
        public var title: String
        /// Where the heading is, in file coordinates.
        public var location: SourceLocation
        /// The HTML of every block in the section, in order.
        public var html: String
        /// The items of the section's lists, each as its rendered HTML (no `<li>` wrapper).
        public var listItems: [String]
        /// True when the section has no block at all under its heading.
        public var isEmpty: Bool { html.isEmpty }
    }

    /// The HTML of the blocks before the first `##` heading.
    public var summaryHTML: String
    public var summaryLocation: SourceLocation?
    public var sections: [Section]

    public func section(_ title: String) -> Section? {
        sectionIndex(title).map { sections[$0] }
    }

    /// Where the section titled `title` (in any case) is, read in place.
    func sectionIndex(_ title: String) -> Int? {
        for index in sections.indices where sections[index].title.caseInsensitiveEquals(title) { return index }
        return nil
    }

    /// Parses `markdown`, whose first line is line `firstLine` of its file.
    public init(markdown: String, firstLine: Int = 1, allowRawHTML: Bool = false) {
        let blocks = CmarkTree.parse(markdown, options: .init(allowRawHTML: allowRawHTML, rendersSectionHeadings: false))
        // In ASCII text a UTF-8 column is the scalar column: the lines are cut only for
        // text that has other characters.
        let lines = markdown.isASCII ? nil : markdown.lineSlices(carriageReturns: false)
        func location(_ block: RawBlock) -> SourceLocation {
            var column = max(1, block.column)
            if let lines {
                let lineText = block.line >= 1 && block.line <= lines.count ? lines[block.line - 1] : ""
                column = SourceLocation.scalarColumn(fromUTF8Column: column, in: lineText)
            }
            return SourceLocation(line: block.line + firstLine - 1, column: column)
        }

        var summary = ""
        var summaryLocation: SourceLocation?
        var sections: [Section] = []
        // Sized once (one per level-1/2 heading) rather than grown by doubling.
        sections.reserveCapacity(blocks.reduce(0) { count, block in
            if case .heading(let level, _) = block.kind, level <= 2 { return count + 1 }
            return count
        })
        for block in blocks {
            if case .heading(let level, let text) = block.kind, level <= 2 {
                sections.append(Section(title: text.trimmed, location: location(block), html: "", listItems: []))
                continue
            }
            if sections.isEmpty {
                if summaryLocation == nil { summaryLocation = location(block) }
                summary += block.html
            } else {
                sections[sections.count - 1].html += block.html
                if case .list(_, let items) = block.kind {
                    sections[sections.count - 1].listItems += items.map(\.html)
                }
            }
        }
        self.summaryHTML = summary
        self.summaryLocation = summaryLocation
        self.sections = sections
    }
}
