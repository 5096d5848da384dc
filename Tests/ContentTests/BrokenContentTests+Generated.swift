import Diagnostics
import Foundation
import Testing
@testable import Content
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The broken inputs that are made at test time rather than committed: too big, too deep,
/// or not files git can hold (links, pipes, unreadable files). Each is a complete content
/// folder in a temporary directory, built from a valid activation with one thing changed.
extension BrokenContentTests {
    static let validActivation = """
        ---
        name: Example
        formula: max(0, x)
        ---

        Summary.

        ## Problem it solves

        Text.

        ## Pros

        - Pro

        ## Cons

        - Con

        ## When to use

        Often.

        ## Used in

        - Nets

        """

    /// A content folder with a valid site.yml and `activations` (file name → bytes).
    static func makeFolder(_ activations: [String: [UInt8]], site: String? = "title: Broken\nbase_url: https://example.org/\n") throws -> String {
        let directory = try TestSupport.temporaryDirectory("broken-generated").path
        try FileManager.default.createDirectory(atPath: directory + "/activations", withIntermediateDirectories: true)
        if let site { try site.write(toFile: directory + "/site.yml", atomically: true, encoding: .utf8) }
        for (name, bytes) in activations {
            let path = directory + "/activations/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        return directory
    }

    static func activation(front: String = "name: Example\nformula: max(0, x)\n", summary: String = "Summary.") -> [UInt8] {
        Array(validActivation
            .replacingOccurrences(of: "name: Example\nformula: max(0, x)\n", with: front)
            .replacingOccurrences(of: "Summary.", with: summary).utf8)
    }

    // MARK: Size

    @Test func fiveMegabyteFileIsRefusedBeforeItIsRead() throws {
        let big = Self.activation(summary: String(repeating: "Lorem ipsum dolor sit amet.\n", count: 5 << 20 / 28 + 1))
        #expect(big.count > 5 << 20)
        let result = Self.load(try Self.makeFolder(["example.md": big]))
        #expect(result.content == nil)
        #expect(Self.firstErrorLine(result) == "activations/example.md: error: file is \(big.count) bytes, more than the 4194304-byte limit")
    }

    @Test func oneMegabyteSummaryLineLoads() throws {
        let line = String(repeating: "word ", count: 1 << 20 / 5)
        let result = Self.load(try Self.makeFolder(["example.md": Self.activation(summary: line)]))
        #expect(result.rendered.isEmpty)
        let summary = try #require(result.content?.activation("example")?.body.summaryHTML)
        #expect(summary.utf8.count > 1 << 20 - 16)
    }

    @Test func oneMegabyteFormulaLineIsAPositionedError() throws {
        let formula = "x" + String(repeating: " + x", count: 1 << 20 / 4)
        let result = Self.load(try Self.makeFolder(["example.md": Self.activation(front: "name: Example\nformula: \(formula)\n")]))
        #expect(result.content == nil)
        let first = try #require(Self.firstErrorLine(result))
        #expect(first.hasPrefix("activations/example.md:3:"))
        #expect(first.hasSuffix("error: the formula is nested too deeply (more than 200 levels)"))
    }

    // MARK: Depth

    @Test(arguments: [
        ("block quotes", String(repeating: "> ", count: 10_000) + "deep"),
        ("ordered list markers", String(repeating: "1. ", count: 10_000) + "deep"),
        ("list markers on one line", String(repeating: "- ", count: 10_000) + "deep"),
        ("emphasis", String(repeating: "*a ", count: 10_000) + String(repeating: "b*", count: 10_000)),
        ("brackets", String(repeating: "[", count: 10_000) + "x" + String(repeating: "](u)", count: 10_000)),
        ("inline HTML", String(repeating: "<span>", count: 10_000) + "x"),
    ])
    func markdownNestedTenThousandLevelsDeepLoads(_ kind: String, _ summary: String) throws {
        let result = Self.load(try Self.makeFolder(["example.md": Self.activation(summary: summary)]))
        #expect(!result.diagnostics.containsErrors, "\(kind): \(result.rendered.prefix(3))")
        let html = try #require(result.content?.activation("example")?.body.summaryHTML)
        #expect(!html.contains("<span>"), "raw HTML must stay out of the page (\(kind))")
    }

    @Test func yamlNestedTenThousandLevelsDeepIsAPositionedError() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let result = Self.load(try Self.makeFolder(["example.md": Self.activation(front: "name: Example\nformula: x\naliases: \(deep)\n")]))
        #expect(result.content == nil)
        let first = try #require(Self.firstErrorLine(result))
        #expect(first.hasPrefix("activations/example.md:4:"), "\(first)")
        #expect(first.contains("error: invalid YAML"), "\(first)")
    }

    @Test func formulaNestedTenThousandLevelsDeepIsAPositionedError() throws {
        let formula = String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000)
        let result = Self.load(try Self.makeFolder(["example.md": Self.activation(front: "name: Example\nformula: \(formula)\n")]))
        #expect(result.content == nil)
        let first = try #require(Self.firstErrorLine(result))
        #expect(first.hasPrefix("activations/example.md:3:"))
        #expect(first.hasSuffix("error: the formula is nested too deeply (more than 200 levels)"))
    }

    /// Ten lines of nested aliases name 10^10 nodes; as a mapping key, Yams would walk
    /// them all to look for duplicates. Anchors are refused before Yams sees the text.
    @Test(arguments: ["aliases: *a9\n", "? *a9\n: 1\n", "? [*a9, *a9]\n: 1\n"])
    func yamlAliasBombIsRefusedAtItsFirstAnchor(_ use: String) throws {
        var front = "name: Example\nformula: x\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            front += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let result = Self.load(try Self.makeFolder(["example.md": Self.activation(front: front + use)]))
        #expect(result.content == nil)
        #expect(Self.firstErrorLine(result) == "activations/example.md:4:5: error: YAML anchors (&name) are not supported")
    }

    @Test(arguments: [
        ("a: &x 1", 1, 4), ("- &x 1", 1, 3), ("[1, &x 2]", 1, 5), ("{a: &x 1}", 1, 5), ("a: !!str &x 1", 1, 10),
        ("? &x k\n: v", 1, 3), ("a:\n  - b\n  - &x c", 3, 5), ("a: 'it''s'\nb: &x 1", 2, 4), ("a: \"q\\\"\"\nb: &x 1", 2, 4),
        ("a: |\n  text\nb: &x 1", 3, 4),
    ])
    func anchorIsFoundWhereAValueStarts(_ yaml: String, _ line: Int, _ column: Int) {
        #expect(YAMLAnchorCheck.firstAnchor(in: yaml) == SourceLocation(line: line, column: column))
    }

    @Test(arguments: [
        "authors: Smith & Jones", "note: 'a &b'", "note: \"&b\"", "note: '&b'", "# &b", "a: 1 # &b", "url: https://x.org/?a=1&b=2",
        "formula: |\n  &x\n  & y", "note: >\n  &x", "a: \"multi\n  &line\"", "list: [a & b, c]", "a: x*y", "a: *alias",
    ])
    func ampersandInTextIsNotAnAnchor(_ yaml: String) {
        #expect(YAMLAnchorCheck.firstAnchor(in: yaml) == nil)
    }

    // MARK: Bytes

    @Test func bytesThatAreNotUTF8AreReportedAtTheirPosition() throws {
        var bytes = Self.activation()
        let summary = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("Summary".utf8)) })
        bytes.insert(contentsOf: [0xC3, 0x28], at: summary + 3) // a lead byte without its continuation
        let result = Self.load(try Self.makeFolder(["example.md": bytes]))
        #expect(result.content == nil)
        #expect(Self.firstErrorLine(result) == "activations/example.md:6:4: error: file is not valid UTF-8")
    }

    /// Found by the content fuzzer: a lone \r counts as a line end everywhere else, so
    /// the UTF-8 error position must count it too.
    @Test func bytesThatAreNotUTF8AfterALoneCarriageReturnAreReportedOnTheRightLine() throws {
        var bytes = Array("---\rname: Example\r\nformula: x\n---\n\nSum".utf8)
        bytes += [0xFF] + Array("mary.\n".utf8)
        let result = Self.load(try Self.makeFolder(["example.md": bytes]))
        #expect(Self.firstErrorLine(result) == "activations/example.md:6:4: error: file is not valid UTF-8")
    }

    @Test func emptyFileHasNoFrontMatter() throws {
        let result = Self.load(try Self.makeFolder(["example.md": []]))
        #expect(result.content == nil)
        #expect(Self.firstErrorLine(result) == "activations/example.md:1:1: error: missing front matter")
    }

    @Test func fileThatIsOnlyAByteOrderMarkHasNoFrontMatter() throws {
        let result = Self.load(try Self.makeFolder(["example.md": [0xEF, 0xBB, 0xBF]]))
        #expect(result.content == nil)
        #expect(Self.firstErrorLine(result) == "activations/example.md:1:1: error: missing front matter")
    }

    @Test func siteFileThatIsOnlyAByteOrderMarkHasNoTitle() throws {
        let result = Self.load(try Self.makeFolder(["example.md": Self.activation()], site: "\u{FEFF}"))
        #expect(result.content == nil)
        #expect(Self.firstErrorLine(result) == "site.yml:1:1: error: site.yml is empty")
    }

    @Test func nulAndControlCharactersInFrontMatterAreAPositionedError() throws {
        let result = Self.load(try Self.makeFolder(["example.md": Self.activation(front: "name: Ex\u{0}ample\nformula: x\n")]))
        #expect(result.content == nil)
        #expect(Self.firstErrorLine(result) == "activations/example.md:2:9: error: invalid YAML: control characters are not allowed")
    }

    // MARK: Folders and files that are not what they seem

    @Test func emptyContentFolderNamesWhatIsMissing() throws {
        let directory = try TestSupport.temporaryDirectory("broken-empty").path
        let result = Self.load(directory)
        #expect(result.content == nil)
        #expect(result.rendered.map { String($0.split(separator: "\n")[0]) } == [
            "activations: error: activations folder not found or unreadable",
            "activations: error: no activations found",
            "site.yml: error: file not found",
        ])
    }

    @Test func missingContentFolderIsOneError() throws {
        let result = Self.load("/nonexistent-\(UUID().uuidString)")
        #expect(result.content == nil)
        #expect(result.diagnostics.map(\.message) == ["content folder not found"])
    }

    @Test func symbolicLinkLoopIsReportedOnce() throws {
        let directory = try Self.makeFolder(["example.md": Self.activation()])
        try FileManager.default.createSymbolicLink(atPath: directory + "/activations/loop", withDestinationPath: ".")
        try FileManager.default.createDirectory(atPath: directory + "/activations/nested", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: directory + "/activations/nested/up", withDestinationPath: "..")
        let result = Self.load(directory)
        #expect(result.content == nil)
        #expect(result.rendered.filter { $0.contains("symbolic link loop") }.map { String($0.split(separator: "\n")[0]) } == [
            "activations/loop: error: symbolic link loop",
            "activations/nested/up: error: symbolic link loop",
        ])
    }

    @Test func linkToItselfIsABrokenEntry() throws {
        let directory = try Self.makeFolder(["example.md": Self.activation()])
        try FileManager.default.createSymbolicLink(atPath: directory + "/activations/self.md", withDestinationPath: "self.md")
        let result = Self.load(directory)
        #expect(Self.firstErrorLine(result) == "activations/self.md: error: broken symbolic link or unreadable entry")
    }

    @Test func namedPipeIsRefusedWithoutWaitingForAWriter() throws {
        let directory = try Self.makeFolder(["example.md": Self.activation()])
        #expect(mkfifo(directory + "/activations/pipe.md", 0o644) == 0)
        let result = Self.load(directory)
        #expect(Self.firstErrorLine(result) == "activations/pipe.md: error: not a regular file")
    }

    @Test func linkToAnEndlessDeviceIsRefused() throws {
        let directory = try Self.makeFolder(["example.md": Self.activation()])
        try FileManager.default.createSymbolicLink(atPath: directory + "/activations/zero.md", withDestinationPath: "/dev/zero")
        let result = Self.load(directory)
        #expect(Self.firstErrorLine(result) == "activations/zero.md: error: not a regular file")
    }

    /// Makes the file at `path` unreadable. Tests run as root here, and root reads a file
    /// whatever its mode. So as root the unreadable file is a link to /proc/self/mem (a
    /// regular file whose first page is unmapped, so reading it fails); otherwise it is a
    /// file with mode 000.
    static func makeUnreadable(_ path: String) throws {
        if getuid() == 0 {
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/proc/self/mem")
        } else {
            #expect(chmod(path, 0) == 0)
        }
    }

    @Test func unreadableFileIsAnError() throws {
        let directory = try Self.makeFolder(["example.md": Self.activation(), "locked.md": Self.activation()])
        try Self.makeUnreadable(directory + "/activations/locked.md")
        let result = Self.load(directory)
        #expect(result.content == nil)
        #expect(Self.firstErrorLine(result) == "activations/locked.md: error: file cannot be read")
    }
}
