import ArgumentParser
import Foundation
import Publish
import Site

struct Deploy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Build the site, then publish it as a commit on a git branch or with rsync.",
        discussion: "Examples: nonlin deploy --git git@github.com:me/site.git   ·   nonlin deploy --rsync user@host:/var/www/site/")

    @Option(help: "A git remote (URL or path) to publish to.") var git: String?
    @Option(help: "The branch for --git.") var branch = "gh-pages"
    @Option(help: "An rsync target (folder or host:path).") var rsync: String?
    @Flag(name: .customLong("dry-run"), help: "Build and show what would be published, without publishing.") var dryRun = false
    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var templateOptions: TemplateOptions
    @Option(help: "The output folder to build into and publish.") var output = "Output"
    @Option(name: .customLong("base-url"), help: "The absolute URL the site is published at.") var baseURL: String?

    func validate() throws {
        guard (git == nil) != (rsync == nil) else { throw ValidationError("give exactly one of --git REMOTE or --rsync TARGET") }
    }

    func run() throws {
        let report = SiteBuilder(options: .init(content: contentOptions.content, templates: templateOptions.templates,
                                                output: output, baseURL: baseURL)).build()
        try Reporting.report(report.diagnostics)
        do {
            if let git {
                let message = "Deploy Nonlin site" + (Self.sourceRevision().map { " from \($0)" } ?? "")
                let outcome = try GitPublisher(site: output, remote: git, branch: branch, message: message).publish(dryRun: dryRun)
                if dryRun {
                    print("Dry run: would publish \(outcome.fileCount) files to branch '\(branch)' of \(git)"
                          + (outcome.parent.map { " on top of \($0.prefix(12))" } ?? " as its first commit") + ".")
                } else {
                    print("Published \(outcome.fileCount) files to branch '\(branch)' of \(git): commit \(outcome.commit?.prefix(12) ?? "?").")
                }
            } else if let rsync {
                let changes = try RsyncPublisher(site: output, target: rsync).publish(dryRun: dryRun)
                let count = changes.split(separator: "\n").count
                print(changes, terminator: "")
                print(dryRun ? "Dry run: \(count) changes would be made at \(rsync)." : "Published to \(rsync) (\(count) changes).")
            }
        } catch {
            Reporting.printToStandardError("error: publishing failed: \(error)\nhint: check that the remote or target exists and that you may write to it")
            throw ExitCode(1)
        }
    }

    /// The short commit id of the content being published, when run inside a git checkout.
    static func sourceRevision() -> String? {
        let head = (try? ProcessRunner().run("git", ["rev-parse", "--short", "HEAD"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return head?.isEmpty == false ? head : nil
    }
}
