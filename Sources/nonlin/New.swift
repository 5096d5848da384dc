import ArgumentParser
import Content
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Write a skeleton Content/activations/ID.md that explains each field.")

    @Argument(help: "The new activation's id: lowercase letters, digits and '-'.") var id: String
    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        guard ActivationFileParser.isValidID(id) else {
            Reporting.printToStandardError("error: '\(id)' is not a valid id\nhint: use lowercase letters, digits and '-', e.g. my-activation")
            throw ExitCode(1)
        }
        let folder = contentOptions.content + "/activations"
        let path = folder + "/" + id + ".md"
        guard !FileManager.default.fileExists(atPath: path) else {
            Reporting.printToStandardError("\(path): error: file already exists; nothing was written\nhint: edit it, or choose another id")
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(ActivationScaffold.text(id: id).utf8)) else {
            Reporting.printToStandardError("\(path): error: cannot write the file")
            throw ExitCode(1)
        }
        print("Wrote \(path). Fill it in, then run `nonlin check`.")
    }
}
