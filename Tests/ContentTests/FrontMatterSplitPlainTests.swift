import Diagnostics
import Testing
@testable import Content

/// The byte-scanning split of `\n`-only files must give exactly what cutting into lines gives.
struct FrontMatterSplitPlainTests {
    static let texts = [
        "---\nname: A\nformula: x\n---\n\nBody\n",
        "---\nname: A\n---",
        "---\nname: A\n---\n",
        "---\n---\nBody",
        "---   \nname: A\n...\t \nBody\n## Pros\n",
        "---\n\n\nname: A\n\n---\n\n\nBody\n\n",
        "---\nname: A\n",
        "name: A\n---\n",
        "",
        "---",
        "...\nname: A\n---\n",
        "---\ntitle: ----\n----\n---\nrest\n---\nmore",
        "--- \u{301}\nname: A\n---\n",
        "---\nname: Ä ü\n---\nKörper ✓\n",
    ]

    @Test(arguments: texts)
    func plainSplitEqualsLineSplit(_ text: String) {
        let plain = FrontMatterSplit.splitPlain(text)
        #expect(plain != nil)
        #expect(plain == FrontMatterSplit.splitLines(text))
    }

    @Test(arguments: ["---\r\nname: A\r\n---\r\nBody\r\n", "\u{FEFF}---\nname: A\n---\n", "---\nname: A\r---\n", "---\nname: A\n---\nBody after the fence\r"])
    func textsWithCarriageReturnsOrAByteOrderMarkTakeTheGeneralWay(_ text: String) {
        #expect(FrontMatterSplit.splitPlain(text) == nil)
        #expect(FrontMatterSplit.split(text) == FrontMatterSplit.splitLines(text))
    }

    @Test func yamlWithoutAnAmpersandHasNoAnchor() {
        #expect(YAMLAnchorCheck.firstAnchor(in: "name: A\nformula: x\n") == nil)
        #expect(YAMLAnchorCheck.firstAnchor(in: "name: &a A\n") == SourceLocation(line: 1, column: 7))
    }
}
