/// Escaping text for HTML, XML, SVG and MathML: the one place Nonlin turns text into
/// markup-safe text, shared by the formula renderer, the plotter and the site.
public enum XMLText {
    /// `text` safe inside an element and inside a single- or double-quoted attribute.
    /// Text without any of the five characters (nearly all of it: names, numbers, paths)
    /// comes back as it is, after one pass over its bytes, without a copy.
    public static func escape(_ text: String) -> String {
        let needsEscaping = text.utf8.contains {
            $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'")
        }
        guard needsEscaping else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
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
