import ArgumentParser
import Preview
import Site

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve on 127.0.0.1, rebuild on change and reload open pages.")

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var templateOptions: TemplateOptions
    @Option(help: "The output folder (kept in step with the last good build).") var output = "Output"
    @Option(help: "Port to listen on.") var port = 8000
    @Option(help: "Address to bind; the default keeps the preview private to this machine.") var host = "127.0.0.1"

    func run() async throws {
        let options = SiteBuilder.Options(content: contentOptions.content, templates: templateOptions.templates,
                                          output: output, baseURL: "http://\(host):\(port)/")
        try await PreviewServer(options: options, host: host, port: port) { Reporting.printToStandardError($0) }.run()
    }
}
