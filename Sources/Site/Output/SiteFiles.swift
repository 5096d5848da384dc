/// The files of a built site, by path relative to the output folder, before they are
/// written. Kept in memory so a build either writes everything or nothing.
public struct SiteFiles: Sendable {
    private(set) var files: [String: [UInt8]] = [:]

    public init() {}

    mutating func add(_ path: String, _ text: String) { files[path] = Array(text.utf8) }
    mutating func add(_ path: String, bytes: [UInt8]) { files[path] = bytes }

    public var paths: [String] { files.keys.sorted() }
    public subscript(path: String) -> [UInt8]? { files[path] }
    public var count: Int { files.count }
}
