import Foundation

/// Writes a site into a sibling temporary folder and swaps it into place only when
/// every file is written, so a failed build leaves the previous output as it was.
/// A lock file beside the output makes concurrent builds into one folder take turns.
public struct AtomicOutput {
    public let destination: URL

    public init(destination: String) {
        self.destination = URL(fileURLWithPath: destination).standardizedFileURL
    }

    public enum Failure: Error, CustomStringConvertible {
        case locked(String)
        case io(String)

        public var description: String {
            switch self {
            case .locked(let path): "another build is writing to this folder (lock held: \(path))"
            case .io(let message): message
            }
        }
    }

    /// Writes `files`, then replaces the destination with them in one rename.
    public func write(_ files: SiteFiles, waitForLock: Bool = true) throws {
        let fm = FileManager.default
        let parent = destination.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try BuildLock(path: parent.appendingPathComponent(".\(destination.lastPathComponent).lock").path, wait: waitForLock)
        defer { lock.release() }

        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try writeFiles(files, into: staging.path)
            // Keep a committed placeholder such as Output/.gitkeep.
            let keep = destination.appendingPathComponent(".gitkeep")
            if fm.fileExists(atPath: keep.path) {
                try? fm.copyItem(at: keep, to: staging.appendingPathComponent(".gitkeep"))
            }
            try swap(staging, into: destination)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    /// Changes a destination that holds `previous` into one that holds `files`: each file
    /// that differs is written beside its place and renamed over it (so a reader never
    /// sees half a file), and files no longer in the site are removed with any folder
    /// they leave empty. Returns the paths written or removed.
    func update(from previous: SiteFiles, to files: SiteFiles) throws -> [String] {
        let parent = destination.deletingLastPathComponent()
        let lock = try BuildLock(path: parent.appendingPathComponent(".\(destination.lastPathComponent).lock").path, wait: true)
        defer { lock.release() }
        let root = destination.path
        var touched: [String] = []
        var made: Set<Substring> = [""]
        for (path, bytes) in files.files where previous[path] != bytes {
            let folder = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
            if previous[path] == nil, !made.contains(folder) { try Self.makeFolders(folder, under: root, made: &made) }
            let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
            let temporary = root + "/" + path[..<slash] + ".nonlin-" + path[slash...]
            try Self.writeFile(bytes, to: temporary)
            guard rename(temporary, root + "/" + path) == 0 else {
                unlink(temporary)
                throw Failure.io("cannot replace \(root)/\(path): \(String(cString: strerror(errno)))")
            }
            touched.append(path)
        }
        for path in previous.files.keys where files[path] == nil {
            unlink(root + "/" + path)
            touched.append(path)
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if rmdir(root + "/" + folder) != 0 { break }
            }
        }
        return touched.sorted()
    }

    /// Writes every file under `root` with plain `open`/`write`/`close`: no per-file
    /// temporary name and no `fsync` (FileManager's `createFile` does both), because the
    /// whole folder becomes visible in one rename only after every file is written.
    ///
    /// The files are written on all cores, each worker making the folders its files need
    /// (creating a file is mostly the kernel's work, which runs on the core that asks).
    private func writeFiles(_ files: SiteFiles, into root: String) throws {
        // Each worker makes the folders its files need (mkdir of a folder another worker
        // has just made is harmless), so no serial pass over the paths comes first.
        let paths = Array(files.unorderedPaths)
        let chunks = stride(from: 0, to: paths.count, by: 64).map { paths[$0..<min($0 + 64, paths.count)] }
        let failures = ConcurrentMap.map(chunks) { chunk -> Failure? in
            var made: Set<Substring> = [""]
            for path in chunk {
                do {
                    let folder = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
                    if !made.contains(folder) { try Self.makeFolders(folder, under: root, made: &made) }
                    try Self.writeFile(files[path]!, to: root + "/" + path)
                } catch {
                    return error as? Failure ?? .io("\(error)")
                }
            }
            return nil
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    private static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure.io("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw Failure.io("cannot write \(path): \(String(cString: strerror(errno)))") }
                offset += written
            }
        }
    }

    /// Creates `folder` and its missing ancestors under `root` (`a/b` makes `a`, then `a/b`).
    private static func makeFolders(_ folder: Substring, under root: String, made: inout Set<Substring>) throws {
        var end = folder.startIndex
        while end < folder.endIndex {
            end = folder[folder.index(after: end)...].firstIndex(of: "/") ?? folder.endIndex
            let prefix = folder[..<end]
            guard !made.contains(prefix) else { continue }
            let full = root + "/" + prefix
            guard mkdir(full, 0o755) == 0 || errno == EEXIST else {
                throw Failure.io("cannot create folder \(full): \(String(cString: strerror(errno)))")
            }
            made.insert(prefix)
        }
    }

    /// Renames the old output aside, the new one into place, then deletes the old one
    /// (on all cores: see `FolderRemoval`).
    private func swap(_ staging: URL, into destination: URL) throws {
        let fm = FileManager.default
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: old)
        let hadOld = fm.fileExists(atPath: destination.path)
        if hadOld { try fm.moveItem(at: destination, to: old) }
        do {
            try fm.moveItem(at: staging, to: destination)
        } catch {
            if hadOld { try? fm.moveItem(at: old, to: destination) }
            throw error
        }
        if hadOld { FolderRemoval.remove(old.path) }
    }
}

/// An exclusive `flock` on a file, held for the duration of one build.
final class BuildLock {
    private let descriptor: Int32

    init(path: String, wait: Bool) throws {
        descriptor = open(path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw AtomicOutput.Failure.io("cannot create lock file \(path)") }
        if flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            close(descriptor)
            throw AtomicOutput.Failure.locked(path)
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
