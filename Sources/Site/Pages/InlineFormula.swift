import Content
import Formula

/// A formula in running text (table rows, print cards, comparison tables): inline MathML.
///
/// `Expression.mathML(display: false)` differs from the display form the entry already has
/// only in the `<math>` element's `display` attribute and in the `displaystyle` of a brace's
/// cases (`<mtable displaystyle="true">` becomes `<mtable>`). So the inline form is made from
/// the display form by swapping those tags, instead of being written out again (a second
/// MathML rendering per entry). The tags cannot come from a formula's own text, which is
/// escaped. A test pins the two forms equal for every formula and derivative in Content/.
enum InlineFormula {
    static let displayStart = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"
    static let inlineStart = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"inline\">"
    private static let displayCases = "<mtable displaystyle=\"true\">"
    private static let inlineCases = "<mtable>"

    /// `entry`'s inline MathML, kept with its other drawings (made once per computed entry).
    static func mathML(_ entry: ActivationEntry) -> String {
        // Inside the slot, so the fallback renders directly (asking the entry would wait on this slot).
        entry.renderings.inlineFormula {
            inline(fromDisplay: entry.formulaMathML)
                ?? entry.document.formula.expression.mathML(symbols: entry.document.symbols, display: false)
        }
    }

    /// The inline form of display MathML; nil when it does not start as `Expression.mathML`
    /// writes it.
    static func inline(fromDisplay display: String) -> String? {
        let bytes = display.utf8
        guard bytes.starts(with: displayStart.utf8) else { return nil }
        let swapped = bytes.withContiguousStorageIfAvailable(swappingTags)
            ?? Array(bytes).withUnsafeBufferPointer(swappingTags)
        return String(decoding: swapped, as: UTF8.self)
    }

    /// The UTF-8 of `display` (which starts with `displayStart`) with the inline tags.
    private static func swappingTags(_ display: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let cases = Array(displayCases.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(display.count)
        out.append(contentsOf: inlineStart.utf8)
        var rest = displayStart.utf8.count
        while let hit = firstOffset(of: cases, in: display, from: rest) {
            out.append(contentsOf: display[rest..<hit])
            out.append(contentsOf: inlineCases.utf8)
            rest = hit + cases.count
        }
        out.append(contentsOf: display[rest...])
        return out
    }

    /// Where `needle` first occurs in `text` at or after `start`, byte by byte (a formula's
    /// MathML runs to kilobytes).
    private static func firstOffset(of needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, text.count >= needle.count else { return nil }
        var offset = start
        let last = text.count - needle.count
        while offset <= last {
            if text[offset] == first {
                var k = 1
                while k < needle.count, text[offset + k] == needle[k] { k += 1 }
                if k == needle.count { return offset }
            }
            offset += 1
        }
        return nil
    }
}
