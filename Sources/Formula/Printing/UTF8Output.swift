/// UTF-8 text written piece by piece into one buffer and made a `String` once at the end.
///
/// The renderers append many short pieces (tags, operators, digits). Appending each to a
/// `String` costs a capacity and ASCII check per piece, and appending to an `[UInt8]` a
/// uniqueness check and a call; here it is a bounds check and a copy. The buffer belongs to
/// the one value that holds it (the type cannot be copied) and is freed with it.
struct UTF8Output: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Appends bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends the bytes of a literal.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends the UTF-8 of `text`.
    @inline(__always)
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let newCapacity = Swift.max(needed, 2 * capacity)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        new.initialize(from: base, count: count)
        base.deallocate()
        base = new
        capacity = newCapacity
    }

    /// The bytes written from `start` on.
    func bytes(from start: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// Forgets the bytes from `length` on.
    mutating func truncate(to length: Int) {
        count = length
    }

    /// Inserts a literal's bytes at `position`, moving the bytes after it.
    mutating func insert(_ literal: StaticString, at position: Int) {
        let tail = bytes(from: position)
        count = position
        append(literal)
        tail.withUnsafeBufferPointer { append($0) }
    }

    /// The text written (the bytes are UTF-8 made from `String`s and literals).
    consuming func text() -> String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
}
