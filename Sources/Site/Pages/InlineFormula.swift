import Content
import Formula

/// A formula in running text (table rows, print cards, comparison tables): inline MathML.
///
/// `Expression.mathML(display: false)` differs from the display form the entry already has
/// only in the `<math>` element's `display` attribute and in the `displaystyle` of a brace's
/// cases. So a formula without cases gets its inline form by swapping the opening tag of the
/// display form, instead of being written out again (a second MathML rendering per entry);
/// a formula with cases is rendered inline as before. A test pins the two forms equal.
enum InlineFormula {
    static let displayStart = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"
    static let inlineStart = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"inline\">"
    private static let displayCases = "<mtable displaystyle=\"true\">"

    /// `entry`'s inline MathML, kept with its other drawings (made once per computed entry).
    static func mathML(_ entry: ActivationEntry) -> String {
        // Inside the slot, so the fallback renders directly (asking the entry would wait on this slot).
        entry.renderings.inlineFormula {
            inline(fromDisplay: entry.formulaMathML)
                ?? entry.document.formula.expression.mathML(symbols: entry.document.symbols, display: false)
        }
    }

    /// The inline form of display MathML without cases; nil when it has cases or does not
    /// start as `Expression.mathML` writes it.
    static func inline(fromDisplay display: String) -> String? {
        let bytes = display.utf8
        guard bytes.starts(with: displayStart.utf8), !contains(bytes, displayCases.utf8) else { return nil }
        var out = inlineStart
        out += display[bytes.index(bytes.startIndex, offsetBy: displayStart.utf8.count)...]
        return out
    }

    /// Whether `needle` occurs in `text`, byte by byte over the strings' UTF-8 storage (a
    /// formula's MathML runs to kilobytes, and this runs once per entry).
    private static func contains(_ text: String.UTF8View, _ needle: String.UTF8View) -> Bool {
        guard let found = text.withContiguousStorageIfAvailable({ t in
            needle.withContiguousStorageIfAvailable { n in contains(t, n) }
        }), let found else {
            return Array(text).withUnsafeBufferPointer { t in Array(needle).withUnsafeBufferPointer { contains(t, $0) } }
        }
        return found
    }

    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard text.count >= needle.count else { return false }
        var start = 0
        let last = text.count - needle.count
        while start <= last {
            if text[start] == first {
                var k = 1
                while k < needle.count, text[start + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
