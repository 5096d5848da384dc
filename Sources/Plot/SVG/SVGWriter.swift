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
