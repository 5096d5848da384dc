/// SVG text assembled as UTF-8 bytes and made a `String` once, so writing a plot builds
/// no intermediate strings: text, numbers in `SVGNumber`'s spelling, and path data.
struct SVGWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `text` made safe inside an element or an attribute, as `XMLText.escape` makes it.
    /// The characters escaped are ASCII, so the UTF-8 bytes are escaped one by one, straight
    /// into the output: the runs between them appended whole, no escaped `String` made.
    mutating func writeEscaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (i, byte) in utf8.enumerated() {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                bytes.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    /// `value` rounded to 0.01 and spelled as `SVGNumber.format` spells it.
    mutating func write(_ value: Double) {
        SVGNumber.write(hundredths: SVGNumber.hundredths(value), to: &bytes)
    }

    /// The opening of an `<svg>` element drawn at `width` × `height`: its namespace, class,
    /// view box and size (the element is left open for more attributes).
    mutating func writeSVGStart(class name: String, width: Double, height: Double) {
        write("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
        write(name)
        write("\" viewBox=\"0 0 ")
        write(width)
        write(" ")
        write(height)
        write("\" width=\"")
        write(width)
        write("\" height=\"")
        write(height)
        write("\"")
    }

    mutating func write(_ path: PathEncoder) {
        bytes.append(contentsOf: path.bytes)
    }

    mutating func write(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
