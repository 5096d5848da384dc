import Foundation
import Testing
@testable import Site
import TestSupport

/// `nonlin serve` keeps Output/ equal to the last good site by writing only what changed.
@Suite struct OutputMirrorTests {
    func site(_ files: [String: String]) -> SiteFiles {
        var site = SiteFiles()
        for (path, text) in files { site.add(path, text) }
        return site
    }

    func text(_ snapshot: [String: Data]) -> [String: String] { snapshot.mapValues { String(decoding: $0, as: UTF8.self) } }

    @Test func laterSitesWriteOnlyTheFilesThatDifferAndRemoveTheOnesGone() throws {
        let output = try TestSupport.temporaryDirectory("nonlin-mirror").appendingPathComponent("Output")
        let mirror = OutputMirror(destination: output.path)
        let first = ["index.html": "home", "activations/a/index.html": "A", "activations/b/index.html": "B", "plots/a.svg": "<svg/>"]
        #expect(try mirror.publish(site(first)).count == 4)
        #expect(text(try TestSupport.snapshot(output)) == first)

        let second = ["index.html": "home 2", "activations/a/index.html": "A", "activations/c/index.html": "C", "plots/a.svg": "<svg/>"]
        let touched = try mirror.publish(site(second))
        #expect(touched == ["activations/b/index.html", "activations/c/index.html", "index.html"])
        #expect(text(try TestSupport.snapshot(output)) == second)
        // The removed page's folder goes with it; no temporary file is left behind.
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("activations/b").path))
    }

    @Test func aFolderReplacedByAnotherBuildIsWrittenWhole() throws {
        let output = try TestSupport.temporaryDirectory("nonlin-mirror").appendingPathComponent("Output")
        let mirror = OutputMirror(destination: output.path)
        let files = ["index.html": "home", "a/index.html": "A"]
        try mirror.publish(site(files))
        // Another build swaps in a folder of its own.
        try AtomicOutput(destination: output.path).write(site(["index.html": "other", "z.txt": "z"]))
        #expect(try mirror.publish(site(files)).count == 2)
        #expect(text(try TestSupport.snapshot(output)) == files)
    }
}
