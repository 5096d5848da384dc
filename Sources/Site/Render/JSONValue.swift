/// A JSON value with ordered object keys, so output is byte-for-byte deterministic.
/// Numbers use the shortest round-trip form; non-finite numbers become the strings
/// `"inf"`, `"-inf"` and `"nan"`, as DESIGN.md specifies.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    /// A number, or null when it is undefined.
    public static func optionalNumber(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    /// The value as JSON text; `level` is the nesting depth it is written at, for a value
    /// placed inside an array or object written separately.
    public func rendered(indent: Int? = 2, level: Int = 0) -> String {
        var out = ""
        write(into: &out, indent: indent, level: level)
        return out
    }

    /// Appends the value's JSON text to `out` (see `rendered`).
    func write(into out: inout String, indent: Int? = 2, level: Int = 0) {
        func newline(_ n: Int) {
            guard let indent else { return }
            let width = indent * n
            out += width < Self.lines.count ? Self.lines[width] : "\n" + String(repeating: " ", count: width)
        }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d):
            out += d.isFinite ? NumberFormatting.roundTrip(d) : "\"\(NumberFormatting.roundTrip(d))\""
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
            }
            newline(level)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                newline(level + 1)
                Self.quote(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent, level: level + 1)
            }
            newline(level)
            out += "}"
        }
    }

    /// A newline and 0, 1, 2, … spaces of indentation.
    private static let lines: [String] = (0..<24).map { "\n" + String(repeating: " ", count: $0) }

    static func quote(_ s: String) -> String {
        var out = ""
        quote(s, into: &out)
        return out
    }

    /// Appends `s` as a JSON string; most strings need no escape and are copied whole.
    static func quote(_ s: String, into out: inout String) {
        let plain = !s.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") }
        if plain {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += escaped(s)
    }

    private static func escaped(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"  // safe to embed in HTML <script> blocks
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
