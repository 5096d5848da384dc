import ArgumentParser

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build, serve on 127.0.0.1, rebuild on change and reload open pages. (Not built yet.)")

    @Option(help: "Port to listen on.") var port = 8000

    func run() async throws {
        Reporting.printToStandardError("error: `nonlin serve` is not built yet (see issue 7); run `nonlin build` and open Output/index.html")
        throw ExitCode(1)
    }
}
