/// Escaping text for HTML, XML, SVG and MathML: the one place Nonlin turns text into
/// markup-safe text, shared by the formula renderer, the plotter and the site.
public enum XMLText {
    /// `text` safe inside an element and inside a single- or double-quoted attribute.
    public static func escape(_ text: String) -> String {
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
