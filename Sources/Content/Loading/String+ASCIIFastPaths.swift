extension String {
    /// Whether every byte is below 0x80, read eight bytes at a time (the `UTF8View`
    /// iterated byte by byte made this check a large part of parsing a Markdown body).
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var offset = 0
            while offset + 8 <= raw.count {
                if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                offset += 8
            }
            while offset < raw.count {
                if raw[offset] >= 0x80 { return false }
                offset += 1
            }
            return true
        } ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// The text without leading and trailing whitespace (`Character.isWhitespace`). Text
    /// that starts and ends with an ASCII byte that is not whitespace is returned as it is:
    /// its first Character starts with that byte's scalar, and no whitespace scalar joins
    /// an ASCII one after it into one Character, so neither end is whitespace.
    var trimmed: String {
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last) {
            return self
        }
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// Whether the two texts are equal once lowercased. ASCII letters are compared in
    /// place; where both texts agree up to a byte that is not ASCII, `lowercased()`
    /// decides (a non-ASCII letter may lowercase to ASCII, as the Kelvin sign does to `k`).
    func caseInsensitiveEquals(_ other: String) -> Bool {
        // The two texts' bytes read in place (both are stored contiguously but for a
        // bridged text); the inner nil means a byte that is not ASCII was met first.
        let inPlace: Bool?? = utf8.withContiguousStorageIfAvailable { a -> Bool?? in
            other.utf8.withContiguousStorageIfAvailable { b -> Bool? in Self.caseInsensitiveEqualsASCII(a, b) }
        } ?? nil
        if let decided = inPlace { return decided ?? (lowercased() == other.lowercased()) }
        var a = utf8.makeIterator()
        var b = other.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil):
                return true
            case (nil, _), (_, nil):
                return false
            case let (x?, y?):
                guard x < 0x80, y < 0x80 else { return lowercased() == other.lowercased() }
                if Self.lowercasedASCII(x) != Self.lowercasedASCII(y) { return false }
            }
        }
    }

    /// `caseInsensitiveEquals` on bytes, or nil where both agree up to a byte that is not ASCII.
    private static func caseInsensitiveEqualsASCII(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        for index in 0..<Swift.min(a.count, b.count) {
            let x = a[index], y = b[index]
            guard x < 0x80, y < 0x80 else { return nil }
            if lowercasedASCII(x) != lowercasedASCII(y) { return false }
        }
        // Every scalar lowercases to at least one scalar, and the common part is ASCII
        // (lowercased byte for byte): the longer text stays longer.
        return a.count == b.count
    }

    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
}
