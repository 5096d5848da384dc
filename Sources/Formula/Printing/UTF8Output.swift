/// Text written as UTF-8 bytes into one growing array, made a `String` once at the end.
///
/// The renderers append many short pieces (tags, operators, digits); appending each to a
/// `String` costs a capacity and ASCII check per piece, appending bytes to an array little
/// more than a copy.
extension Array where Element == UInt8 {
    /// Appends the bytes of a literal.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends the UTF-8 of `text`.
    @inline(__always)
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// The bytes as a `String` (they are UTF-8 made from `String`s and literals).
    var utf8String: String { String(decoding: self, as: UTF8.self) }
}
