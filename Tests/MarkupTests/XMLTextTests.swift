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
}
