/// The files of a built site, by path relative to the output folder, before they are
/// written. Kept in memory so a build either writes everything or nothing.
public struct SiteFiles: Sendable {
    private(set) var files: [String: [UInt8]] = [:]

    public init() {}

    mutating func add(_ path: String, _ text: String) { files[path] = Array(text.utf8) }
    mutating func add(_ path: String, bytes: [UInt8]) { files[path] = bytes }

    /// Every path, sorted.
    public var paths: [String] { files.keys.sorted() }
    /// Every path, in no particular order (cheaper than `paths` for a large site).
    var unorderedPaths: Dictionary<String, [UInt8]>.Keys { files.keys }
    /// How many of the files are HTML pages.
    public var pageCount: Int { files.keys.reduce(0) { $0 + ($1.hasSuffix(".html") ? 1 : 0) } }
    public subscript(path: String) -> [UInt8]? { files[path] }
    public var count: Int { files.count }
}
