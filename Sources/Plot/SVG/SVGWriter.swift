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

    /// `text` made safe inside an element or an attribute by `XMLText.escape`, which
    /// leaves text without any of the characters it replaces as it is: such text (nearly
    /// all) is copied without building an escaped copy.
    mutating func writeEscaped(_ text: String) {
        let replaced = text.utf8.contains {
            $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'")
        }
        write(replaced ? XMLText.escape(text) : text)
    }

    /// `value` rounded to 0.01 and spelled as `SVGNumber.format` spells it.
    mutating func write(_ value: Double) {
        SVGNumber.write(hundredths: SVGNumber.hundredths(value), to: &bytes)
    }

    mutating func write(_ path: PathEncoder) {
        bytes.append(contentsOf: path.bytes)
    }

    mutating func write(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
