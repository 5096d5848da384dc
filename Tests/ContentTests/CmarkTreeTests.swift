import Testing
@testable import Content

/// `CmarkTree` renders block by block (a list also item by item);
/// joined, the blocks must be exactly what cmark renders for the whole document.
struct CmarkTreeTests {
    static let documents = [
        "- a\n- b\n",
        "- a\n\n- b\n",
        "* one\n* two\n\n  more of two\n",
        "+ x\n+ y\n",
        "1. first\n2. second\n",
        "3. third\n4. fourth\n",
        "0. zero\n",
        "123456789. big\n",
        "1) paren\n2) list\n",
        "-\n- empty first\n",
        "- outer\n  - inner\n  - inner 2\n- outer 2\n",
        "- a\n\n  1. b\n\n     c\n",
        "- ```\n  code\n  ```\n- > quote\n",
        "- ![alt *em*](img.png \"t\") and <b>raw</b>\n- <div>\nblock\n</div>\n",
        "Summary.\n\n## Pros\n\n- Signal *region* curve.\n- Bounded `x`.\n\n## Cons\n\n1. One\n1. Two\n\nText after.\n",
        "> - in a quote\n> - two\n",
        "- a\n- b\n\n\n- c\n",
        "- é ü\n- 👩‍👩‍👧 \"quotes\" -- dashes...\n",
    ]

    @Test(arguments: documents)
    func blocksJoinedAreCmarksDocument(_ markdown: String) {
        for allowRawHTML in [false, true] {
            let options = CmarkTree.Options(allowRawHTML: allowRawHTML)
            #expect(CmarkTree.parse(markdown, options: options).map(\.html).joined()
                == CmarkTree.documentHTML(markdown, options: options))
        }
    }

    @Test func listItemsAreTheirContentWithoutTheWrapper() {
        let blocks = CmarkTree.parse("- a\n- b *c*\n\n1. loose\n\n2. list\n")
        #expect(blocks.map(\.kind) == [
            .list(ordered: false, items: [.init(html: "a", line: 1), .init(html: "b <em>c</em>", line: 2)]),
            .list(ordered: true, items: [.init(html: "<p>loose</p>", line: 4), .init(html: "<p>list</p>", line: 6)]),
        ])
    }
}

extension CmarkTreeTests {
    /// Cutting a rendered item's wrapper on bytes gives what cutting it on Characters gives,
    /// also where Characters and bytes part: combining marks, a prepended mark, `\r\n`.
    @Test(arguments: [
        "<li>a</li>\n", "<li>\n<p>a</p>\n</li>\n", "<li></li>\n", "<li>", "</li>", "", "\n", "\n\n", "<li>\n\n</li>\n\n",
        "<li>\u{301}a</li>\n", "<li>a\u{600}</li>\n", "<li>a\u{301}</li>\n", "<li>a\r\n</li>\r\n", "<li>\r\na</li>\n",
        "<li>a\r</li>\n\r\n", "\r\n<li>a</li>", "<li>é</li>\n", "<li>👩‍👩‍👧</li>\n", "x<li>a</li>\n", "<li>a</li>x",
        "<li>\n", "\n</li>\n", "<li>\u{200D}</li>\n", "<li>a\u{200D}</li>\n",
    ])
    func itemWrapperIsCutAsOnCharacters(_ rendered: String) {
        let bytes = Array(rendered.utf8)
        let cut = bytes.withUnsafeBufferPointer { CmarkTree.innerHTML(ofListItem: $0) }
        #expect(cut == CmarkTree.withoutListItemWrapper(rendered), "\(rendered.debugDescription)")
    }
}

extension CmarkTreeTests {
    @Test func sectionHeadingsAreLeftUnrenderedOnlyWhenAsked() {
        let markdown = "# One\n\nText.\n\n## Two\n\n### Three\n\n- a\n"
        let full = CmarkTree.parse(markdown)
        let lean = CmarkTree.parse(markdown, options: .init(rendersSectionHeadings: false))
        #expect(full.map(\.html) == ["<h1>One</h1>\n", "<p>Text.</p>\n", "<h2>Two</h2>\n", "<h3>Three</h3>\n", "<ul>\n<li>a</li>\n</ul>\n"])
        #expect(lean.map(\.kind) == full.map(\.kind))
        #expect(lean.map(\.html) == ["", "<p>Text.</p>\n", "", "<h3>Three</h3>\n", "<ul>\n<li>a</li>\n</ul>\n"])
    }
}
