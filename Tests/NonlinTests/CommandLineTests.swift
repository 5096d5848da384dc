import Foundation
import Testing
import TestSupport

/// End-to-end: the real binary, its exit codes, standard output and standard error.
@Suite(.serialized) struct CommandLineTests {
    let fixtureContent = TestSupport.fixtureURL("ContentTests", "minimal-site").path
    let templates = TestSupport.repositoryRoot.appendingPathComponent("Templates").path

    @Test func helpListsEveryCommandOfTheDesign() throws {
        let result = try Nonlin.run(["--help"])
        #expect(result.status == 0)
        for command in ["build", "serve", "check", "table", "values", "new", "deploy"] {
            #expect(result.stdout.contains("  \(command) "), "missing \(command)")
        }
    }

    @Test func buildWritesTheSiteAndSaysSo() throws {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        let result = try Nonlin.run(["build", "--content", fixtureContent, "--templates", templates, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Built "))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("activations/relu/index.html").path))
    }

    @Test func brokenContentExitsOneWithFileLineColumnAndLeavesOutputAlone() throws {
        let folder = try TestSupport.temporaryDirectory()
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: fixtureContent), to: content)
        let output = folder.appendingPathComponent("Output")
        #expect(try Nonlin.run(["build", "--content", content.path, "--templates", templates, "--output", output.path]).status == 0)
        let index = try Data(contentsOf: output.appendingPathComponent("index.html"))

        let file = content.appendingPathComponent("activations/leaky-relu.md")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "formula: if(x >= 0, x, negative_slope * x)", with: "formula: if(x >= 0, x, negative_slope * tahn(x))")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try Nonlin.run(["build", "--content", content.path, "--templates", templates, "--output", output.path], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/activations/leaky-relu.md:5:41: error: unknown function 'tahn'"), "\(result.stderr)")
        #expect(result.stderr.contains("tanh"))
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == index)
    }

    @Test func valuesPrintsJSONWithNullDerivativeAtTheKink() throws {
        let result = try Nonlin.run(["values", "relu", "--at", "-1,0,2.5", "--derivative", "--format", "json", "--content", "/nonexistent"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            {
              "id": "relu",
              "parameters": {},
              "precision": "double",
              "points": [
                {
                  "x": -1.0,
                  "y": 0.0,
                  "dy": 0.0
                },
                {
                  "x": 0.0,
                  "y": 0.0,
                  "dy": null
                },
                {
                  "x": 2.5,
                  "y": 2.5,
                  "dy": 1.0
                }
              ]
            }

            """)
    }

    @Test func valuesRejectsAnUnknownIDWithASuggestion() throws {
        let result = try Nonlin.run(["values", "gelu-tahn", "--at", "0", "--content", "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: unknown activation 'gelu-tahn'"))
        #expect(result.stderr.contains("did you mean 'gelu-tanh'?"))
    }

    @Test func checkCatchesAMistypedGELUCoefficientAtTheFormulaLine() throws {
        let result = try Nonlin.run(["check", "--content", TestSupport.fixtureURL("NonlinTests", "typo-gelu-tanh").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("activations/gelu-tanh.md:4:10: error: formula disagrees with the built-in 'gelu-tanh'"), "\(result.stderr)")
    }

    @Test func markdownOnlyActivationGetsPageAndValues() throws {
        let content = TestSupport.fixtureURL("NonlinTests", "markdown-only").path
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("Output")
        let build = try Nonlin.run(["build", "--content", content, "--templates", templates, "--output", output.path])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: output.appendingPathComponent("activations/bent-identity/index.html"), encoding: .utf8)
        #expect(page.contains("<svg"))
        #expect(page.contains("computed from the formula"))
        let values = try Nonlin.run(["values", "bent-identity", "--at", "0,1", "--derivative", "--format", "csv", "--content", content])
        #expect(values.status == 0, "\(values.stderr)")
        // f(x) = (sqrt(x^2 + 1) - 1)/2 + x: f(0) = 0, f′(0) = 1; f(1) = (√2 − 1)/2 + 1.
        #expect(values.stdout == "x,y,dy\r\n0.0,0.0,1.0\r\n1.0,1.2071067811865475,1.3535533905932737\r\n")
    }

    @Test func newScaffoldsAFileAndRefusesToOverwrite() throws {
        let content = try TestSupport.temporaryDirectory().appendingPathComponent("Content")
        let first = try Nonlin.run(["new", "my-act", "--content", content.path])
        #expect(first.status == 0)
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("activations/my-act.md").path))
        let second = try Nonlin.run(["new", "my-act", "--content", content.path])
        #expect(second.status == 1)
        #expect(second.stderr.contains("already exists"))
        let invalid = try Nonlin.run(["new", "My Act", "--content", content.path])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("not a valid id"))
    }

    @Test func tableFitsTheGivenWidthAndSaysWhatItLeftOut() throws {
        let result = try Nonlin.run(["table", "--content", fixtureContent, "--width", "60"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(result.stdout.contains("ReLU"))
        #expect(result.stderr.contains("left out to fit 60 characters"))
    }
}

/// Two builds into one folder, publishing, and what is left behind.
@Suite(.serialized) struct BuildSafetyTests {
    let fixtureContent = TestSupport.fixtureURL("ContentTests", "minimal-site").path
    let templates = TestSupport.repositoryRoot.appendingPathComponent("Templates").path

    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Nonlin.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func concurrentBuildsIntoOneFolderTakeTurnsAndLeaveOneCompleteSite() throws {
        let folder = try TestSupport.temporaryDirectory()
        let output = folder.appendingPathComponent("Output")
        let arguments = ["build", "--content", fixtureContent, "--templates", templates, "--output", output.path]
        let builds = try (0..<4).map { _ in try start(arguments) }
        for build in builds { build.waitUntilExit() }
        #expect(builds.allSatisfy { $0.terminationStatus == 0 })
        let reference = folder.appendingPathComponent("Reference")
        #expect(try Nonlin.run(["build", "--content", fixtureContent, "--templates", templates, "--output", reference.path]).status == 0)
        #expect(try TestSupport.snapshot(output) == TestSupport.snapshot(reference))
        // No staging or old copies are left beside the output.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("staging") || $0.contains(".old-") }
        #expect(leftovers.isEmpty)
    }

    @Test func deployDryRunToALocalBareRepositoryPublishesNothing() throws {
        let folder = try TestSupport.temporaryDirectory()
        let remote = folder.appendingPathComponent("site.git")
        let initialize = Process()
        initialize.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        initialize.arguments = ["git", "init", "-q", "--bare", remote.path]
        try initialize.run()
        initialize.waitUntilExit()
        let output = folder.appendingPathComponent("Output").path
        let common = ["--content", fixtureContent, "--templates", templates, "--output", output, "--git", remote.path]
        let dry = try Nonlin.run(["deploy", "--dry-run"] + common)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Dry run: would publish"))
        let real = try Nonlin.run(["deploy"] + common)
        #expect(real.status == 0, "\(real.stderr)")
        #expect(real.stdout.contains("to branch 'gh-pages'"))
    }
}

/// The broken-content corpus through the real binary: each folder fails with exit code 1
/// and positioned errors (the `legal-*` ones build), and the previous Output/ is untouched.
@Suite(.serialized) struct BrokenCorpusCommandTests {
    @Test func everyBrokenFolderExitsOneAndLeavesTheOutputByteIdentical() throws {
        let corpus = TestSupport.fixtureURL("ContentTests", "broken")
        let templates = TestSupport.repositoryRoot.appendingPathComponent("Templates").path
        let folders = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(folders.count >= 40)
        let work = try TestSupport.temporaryDirectory()
        let output = work.appendingPathComponent("Output")
        let good = TestSupport.fixtureURL("ContentTests", "minimal-site").path
        #expect(try Nonlin.run(["build", "--content", good, "--templates", templates, "--output", output.path]).status == 0)
        let before = try TestSupport.snapshot(output)
        for folder in folders {
            let content = corpus.appendingPathComponent(folder).path
            if folder.hasPrefix("legal-") {
                let result = try Nonlin.run(["check", "--content", content])
                #expect(result.status == 0, "\(folder): \(result.stderr)")
                continue
            }
            let result = try Nonlin.run(["build", "--content", content, "--templates", templates, "--output", output.path])
            #expect(result.status == 1, "\(folder) exited \(result.status)")
            #expect(result.stderr.contains("error: "), "\(folder): \(result.stderr)")
            #expect(result.stderr.contains("nothing was written"), "\(folder)")
            #expect(!result.stderr.contains("Fatal error"), "\(folder) crashed")
        }
        #expect(try TestSupport.snapshot(output) == before)
    }
}
