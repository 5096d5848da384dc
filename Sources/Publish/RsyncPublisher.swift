import Foundation

/// Publishes a built site to a folder or host with rsync: checksums decide what is
/// sent (timestamps of a fresh build mean nothing), and files gone from the site are
/// deleted at the target.
public struct RsyncPublisher {
    public var site: String
    public var target: String

    public init(site: String, target: String) {
        self.site = site.hasSuffix("/") ? site : site + "/"
        self.target = target
    }

    /// Returns rsync's itemized list of changes.
    public func publish(dryRun: Bool) throws -> String {
        var arguments = ["--recursive", "--links", "--perms", "--times", "--checksum", "--delete", "--itemize-changes",
                         "--exclude", ".gitkeep"]
        if dryRun { arguments.append("--dry-run") }
        return try ProcessRunner().run("rsync", arguments + [site, target])
    }
}
