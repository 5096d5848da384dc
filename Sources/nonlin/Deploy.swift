import ArgumentParser

struct Deploy: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Publish Output/ to a git branch or with rsync. (Not built yet.)")

    @Option(help: "A git remote to publish to.") var git: String?
    @Option(help: "The branch for --git.") var branch = "gh-pages"
    @Option(help: "An rsync target.") var rsync: String?

    func run() throws {
        Reporting.printToStandardError("error: `nonlin deploy` is not built yet (see issue 8)")
        throw ExitCode(1)
    }
}
