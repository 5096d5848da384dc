import Content
import Diagnostics
import Foundation

/// Brings loaded content up to date with a few edited activation files, parsing only
/// those. It handles the common case (an activation's file rewritten, still valid, its
/// references still pointing at activations that exist) and gives up on anything else:
/// a file added, removed, unreadable or with an error. Then a full `ContentLoader` load
/// is both the simplest answer and the one that reports every diagnostic exactly.
struct ContentUpdate {
    var content: LoadedContent
    /// The warnings of the loaded content (errors never get this far).
    var diagnostics: [Diagnostic]
    /// The documents parsed again whose text had changed.
    var changed: [ActivationDocument] = []
    /// Text of each file parsed by an update, to skip a file saved without a change.
    var texts: [String: String]

    /// The content with `paths` parsed again, or nil when only a full load can tell.
    func applying(_ paths: Set<String>, maximumFileSize: Int = ContentLoader(directory: "").maximumFileSize) -> ContentUpdate? {
        var update = self
        update.changed = []
        let index = Dictionary(content.activations.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
        let known = Set(content.activations.map(\.id))
        for path in paths.sorted() {
            guard let position = index[path], let text = Self.readText(path, limit: maximumFileSize) else { return nil }
            if texts[path] == text { continue }
            let id = content.activations[position].id
            let (parsed, found) = ActivationFileParser.parse(id: id, path: path, text: text, allowRawHTML: content.site.allowRawHTML)
            guard let document = parsed, !found.containsErrors else { return nil }
            // The cross-file checks `ContentLoader` makes: references name existing activations.
            let references = document.related.map(\.id) + (document.approximates.map { [$0.id] } ?? [])
            guard references.allSatisfy(known.contains), document.approximates?.id != id else { return nil }
            update.content.activations[position] = document
            update.diagnostics = update.diagnostics.filter { $0.path != path } + found
            update.texts[path] = text
            update.changed.append(document)
        }
        update.diagnostics.sort()
        return update
    }

    /// The UTF-8 text of a regular file of at most `limit` bytes, or nil for anything else
    /// (which `ContentLoader` would report).
    static func readText(_ path: String, limit: Int) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= limit else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while bytes.count <= limit {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        guard bytes.count <= limit else { return nil }
        return String(data: Data(bytes), encoding: .utf8)
    }
}
