import Foundation
import Testing
@testable import Site
import TestSupport

/// A one-off build keeps its computed site until the process exits (`freesMemory: false`);
/// that must change nothing in what it writes.
@Suite struct KeptMemoryBuildTests {
    @Test func aBuildThatKeepsItsMemoryWritesTheSameFilesAsOneThatFreesIt() throws {
        let content = TestSupport.fixtureURL("ContentTests", "minimal-site").path
        let templates = TestSupport.repositoryRoot.appendingPathComponent("Templates").path
        let root = try TestSupport.temporaryDirectory()
        var outputs: [URL] = []
        for freesMemory in [true, false] {
            let output = root.appendingPathComponent(freesMemory ? "freed" : "kept")
            let report = SiteBuilder(options: .init(content: content, templates: templates, output: output.path,
                                                    freesMemory: freesMemory)).build()
            #expect(report.succeeded, "\(report.diagnostics)")
            outputs.append(output)
        }
        let freed = try files(under: outputs[0])
        let kept = try files(under: outputs[1])
        #expect(freed.count > 10)
        #expect(freed.keys.sorted() == kept.keys.sorted())
        for (path, bytes) in freed {
            #expect(kept[path] == bytes, "\(path) differs")
        }
    }

    /// Every regular file under `folder`, by path relative to it.
    private func files(under folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        let walker = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in walker where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            result[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return result
    }
}
