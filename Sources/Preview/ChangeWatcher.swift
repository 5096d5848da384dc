import Foundation

/// Notices changes under a few folders by comparing each file's size and modification
/// time with the last look: a full scan (portable; the fallback without inotify), or a
/// look at just the files inotify named.
struct ChangeWatcher {
    let roots: [String]
    private var snapshot: [String: String] = [:]

    init(roots: [String]) {
        self.roots = roots
        snapshot = Self.scan(roots)
    }

    /// The paths added, removed or modified since the last look.
    mutating func changes() -> [String] {
        let now = Self.scan(roots)
        var changed = Set<String>()
        for (path, stamp) in now where snapshot[path] != stamp { changed.insert(path) }
        for path in snapshot.keys where now[path] == nil { changed.insert(path) }
        snapshot = now
        return changed.sorted()
    }

    /// Those of `paths` that were added, removed or modified since the last look (a file
    /// touched without a change, or an editor's event about a file it then removed, is not).
    mutating func changes(among paths: Set<String>) -> [String] {
        var changed: [String] = []
        for path in paths.sorted() {
            let stamp = Self.stamp(path)
            if snapshot[path] != stamp {
                snapshot[path] = stamp
                changed.append(path)
            }
        }
        return changed
    }

    /// The roots and every folder below them (for inotify watches).
    static func folders(under roots: [String]) -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for root in roots {
            result.append(root)
            guard let enumerator = fm.enumerator(atPath: Self.resolved(root)) else { continue }
            var visited = 0
            while let relative = enumerator.nextObject() as? String, visited < 100_000 {
                visited += 1
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                    result.append(root + "/" + relative)
                }
            }
        }
        return result
    }

    static func scan(_ roots: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for root in roots {
            guard let enumerator = FileManager.default.enumerator(atPath: resolved(root)) else { continue }
            var visited = 0
            while let relative = enumerator.nextObject() as? String, visited < 100_000 {
                visited += 1
                let path = root + "/" + relative
                if let stamp = stamp(path) { result[path] = stamp }
            }
        }
        return result
    }

    /// The folder a root names, through a symbolic link (which an enumerator would not
    /// enter); paths are still reported under the root as given, as the content loader
    /// spells them.
    static func resolved(_ root: String) -> String { URL(fileURLWithPath: root).resolvingSymlinksInPath().path }

    /// Size and modification time (to the nanosecond) of a regular file; nil for anything else.
    static func stamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        #if canImport(Glibc)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        return "\(info.st_size)@\(modified.tv_sec).\(modified.tv_nsec)"
    }
}
