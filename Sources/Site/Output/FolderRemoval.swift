import Foundation

/// Removes a folder and everything in it, on all cores, with `unlinkat` relative to open
/// folder descriptors: what `FileManager.removeItem` does, without its per-entry path
/// building and `stat`s, and with the thousands of unlinks of a previous site (one folder
/// per activation) shared between threads. Symbolic links are removed, never followed.
enum FolderRemoval {
    /// Removes `path` and its contents; false when something could not be removed.
    @discardableResult
    static func remove(_ path: String) -> Bool {
        let root = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0 else { return unlink(path) == 0 }
        // The top level's folders are listed first, so that their entries (not just the
        // handful of top-level names) are what the threads share.
        var folders: [(descriptor: Int32, name: String)] = []
        var jobs: [(folder: Int32, names: [(String, Bool)])] = []
        var removed = true
        for (name, isFolder) in entries(of: root) {
            guard isFolder else {
                removed = unlinkat(root, name, 0) == 0 && removed
                continue
            }
            let folder = openat(root, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard folder >= 0 else { removed = false; continue }
            folders.append((folder, name))
            let inside = entries(of: folder)
            for start in stride(from: 0, to: inside.count, by: 64) {
                jobs.append((folder, Array(inside[start..<min(start + 64, inside.count)])))
            }
        }
        let results = ConcurrentMap.map(jobs.map { Job(folder: $0.folder, names: $0.names) }) { job in
            job.names.reduce(true) { ok, entry in removeEntry(entry.0, isFolder: entry.1, in: job.folder) && ok }
        }
        removed = results.allSatisfy { $0 } && removed
        for (folder, name) in folders {
            close(folder)
            removed = unlinkat(root, name, AT_REMOVEDIR) == 0 && removed
        }
        close(root)
        return rmdir(path) == 0 && removed
    }

    /// Some names in one open folder, to remove.
    private struct Job: Sendable {
        var folder: Int32
        var names: [(String, Bool)]
    }

    /// Removes the entry `name` of the open folder `parent`, a folder with its contents.
    private static func removeEntry(_ name: String, isFolder: Bool, in parent: Int32) -> Bool {
        guard isFolder else { return unlinkat(parent, name, 0) == 0 }
        let folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return false }
        // The stream takes the descriptor (`closedir` closes it): no copy to make and close.
        guard let stream = fdopendir(folder) else {
            close(folder)
            return false
        }
        var removed = true
        for (child, childIsFolder) in entries(of: stream, folder) {
            removed = removeEntry(child, isFolder: childIsFolder, in: folder) && removed
        }
        closedir(stream)
        return unlinkat(parent, name, AT_REMOVEDIR) == 0 && removed
    }

    /// The names in the open folder `folder` (without `.` and `..`), each with whether it
    /// is a folder (not a link to one).
    private static func entries(of folder: Int32) -> [(String, Bool)] {
        // `fdopendir` takes ownership of the descriptor it is given, so it gets a copy.
        let copy = dup(folder)
        guard copy >= 0 else { return [] }
        guard let stream = fdopendir(copy) else {
            close(copy)
            return []
        }
        defer { closedir(stream) }
        return entries(of: stream, folder)
    }

    /// The names `stream` (a listing of the open folder `folder`) gives, as `entries(of:)`.
    private static func entries(of stream: OpaquePointer, _ folder: Int32) -> [(String, Bool)] {
        var result: [(String, Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            result.append((name, isFolder))
        }
        return result
    }
}
