import Foundation

/// Publishes a built site as one commit on a branch of a git remote, the way
/// `mkdocs gh-deploy` does: the site becomes the branch's whole tree (plus `.nojekyll`
/// so GitHub Pages serves it as is), on top of the branch's previous commit, so the
/// branch keeps its history and the push is a fast-forward.
public struct GitPublisher {
    public var site: URL
    public var remote: String
    public var branch: String
    public var message: String

    public init(site: String, remote: String, branch: String = "gh-pages", message: String) {
        self.site = URL(fileURLWithPath: site)
        self.remote = remote
        self.branch = branch
        self.message = message
    }

    /// What a publish did (or, in a dry run, would do).
    public struct Outcome: Sendable {
        public var commit: String?
        public var parent: String?
        public var fileCount: Int
    }

    public func publish(dryRun: Bool) throws -> Outcome {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("nonlin-deploy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var git = ProcessRunner(environment: [
            "GIT_AUTHOR_NAME": ProcessInfo.processInfo.environment["GIT_AUTHOR_NAME"] ?? "nonlin",
            "GIT_AUTHOR_EMAIL": ProcessInfo.processInfo.environment["GIT_AUTHOR_EMAIL"] ?? "nonlin@localhost",
            "GIT_COMMITTER_NAME": ProcessInfo.processInfo.environment["GIT_COMMITTER_NAME"] ?? "nonlin",
            "GIT_COMMITTER_EMAIL": ProcessInfo.processInfo.environment["GIT_COMMITTER_EMAIL"] ?? "nonlin@localhost",
        ])
        git.directory = work
        try git.run("git", ["init", "-q"])

        // The branch's current tip, if it exists, becomes the parent.
        var parent: String?
        let heads = try git.run("git", ["ls-remote", "--heads", remote, branch])
        if let line = heads.split(separator: "\n").first(where: { $0.hasSuffix("refs/heads/\(branch)") }) {
            try git.run("git", ["fetch", "-q", "--depth=1", remote, "refs/heads/\(branch)"])
            parent = String(line.split(separator: "\t").first ?? "")
        }

        // Stage the site's files in a separate work tree, and `.nojekyll`.
        let tree = work.appendingPathComponent("tree")
        try FileManager.default.copyItem(at: site, to: tree)
        try? FileManager.default.removeItem(at: tree.appendingPathComponent(".gitkeep"))
        FileManager.default.createFile(atPath: tree.appendingPathComponent(".nojekyll").path, contents: Data())
        let files = (FileManager.default.enumerator(atPath: tree.path)?.allObjects as? [String] ?? [])
            .filter { var d: ObjCBool = false; FileManager.default.fileExists(atPath: tree.appendingPathComponent($0).path, isDirectory: &d); return !d.boolValue }
        var staged = git
        staged.environment["GIT_WORK_TREE"] = tree.path
        try staged.run("git", ["--work-tree", tree.path, "add", "-A", "."])
        let treeID = try git.run("git", ["write-tree"]).trimmingCharacters(in: .whitespacesAndNewlines)
        if dryRun { return Outcome(commit: nil, parent: parent, fileCount: files.count) }
        let commit = try git.run("git", ["commit-tree", treeID] + (parent.map { ["-p", $0] } ?? []) + ["-m", message])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try git.run("git", ["push", "-q", remote, "\(commit):refs/heads/\(branch)"])
        return Outcome(commit: commit, parent: parent, fileCount: files.count)
    }
}
