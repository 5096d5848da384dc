import Testing
@testable import Content

/// The ASCII fast paths give what the general Unicode ways give, on the texts where
/// they take a shortcut and on the ones where they must not.
struct StringASCIIFastPathTests {
    static let texts = [
        "", "a", "Pros", "pros", "PROS", "Pro", "Prosa", "When to use", "when To Use", "When to use ", " When to use",
        "\tTabbed\n", "x\u{301}", "X\u{301}", "K", "k", "\u{212A}", "\u{212A}elvin", "Kelvin", "İ", "i\u{307}", "i",
        "ß", "SS", "ss", "Σ", "σ", "ΑΣ", "ας", "Problem it solves", "Problem it sølves", "\u{85}x\u{85}", "\u{A0}nbsp",
        "end\u{2003}", "a\r\n", "\u{FEFF}Pros", "@[`{", "`@{[", "0123456789abcdefghijklmnop", "0123456789ABCDEFGHIJKLMNOé",
    ]

    @Test func caseInsensitiveEqualsAgreesWithLowercased() {
        for a in Self.texts {
            for b in Self.texts {
                #expect(a.caseInsensitiveEquals(b) == (a.lowercased() == b.lowercased()), "\(a.debugDescription) vs \(b.debugDescription)")
            }
        }
    }

    @Test func trimmedAgreesWithCharacterWhitespace() {
        for text in Self.texts {
            var s = Substring(text)
            while let c = s.first, c.isWhitespace { s.removeFirst() }
            while let c = s.last, c.isWhitespace { s.removeLast() }
            #expect(text.trimmed == String(s), "\(text.debugDescription)")
        }
    }

    @Test func isASCIIAgreesWithItsBytes() {
        for text in Self.texts + Self.texts.map({ String(repeating: $0, count: 9) }) + ["0123456\u{7F}", "01234567\u{80}"] {
            #expect(text.isASCII == text.utf8.allSatisfy { $0 < 0x80 }, "\(text.debugDescription)")
        }
    }
}
