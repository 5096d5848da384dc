import Foundation
import Testing
@testable import Publish
import TestSupport

/// Publishing to a local bare repository and a local folder, then checking what arrived.
@Suite struct PublisherTests {
    func makeSite(_ files: [String: String]) throws -> URL {
        let site = try TestSupport.temporaryDirectory("site")
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return site
    }

    func bareRepository() throws -> URL {
        let url = try TestSupport.temporaryDirectory("remote").appendingPathComponent("remote.git")
        try ProcessRunner().run("git", ["init", "-q", "--bare", url.path])
        return url
    }

    func git(_ remote: URL, _ arguments: [String]) throws -> String {
        try ProcessRunner().run("git", ["--git-dir", remote.path] + arguments)
    }

    @Test func gitPublishMakesTheSiteTheBranchTreeWithNoJekyll() throws {
        let remote = try bareRepository()
        let site = try makeSite(["index.html": "<p>home</p>", "activations/relu/index.html": "relu", ".gitkeep": ""])
        let outcome = try GitPublisher(site: site.path, remote: remote.path, branch: "gh-pages", message: "Deploy test").publish(dryRun: false)
        #expect(outcome.parent == nil)
        let files = try git(remote, ["ls-tree", "-r", "--name-only", "gh-pages"]).split(separator: "\n")
        #expect(files == [".nojekyll", "activations/relu/index.html", "index.html"])
        #expect(try git(remote, ["show", "gh-pages:index.html"]) == "<p>home</p>")
        #expect(try git(remote, ["log", "-1", "--format=%s", "gh-pages"]) == "Deploy test\n")
    }

    @Test func secondPublishStacksOnThePreviousCommitAndRemovesDeletedFiles() throws {
        let remote = try bareRepository()
        let first = try makeSite(["index.html": "v1", "old.html": "gone soon"])
        _ = try GitPublisher(site: first.path, remote: remote.path, message: "one").publish(dryRun: false)
        let second = try makeSite(["index.html": "v2"])
        let outcome = try GitPublisher(site: second.path, remote: remote.path, message: "two").publish(dryRun: false)
        #expect(outcome.parent != nil)
        #expect(try git(remote, ["rev-list", "--count", "gh-pages"]) == "2\n")
        #expect(try git(remote, ["ls-tree", "-r", "--name-only", "gh-pages"]) == ".nojekyll\nindex.html\n")
    }

    @Test func dryRunPushesNothing() throws {
        let remote = try bareRepository()
        let site = try makeSite(["index.html": "x"])
        let outcome = try GitPublisher(site: site.path, remote: remote.path, message: "m").publish(dryRun: true)
        #expect(outcome.fileCount == 2)
        #expect(try git(remote, ["branch", "--list"]).isEmpty)
    }

    @Test func rsyncMirrorsTheSiteDeletingStaleFiles() throws {
        let site = try makeSite(["index.html": "new", "a/b.html": "b"])
        let target = try TestSupport.temporaryDirectory("target")
        try "stale".write(to: target.appendingPathComponent("stale.html"), atomically: true, encoding: .utf8)
        let dry = try RsyncPublisher(site: site.path, target: target.path + "/").publish(dryRun: true)
        #expect(dry.split(separator: "\n").contains { $0.contains("deleting") && $0.hasSuffix("stale.html") })
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("stale.html").path))
        _ = try RsyncPublisher(site: site.path, target: target.path + "/").publish(dryRun: false)
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("stale.html").path))
        #expect(try String(contentsOf: target.appendingPathComponent("a/b.html"), encoding: .utf8) == "b")
    }
}
