import ArgumentParser

/// The `nonlin` command: parses arguments and hands each subcommand to a library module.
@main
struct Nonlin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nonlin",
        abstract: "Build a reference website of neural-network activation functions from Markdown.",
        discussion: "Every number, plot and formula rendering is computed from the formula in each Content/activations/<id>.md.",
        subcommands: [Build.self, Serve.self, Check.self, Table.self, Values.self, New.self, Deploy.self]
    )
}
