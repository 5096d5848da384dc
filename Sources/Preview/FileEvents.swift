#if canImport(Glibc)
import Glibc

/// Tells, without scanning, which files changed under a few folders, using Linux's
/// inotify: one watch per folder, read without blocking. Polling alone would add up to
/// 120 ms and stat every file; this names the files at once.
final class FileEvents {
    /// What the events since the last `drain` say.
    struct Batch {
        /// Files created, written, removed or renamed.
        var paths: Set<String> = []
        /// Events were lost, or a folder came or went: only a full scan can tell what changed.
        var needsScan = false
        var isEmpty: Bool { paths.isEmpty && !needsScan }
    }

    private let descriptor: Int32
    private var folders: [Int32: String] = [:]

    /// nil when inotify is unavailable (the caller falls back to polling).
    init?(folders: [String]) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        watch(folders)
    }

    deinit { close(descriptor) }

    /// Adds a watch on each folder (inotify ignores a folder already watched).
    func watch(_ folders: [String]) {
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
        for folder in folders {
            let watch = inotify_add_watch(descriptor, folder, mask)
            if watch >= 0 { self.folders[watch] = folder }
        }
    }

    /// The events that arrived since the last call.
    func drain() -> Batch {
        var batch = Batch()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return batch }
            Self.parse(buffer[0..<count], folders: folders, into: &batch)
        }
    }

    /// Reads `struct inotify_event` records (wd, mask, cookie, len, then `len` bytes of
    /// NUL-padded name) from `bytes`.
    static func parse(_ bytes: ArraySlice<UInt8>, folders: [Int32: String], into batch: inout Batch) {
        var offset = bytes.startIndex
        let header = 16
        while offset + header <= bytes.endIndex {
            func field(_ at: Int) -> UInt32 {
                (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + at + $1]) << (8 * UInt32($1)) }
            }
            let watch = Int32(bitPattern: field(0)), mask = field(4), length = Int(field(12))
            let nameBytes = bytes[(offset + header)..<min(offset + header + length, bytes.endIndex)].prefix { $0 != 0 }
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 || mask & UInt32(IN_ISDIR) != 0 {
                batch.needsScan = true
            } else if let folder = folders[watch], !nameBytes.isEmpty {
                batch.paths.insert(folder + "/" + String(decoding: nameBytes, as: UTF8.self))
            }
        }
    }
}
#endif
