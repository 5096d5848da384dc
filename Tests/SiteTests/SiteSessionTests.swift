import Foundation
import Testing
@testable import Site
import TestSupport

/// `nonlin serve`'s incremental builds: after any sequence of edits the session's site is
/// byte for byte what a full build of the same folders gives, and an edit makes again only
/// the pages that show what it changed.
@Suite struct SiteSessionTests {
    /// A content folder of five activations (two built-ins, one approximating another, one
    /// with a parameter), a comparison, and a copy of the real templates.
    struct Project {
        let root: URL
        var content: URL { root.appendingPathComponent("Content") }
        var templates: URL { root.appendingPathComponent("Templates") }
        var options: SiteBuilder.Options {
            .init(content: content.path, templates: templates.path, output: root.appendingPathComponent("Output").path)
        }

        init() throws {
            root = try TestSupport.temporaryDirectory("nonlin-session")
            try FileManager.default.copyItem(at: TestSupport.repositoryRoot.appendingPathComponent("Templates").resolvingSymlinksInPath(),
                                             to: templates)
            // The test edits its templates: they must be a copy, never a link to the real ones.
            let type = try FileManager.default.attributesOfItem(atPath: templates.path)[.type] as? FileAttributeType
            guard type == .typeDirectory else { throw CocoaError(.fileWriteNoPermission) }
            try FileManager.default.createDirectory(at: content.appendingPathComponent("activations"), withIntermediateDirectories: true)
            try write("site.yml", """
                title: Session Site
                description: Incremental builds.
                base_url: https://example.org/
                comparisons:
                  - slug: smooth
                    title: Smooth ones
                    summary: Two smooth functions.
                    members: [wave, wave-fast]
                """)
            try write("index.md", "The home page's introduction.\n")
            try write("activations/relu.md", Self.activation(name: "ReLU", formula: "max(0, x)", extra: "related: [leaky-relu, wave]\n"))
            try write("activations/leaky-relu.md", Self.activation(
                name: "Leaky ReLU", formula: "max(alpha * x, x)",
                extra: "parameters:\n  alpha: {default: 0.01, symbol: \"α\", description: \"slope for x < 0\"}\nrelated: [relu]\n"))
            try write("activations/wave.md", Self.activation(name: "Wave", formula: "x * sigmoid(x)", extra: "related: [relu]\n"))
            try write("activations/wave-fast.md", Self.activation(name: "Wave (fast)", formula: "x * sigmoid(1.702 * x)", extra: "approximates: wave\n"))
            try write("activations/bend.md", Self.activation(name: "Bend", formula: "x + 0.5 * abs(x)"))
        }

        static func activation(name: String, formula: String, extra: String = "", summary: String = "Shapes its input.") -> String {
            "---\nname: \(name)\nformula: \(formula)\n\(extra)---\n\n\(summary)\n\n## Problem it solves\n\nSomething.\n\n"
                + "## Pros\n\n- Good\n\n## Cons\n\n- Bad\n\n## When to use\n\nOften.\n\n## Used in\n\n- Here\n"
        }

        /// Writes a file under Content/ and returns its path as the watcher reports it.
        @discardableResult
        func write(_ path: String, _ text: String) throws -> String {
            let url = content.appendingPathComponent(path)
            try text.write(to: url, atomically: false, encoding: .utf8)
            return content.path + "/" + path
        }

        func edit(_ path: String, _ change: (String) -> String) throws -> String {
            let text = try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
            return try write(path, change(text))
        }

        /// A one-off build's files and its diagnostics as printed.
        func fullBuild() -> (files: SiteFiles?, diagnostics: [String]) {
            let (files, diagnostics) = SiteBuilder(options: options).render()
            return (files, diagnostics.map { $0.rendered() })
        }
    }

    /// The session's site equals a full build's, file for file and byte for byte.
    func expectSameAsFullBuild(_ outcome: SiteSession.Outcome, _ project: Project, _ step: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let full = project.fullBuild()
        #expect(outcome.diagnostics.map { $0.rendered() } == full.diagnostics, "\(step)", sourceLocation: sourceLocation)
        guard let files = outcome.files, let expected = full.files else {
            #expect(outcome.files == nil && full.files == nil, "\(step): one build failed and the other did not", sourceLocation: sourceLocation)
            return
        }
        #expect(files.paths == expected.paths, "\(step)", sourceLocation: sourceLocation)
        let different = expected.paths.filter { files[$0] != expected[$0] }
        #expect(different.isEmpty, "\(step): \(different)", sourceLocation: sourceLocation)
    }

    @Test func theSiteEqualsAFullBuildAfterEverySortOfEdit() throws {
        let project = try Project()
        let session = SiteSession(options: project.options)
        expectSameAsFullBuild(session.rebuild(), project, "first build")

        let steps: [(String, () throws -> [String])] = [
            ("prose", { [try project.edit("activations/wave.md") { $0.replacingOccurrences(of: "Shapes its input.", with: "Bends its input.") }] }),
            ("formula", { [try project.edit("activations/wave.md") { $0.replacingOccurrences(of: "x * sigmoid(x)", with: "x * sigmoid(2 * x)") }] }),
            ("name of a neighbour and a related page", { [try project.edit("activations/leaky-relu.md") { $0.replacingOccurrences(of: "name: Leaky ReLU", with: "name: Leaky") }] }),
            ("name of an approximated function", { [try project.edit("activations/wave.md") { $0.replacingOccurrences(of: "name: Wave", with: "name: Swish") }] }),
            ("parameter default", { [try project.edit("activations/leaky-relu.md") { $0.replacingOccurrences(of: "default: 0.01", with: "default: 0.2") }] }),
            ("frameworks and aliases", {
                [try project.edit("activations/bend.md") {
                    $0.replacingOccurrences(of: "formula:", with: "aliases: [Kink]\nframeworks:\n  pytorch: {name: torch.nn.Bend}\nformula:")
                }]
            }),
            ("a file added", { [try project.write("activations/zigzag.md", Project.activation(name: "Zigzag", formula: "x - 0.1 * sin(x)", extra: "related: [bend]\n"))] }),
            ("a second approximation", { [try project.edit("activations/zigzag.md") { $0.replacingOccurrences(of: "related: [bend]", with: "approximates: wave") }] }),
            ("a warning", { [try project.edit("activations/wave-fast.md") { $0.replacingOccurrences(of: "## Used in\n\n- Here\n", with: "") }] }),
            ("another file while the warning stands", { [try project.edit("activations/bend.md") { $0 + "\nMore prose.\n" }] }),
            ("the warning fixed", { [try project.edit("activations/wave-fast.md") { $0 + "\n## Used in\n\n- There\n" }] }),
            ("saved without a change", { [try project.edit("activations/bend.md") { $0 }] }),
            ("two files at once", {
                [try project.edit("activations/bend.md") { $0.replacingOccurrences(of: "0.5", with: "0.25") },
                 try project.edit("activations/relu.md") { $0.replacingOccurrences(of: "- Good", with: "- Cheap") }]
            }),
            ("a file removed", {
                try FileManager.default.removeItem(at: project.content.appendingPathComponent("activations/zigzag.md"))
                return [project.content.path + "/activations/zigzag.md"]
            }),
            ("site.yml", { [try project.edit("site.yml") { $0.replacingOccurrences(of: "Session Site", with: "Renamed Site") }] }),
            ("index.md", { [try project.edit("index.md") { $0 + "\nMore.\n" }] }),
            ("a template", {
                let url = project.templates.appendingPathComponent("activation.mustache")
                try (try String(contentsOf: url, encoding: .utf8) + "<!-- edited -->\n").write(to: url, atomically: false, encoding: .utf8)
                return [url.path]
            }),
            ("an asset", {
                let url = project.templates.appendingPathComponent("assets/style.css")
                try (try String(contentsOf: url, encoding: .utf8) + "\n/* edited */\n").write(to: url, atomically: false, encoding: .utf8)
                return [url.path]
            }),
        ]
        for (step, edit) in steps {
            let changed = try edit()
            let outcome = session.rebuild(changed: changed)
            #expect(outcome.succeeded, "\(step): \(outcome.diagnostics)")
            let warned = step == "a warning" || step == "another file while the warning stands"
            #expect(outcome.diagnostics.isEmpty != warned, "\(step): \(outcome.diagnostics)")
            expectSameAsFullBuild(outcome, project, step)
        }
    }

    @Test func aBrokenEditFailsWithTheFullBuildsDiagnosticsAndTheFixBuildsFromTheLastGoodSite() throws {
        let project = try Project()
        let session = SiteSession(options: project.options)
        #expect(session.rebuild().succeeded)
        let broken = try project.edit("activations/bend.md") { $0.replacingOccurrences(of: "x + 0.5 * abs(x)", with: "x + 0.5 * abz(x)") }
        let failed = session.rebuild(changed: [broken])
        #expect(!failed.succeeded)
        #expect(failed.diagnostics.contains { $0.message.contains("abz") })
        expectSameAsFullBuild(failed, project, "broken")
        // Another file edited while the first is broken, then the first fixed: both changes show.
        let other = try project.edit("activations/wave.md") { $0.replacingOccurrences(of: "Shapes its input.", with: "Waves.") }
        #expect(!session.rebuild(changed: [other]).succeeded)
        let fixed = try project.edit("activations/bend.md") { $0.replacingOccurrences(of: "abz", with: "abs").replacingOccurrences(of: "0.5", with: "0.75") }
        let outcome = session.rebuild(changed: [fixed])
        #expect(outcome.parsed.sorted() == [fixed, other].sorted())
        expectSameAsFullBuild(outcome, project, "fixed")
    }

    @Test func aProseEditParsesOneFileAndMakesOnlyThatPage() throws {
        let project = try Project()
        let session = SiteSession(options: project.options)
        #expect(session.rebuild().made.count > 10)
        let path = try project.edit("activations/wave.md") { $0.replacingOccurrences(of: "Shapes its input.", with: "Bends its input.") }
        let outcome = session.rebuild(changed: [path])
        #expect(outcome.parsed == [path])
        #expect(outcome.made == ["activations/wave/index.html"])
        #expect(session.rebuild(changed: [path]).made.isEmpty)
    }

    /// The 404 page and the frameworks table show names only, so they stay as they were.
    @Test func aFormulaEditMakesItsPagePlotAndThePagesListingEveryActivation() throws {
        let project = try Project()
        let session = SiteSession(options: project.options)
        _ = session.rebuild()
        let path = try project.edit("activations/bend.md") { $0.replacingOccurrences(of: "0.5", with: "0.3") }
        let outcome = session.rebuild(changed: [path])
        #expect(Set(outcome.made) == [
            "activations/bend/index.html", "plots/bend.svg",
            "index.html", "print/index.html", "compare/index.html", "data/activations.json",
        ])
    }

    @Test func aRenameAlsoMakesThePagesThatLinkToIt() throws {
        let project = try Project()
        let session = SiteSession(options: project.options)
        _ = session.rebuild()
        let path = try project.edit("activations/wave.md") { $0.replacingOccurrences(of: "name: Wave", with: "name: Swish") }
        let made = Set(session.rebuild(changed: [path]).made)
        // Display order: relu, leaky-relu (built-ins), then bend, wave, wave-fast.
        #expect(made.isSuperset(of: [
            "activations/wave/index.html", "plots/wave.svg", "compare/smooth/index.html",
            "activations/bend/index.html", "activations/wave-fast/index.html", "activations/relu/index.html",
        ]))
        #expect(!made.contains("activations/leaky-relu/index.html"))
    }
}
