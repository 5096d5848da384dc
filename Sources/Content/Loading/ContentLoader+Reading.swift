import Diagnostics
import Foundation

extension ContentLoader {
    /// The file's text: UTF-8 (a byte-order mark is allowed), at most `maximumFileSize` bytes.
    /// `listed` is how the folder listing saw the file: one it saw as regular is opened at
    /// once, relative to its open folder (one name lookup, not a `stat` and a walk of the
    /// whole path); anything unexpected there takes the checked way below.
    func readText(_ path: String, optional: Bool, listed: ListedFile? = nil, _ diagnostics: inout [Diagnostic]) -> String? {
        if let listed, listed.isRegular,
           let text = Self.readRegularFile(listed.folder >= 0 ? listed.name : path, in: listed.folder >= 0 ? listed.folder : AT_FDCWD,
                                           limit: maximumFileSize) {
            return text
        }
        // One `stat` answers both questions: is there a file (what `fileExists` asks), and is it a regular one.
        var info = stat()
        guard stat(path, &info) == 0 else {
            if !optional {
                diagnostics.append(Diagnostic(path: path, message: "file not found", hint: "create it (see README.md for its format)"))
            }
            return nil
        }
        // Only a regular file (following links): reading a FIFO would wait forever for a
        // writer, and a device such as /dev/zero never ends.
        guard info.st_mode & S_IFMT == S_IFREG else {
            diagnostics.append(Diagnostic(path: path, message: "not a regular file",
                                          hint: "content must be plain files; a pipe, socket or device cannot be read as one"))
            return nil
        }
        let size = Int(info.st_size)
        if size > maximumFileSize {
            diagnostics.append(Diagnostic(path: path, message: "file is \(size) bytes, more than the \(maximumFileSize)-byte limit",
                                          hint: "an activation page is a few kilobytes; split or trim it"))
            return nil
        }
        guard let bytes = Self.readBytes(path, limit: maximumFileSize + 1) else {
            diagnostics.append(Diagnostic(path: path, message: "file cannot be read", hint: "check its permissions"))
            return nil
        }
        if bytes.count > maximumFileSize {
            diagnostics.append(Diagnostic(path: path, message: "file is \(bytes.count) bytes, more than the \(maximumFileSize)-byte limit",
                                          hint: "an activation page is a few kilobytes; split or trim it"))
            return nil
        }
        guard let text = Self.decode(bytes) else {
            // The line is quoted as decoded with U+FFFD for the bad bytes, so the caret lines up.
            let decoded = SourceText(path: path, text: String(decoding: bytes, as: UTF8.self))
            diagnostics.append(decoded.diagnostic(at: UTF8Validation.firstInvalidByte(in: bytes), "file is not valid UTF-8",
                                                  hint: "save it as UTF-8"))
            return nil
        }
        return text
    }

    /// UTF-8 bytes as text, without a leading byte-order mark (as `String(data:encoding: .utf8)`
    /// decodes them), or nil when they are not UTF-8.
    static func decode(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(validating: bytes[3...], as: UTF8.self) }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The text of a file seen to be regular, when it still is one of at most `limit` bytes,
    /// reads without an error and is UTF-8 without a byte-order mark (the common file);
    /// nil sends the caller the checked way, which also explains what is wrong. Opened
    /// without blocking, so a file swapped for a pipe since the listing cannot hang the
    /// load. The bytes are read straight into the string's storage: no byte array is
    /// filled, copied and freed.
    private static func readRegularFile(_ path: String, in folder: Int32, limit: Int) -> String? {
        let descriptor = openat(folder, path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= limit else { return nil }
        // One byte more than the file's length, to see it end; a file that has grown
        // since (or fails to read, or is not plain UTF-8) is read again the checked way.
        var complete = false
        let text = String(unsafeUninitializedCapacity: Int(info.st_size) + 1) { buffer -> Int in
            var count = 0
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else {
                    complete = got == 0 && count <= limit && isPlainUTF8(UnsafeBufferPointer(rebasing: buffer[..<count]))
                    return complete ? count : 0
                }
                count += got
            }
            return 0
        }
        return complete ? text : nil
    }

    /// Whether `bytes` are UTF-8 that does not start with a byte-order mark: what `decode`
    /// turns into the same text unchanged. ASCII, the common case, is one pass of ORs.
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var union: UInt8 = 0
        for byte in bytes { union |= byte }
        if union < 0x80 { return true }
        return !bytes.starts(with: [0xEF, 0xBB, 0xBF]) && String(validating: bytes, as: UTF8.self) != nil
    }

    /// At most `limit` bytes of the file at `path`, or nil when it cannot be opened or read.
    /// (Not `FileManager.contents(atPath:)`: it reads without a bound, and leaks 4 KB per
    /// empty file in swift-foundation 6.3.)
    static func readBytes(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        return readAll(descriptor, expected: fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0, limit: limit)
    }

    /// Reads to the end, up to `limit` bytes, straight into the result, sized from the
    /// file's length (one `read` for a file that has not grown since); a file that grew
    /// is read on, up to `limit`.
    private static func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: min(max(0, min(expected, limit)) + 1, limit))
        var count = 0
        while count < limit {
            if count == bytes.count { bytes += repeatElement(0, count: min(max(2 * bytes.count, 4096), limit) - bytes.count) }
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}

/// Finds where UTF-8 decoding fails, to point at the bad byte.
enum UTF8Validation {
    static func firstInvalidByte(in bytes: [UInt8]) -> SourceLocation? {
        var line = 1, column = 1
        var previous: Unicode.Scalar = " "
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                // Lines end at \n, \r\n or a lone \r, as `SourceText` counts them.
                if s == "\n" && previous == "\r" {
                    // the \r already ended this line
                } else if s == "\n" || s == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previous = s
            case .emptyInput: return nil
            case .error: return SourceLocation(line: line, column: column)
            }
        }
    }
}
