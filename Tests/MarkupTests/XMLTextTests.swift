import Markup
import Testing

@Suite struct XMLTextTests {
    @Test func escapesEveryCharacterThatCanBreakOutOfTextOrAttributes() {
        #expect(XMLText.escape(#"<script>alert("x" & 'y')</script>"#)
            == "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;")
    }

    @Test func leavesOtherTextAloneIncludingNonASCII() {
        #expect(XMLText.escape("σ(x)·Φ(x) − α") == "σ(x)·Φ(x) − α")
    }

    /// The byte-by-byte escape (which leaves every other byte as it is) gives what escaping
    /// scalar by scalar gives, on text mixing the five characters with multi-byte
    /// and combining characters, both as a String and appended to bytes already there.
    @Test func escapingByteByByteEqualsEscapingScalarByScalar() {
        var state: UInt64 = 23
        func nextIndex(below count: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(count))
        }
        let pieces = ["a", "<", ">", "&", "\"", "'", "′", "—", "é", "𝜎", " ", "x", "&amp;", "\u{301}"]
        let mixed = (0..<300).map { _ in (0..<nextIndex(below: 13)).map { _ in pieces[nextIndex(below: pieces.count)] }.joined() }
        for text in ["f(x) and its derivative", "x < 0 & y > \"1\" 'q'", "", "<&>"] + mixed {
            let expected = Self.escapedScalarByScalar(text)
            #expect(XMLText.escape(text) == expected, "\(text)")
            var bytes = Array("prefix ".utf8)
            XMLText.escape(text, into: &bytes)
            #expect(bytes == Array(("prefix " + expected).utf8), "\(text)")
        }
    }

    private static func escapedScalarByScalar(_ text: String) -> String {
        var out = ""
        // By scalar, not Character: "&" followed by a combining accent is one Character,
        // and its "&" must still be escaped.
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
