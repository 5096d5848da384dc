import Foundation

/// Shared helpers for the test targets: fixture loading and temporary folders.
public enum TestSupport {
    /// The repository root, found from this source file's path (tests run from anywhere).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// A fresh, empty temporary folder, removed by the caller when done (or left for the OS).
    public static func temporaryDirectory(_ label: String = "nonlin-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The text of a fixture file under `Tests/<target>/Fixtures/<name>`.
    public static func fixture(_ target: String, _ name: String) throws -> String {
        let url = repositoryRoot.appendingPathComponent("Tests/\(target)/Fixtures/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The URL of a fixture file or folder under `Tests/<target>/Fixtures/<name>`.
    public static func fixtureURL(_ target: String, _ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/\(target)/Fixtures/\(name)")
    }
}

extension TestSupport {
    /// Every regular file under `root` with its bytes, keyed by relative path: for
    /// asserting that a whole tree is (or is not) byte-identical to another.
    public static func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }
}
