import Markup

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

    /// `text` made safe inside an element or an attribute, escaped straight into the output
    /// (no escaped `String` made).
    mutating func writeEscaped(_ text: String) {
        XMLText.escape(text, into: &bytes)
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
