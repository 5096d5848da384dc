import Diagnostics
import Foundation
import Testing
@testable import Content
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// How `ContentLoader` finds and reads activation files: whatever way a file is reached
/// (a plain file the listing vouches for, a link it follows, a nested folder), the text
/// and the diagnostics are the same.
struct ContentLoaderReadingTests {
    @Test(arguments: [
        [0xEF, 0xBB, 0xBF, 0x41], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x41], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB],
        [0x41, 0xEF, 0xBB, 0xBF], [], [0x00, 0x41], [0x41, 0xFF], [0xEF, 0xBB, 0xBF, 0xFF], [0xED, 0xA0, 0x80],
        [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80], Array("é👩‍👩‍👧\r\n".utf8),
    ] as [[UInt8]])
    func bytesDecodeAsFoundationDecodesUTF8(_ bytes: [UInt8]) {
        #expect(ContentLoader.decode(bytes) == String(data: Data(bytes), encoding: .utf8))
    }

    /// A file the listing saw as regular is read straight into a string when it is plain
    /// UTF-8; every file, that way or the checked way, gives what `decode` gives its bytes
    /// (nil, with a diagnostic, when that is nil).
    @Test(arguments: [
        [0xEF, 0xBB, 0xBF, 0x41], [0xEF, 0xBB, 0xBF], [0x41, 0xEF, 0xBB, 0xBF], [], [0x00, 0x41], [0x41, 0xFF],
        [0xED, 0xA0, 0x80], [0xC0, 0x80], Array("é👩‍👩‍👧\r\n".utf8), Array("plain ASCII text\n".utf8),
    ] as [[UInt8]])
    func regularFilesReadAsTheirBytesDecode(_ bytes: [UInt8]) throws {
        try expectRegularFileReadsAsDecoded(bytes)
    }

    @Test func longRegularFilesReadAsTheirBytesDecode() throws {
        try expectRegularFileReadsAsDecoded(Array(String(repeating: "long line of ASCII\n", count: 400).utf8))
        try expectRegularFileReadsAsDecoded(Array((String(repeating: "x", count: 5000) + "é").utf8))
        try expectRegularFileReadsAsDecoded(Array(String(repeating: "x", count: 5000).utf8) + [0xFF])
    }

    private func expectRegularFileReadsAsDecoded(_ bytes: [UInt8]) throws {
        let folder = try TestSupport.temporaryDirectory().path
        let path = folder + "/file.md"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var diagnostics: [Diagnostic] = []
        let listed = ContentLoader.ListedFile(path: path, isRegular: true)
        let text = ContentLoader(directory: folder).readText(path, optional: false, listed: listed, &diagnostics)
        #expect(text == ContentLoader.decode(bytes))
        #expect(diagnostics.isEmpty == (text != nil))
        let plain = bytes.withUnsafeBufferPointer(ContentLoader.isPlainUTF8)
        #expect(plain == (ContentLoader.decode(bytes) != nil && !bytes.starts(with: [0xEF, 0xBB, 0xBF])))
    }

    @Test func linkedAndNestedFilesLoadLikePlainOnes() throws {
        let directory = try BrokenContentTests.makeFolder([
            "plain.md": BrokenContentTests.activation(front: "name: Plain\nformula: max(0, x)\n"),
            "deeper/nested.md": BrokenContentTests.activation(front: "name: Nested\nformula: max(0, x)\n"),
            "deeper/.hidden.md": Array("not front matter".utf8),
            "notes.txt": Array("not an activation".utf8),
        ])
        let outside = directory + "/outside.md"
        try Data(BrokenContentTests.activation(front: "name: Linked\nformula: max(0, x)\n")).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(atPath: directory + "/activations/linked.md", withDestinationPath: outside)
        let (content, diagnostics) = ContentLoader(directory: directory).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(content?.activations.map(\.id) == ["linked", "nested", "plain"])
        #expect(content?.activations.map(\.name) == ["Linked", "Nested", "Plain"])
    }

    /// Files are opened relative to their folder, kept open during the load for a few
    /// dozen folders; files in the folders past those are opened by their whole path.
    @Test func filesInManyFoldersAllLoad() throws {
        var files: [String: [UInt8]] = [:]
        for index in 0..<100 {
            files["f\(index)/a\(index).md"] = BrokenContentTests.activation(front: "name: A\(index)\nformula: max(0, x)\n")
        }
        let (content, diagnostics) = ContentLoader(directory: try BrokenContentTests.makeFolder(files)).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(content?.activations.map(\.id) == (0..<100).map { "a\($0)" }.sorted())
        #expect(content?.activations.map(\.name).sorted() == (0..<100).map { "A\($0)" }.sorted())
    }

    @Test func entriesAreSortedByNameWithTheirTypes() throws {
        let directory = try BrokenContentTests.makeFolder(["b.md": [], "a/c.md": [], "a-b.md": []])
        let entries = try #require(ContentLoader.entries(of: directory + "/activations"))
        #expect(entries.map(\.name) == ["a", "a-b.md", "b.md"])
        #expect(entries.map(\.type) == [UInt8(DT_DIR), UInt8(DT_REG), UInt8(DT_REG)])
        #expect(ContentLoader.entries(of: directory + "/missing") == nil)
    }

    /// Only a file that was read takes its id: an unreadable first file does not make
    /// the second one a duplicate (its own error is reported instead).
    @Test func unreadableFileDoesNotTakeItsID() throws {
        let directory = try BrokenContentTests.makeFolder([
            "a/same.md": BrokenContentTests.activation(), "b/same.md": BrokenContentTests.activation(),
            "c/same.md": BrokenContentTests.activation(),
        ])
        try BrokenContentTests.makeUnreadable(directory + "/activations/a/same.md")
        let result = BrokenContentTests.load(directory)
        #expect(result.content == nil)
        #expect(result.rendered.map { String($0.split(separator: "\n")[0]) } == [
            "activations/a/same.md: error: file cannot be read",
            "activations/c/same.md: error: duplicate activation id 'same' (also activations/b/same.md)",
        ])
    }
}
