import Foundation

/// Notices changes under a few folders by polling sizes and modification times: simple,
/// portable, and cheap for a content folder of a few hundred files.
struct ChangeWatcher {
    let roots: [String]
    private var snapshot: [String: String] = [:]

    init(roots: [String]) {
        self.roots = roots
        snapshot = Self.scan(roots)
    }

    /// The paths added, removed or modified since the last call.
    mutating func changes() -> [String] {
        let now = Self.scan(roots)
        var changed = Set<String>()
        for (path, stamp) in now where snapshot[path] != stamp { changed.insert(path) }
        for path in snapshot.keys where now[path] == nil { changed.insert(path) }
        snapshot = now
        return changed.sorted()
    }

    /// The roots and every folder below them (for inotify watches).
    static func folders(under roots: [String]) -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for root in roots {
            result.append(root)
            guard let enumerator = fm.enumerator(atPath: root) else { continue }
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
        let fm = FileManager.default
        for root in roots {
            guard let enumerator = fm.enumerator(atPath: root) else { continue }
            var visited = 0
            while let relative = enumerator.nextObject() as? String, visited < 100_000 {
                visited += 1
                let path = root + "/" + relative
                guard let attributes = try? fm.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[path] = "\(size)@\(modified)"
            }
        }
        return result
    }
}
