extension String {
    /// The text cut at its line ends, found by scanning UTF-8 bytes rather than Characters
    /// (grapheme breaking made splitting a large part of reading a file). A line end is
    /// always a Character boundary, so the result equals splitting on Characters with
    /// empty lines kept: with `carriageReturns`, at `\n`, `\r\n` and a lone `\r` (as
    /// CommonMark, libYAML and `SourceText` count lines); without, at `\n` alone, where a
    /// `\r\n` (one Character) does not end a line.
    func lineSlices(carriageReturns: Bool) -> [Substring] {
        var lines: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var index = start
        var previous: UInt8 = 0
        while index != bytes.endIndex {
            let byte = bytes[index]
            var next = bytes.index(after: index)
            if byte == 0x0A, carriageReturns || previous != 0x0D {
                lines.append(self[start..<index])
                start = next
            } else if byte == 0x0D, carriageReturns {
                lines.append(self[start..<index])
                if next != bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                start = next
            }
            previous = byte
            index = next
        }
        lines.append(self[start..<bytes.endIndex])
        return lines
    }
}
