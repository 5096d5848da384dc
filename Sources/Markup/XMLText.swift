/// Escaping text for HTML, XML, SVG and MathML: the one place Nonlin turns text into
/// markup-safe text, shared by the formula renderer, the plotter and the site.
public enum XMLText {
    /// `text` safe inside an element and inside a single- or double-quoted attribute.
    /// Text without any of the five characters (nearly all of it: names, numbers, paths)
    /// comes back as it is, after one pass over its bytes, without a copy.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { entity(for: $0) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text`'s UTF-8 appended to `bytes`, escaped as `escape(_:)` escapes it. The five
    /// characters are ASCII, so no other byte (nor any multi-byte character) changes:
    /// the runs between them are appended whole.
    public static func escape(_ text: String, into bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                guard let entity = entity(for: utf8[index]) else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                bytes.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    /// The entity that stands for `byte`, or nil when the byte is written as it is.
    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
