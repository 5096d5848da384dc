@testable import Content
import Testing

/// `lineSlices` scans bytes for speed; it must cut exactly where splitting on Characters does.
struct LineSlicesTests {
    static let texts = [
        "", "\n", "\r", "\r\n", "\n\r", "a", "a\nb", "a\r\nb", "a\rb", "a\r\r\nb\n\n", "---\r\nname: x\r\n---\r\nbody",
        "\u{FEFF}---\nname: é\n---\n", "e\u{301}\nx\u{301}\r\n👩‍👩‍👧\rz", "tail\r", "\r\n\r\n", "\u{2028}\u{85}\n",
    ]

    @Test(arguments: texts)
    func cutsAtEveryLineEndAsCharacterSplitting(_ text: String) {
        let expected = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        #expect(text.lineSlices(carriageReturns: true) == expected)
    }

    @Test(arguments: texts)
    func cutsAtLoneLineFeedsAsCharacterSplitting(_ text: String) {
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text.lineSlices(carriageReturns: false) == expected)
    }
}
