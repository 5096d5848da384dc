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
        let root = try OpenFolder(destination.path)
        defer { root.close() }
        var touched: [String] = []
        var made: Set<Substring> = [""]
        for (path, bytes) in files.files where previous[path] != bytes {
            let folder = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
            if previous[path] == nil, !made.contains(folder) { try root.makeFolders(folder, made: &made) }
            let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
            let temporary = String(path[..<slash] + ".nonlin-" + path[slash...])
            try root.writeFile(bytes, at: temporary)
            guard renameat(root.descriptor, temporary, root.descriptor, path) == 0 else {
                unlinkat(root.descriptor, temporary, 0)
                throw Failure.io("cannot replace \(root.path)/\(path): \(String(cString: strerror(errno)))")
            }
            touched.append(path)
        }
        for path in previous.files.keys where files[path] == nil {
            unlinkat(root.descriptor, path, 0)
            touched.append(path)
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if unlinkat(root.descriptor, String(folder), AT_REMOVEDIR) != 0 { break }
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
        let folder = try OpenFolder(root)
        defer { folder.close() }
        // Each worker makes the folders its files need (mkdir of a folder another worker
        // has just made is harmless), so no serial pass over the paths comes first.
        // Path and bytes are taken together: no lookup of each path again.
        let entries = Array(files.files)
        let chunks = stride(from: 0, to: entries.count, by: 64).map { entries[$0..<min($0 + 64, entries.count)] }
        let failures = ConcurrentMap.map(chunks) { chunk -> Failure? in
            var made: Set<Substring> = [""]
            for (path, bytes) in chunk {
                do {
                    let parent = path[..<(path.utf8.lastIndex(of: UInt8(ascii: "/")) ?? path.startIndex)]
                    if !made.contains(parent) { try folder.makeFolders(parent, made: &made) }
                    try folder.writeFile(bytes, at: path)
                } catch {
                    return error as? Failure ?? .io("\(error)")
                }
            }
            return nil
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
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

/// An open folder that files and folders are made in by paths relative to it (`openat`,
/// `mkdirat`): the kernel walks only the path inside the site, not the folders above it,
/// and no absolute path is put together per file. `path` is for messages.
private struct OpenFolder: Sendable {
    let descriptor: Int32
    let path: String

    init(_ path: String) throws {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        self.path = path
        guard descriptor >= 0 else { throw AtomicOutput.Failure.io("cannot open folder \(path): \(String(cString: strerror(errno)))") }
    }

    func close() { _ = Foundation.close(descriptor) }

    /// Creates (or truncates) the file at `relative` and writes `bytes` into it, in one
    /// `write` unless the kernel takes fewer.
    func writeFile(_ bytes: [UInt8], at relative: String) throws {
        let file = openat(descriptor, relative, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw AtomicOutput.Failure.io("cannot create \(path)/\(relative): \(String(cString: strerror(errno)))") }
        defer { Foundation.close(file) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(file, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw AtomicOutput.Failure.io("cannot write \(path)/\(relative): \(String(cString: strerror(errno)))") }
                offset += written
            }
        }
    }

    /// Creates `folder` and its missing ancestors (`a/b` makes `a`, then `a/b`), skipping
    /// those in `made` and adding those made.
    func makeFolders(_ folder: Substring, made: inout Set<Substring>) throws {
        var end = folder.startIndex
        while end < folder.endIndex {
            end = folder[folder.index(after: end)...].firstIndex(of: "/") ?? folder.endIndex
            let prefix = folder[..<end]
            guard !made.contains(prefix) else { continue }
            guard mkdirat(descriptor, String(prefix), 0o755) == 0 || errno == EEXIST else {
                throw AtomicOutput.Failure.io("cannot create folder \(path)/\(prefix): \(String(cString: strerror(errno)))")
            }
            made.insert(prefix)
        }
    }
}
