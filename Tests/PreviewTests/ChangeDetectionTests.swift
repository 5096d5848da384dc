import Foundation
import Testing
@testable import Preview
import TestSupport

/// How `nonlin serve` learns what changed: inotify's records name the files, and the
/// watcher keeps only those whose size or modification time really moved.
@Suite struct ChangeDetectionTests {
    /// One `struct inotify_event`: wd, mask, cookie, len (little-endian), then the name
    /// padded with NULs to `len` bytes.
    static func record(watch: Int32, mask: UInt32, name: String, padding: Int = 4) -> [UInt8] {
        var bytes: [UInt8] = []
        for value in [UInt32(bitPattern: watch), mask, 0] {
            bytes += withUnsafeBytes(of: value.littleEndian, Array.init)
        }
        let nameBytes = name.isEmpty ? [] : Array(name.utf8) + Array(repeating: 0, count: padding)
        bytes += withUnsafeBytes(of: UInt32(nameBytes.count).littleEndian, Array.init)
        return bytes + nameBytes
    }

    #if canImport(Glibc)
    @Test func inotifyRecordsNameTheChangedFilesUnderTheirWatchedFolders() {
        let folders: [Int32: String] = [1: "Content/activations", 2: "Templates"]
        let bytes = Self.record(watch: 1, mask: UInt32(IN_MODIFY), name: "gelu.md")
            + Self.record(watch: 2, mask: UInt32(IN_CLOSE_WRITE), name: "layout.mustache", padding: 9)
            + Self.record(watch: 1, mask: UInt32(IN_MOVED_TO), name: "relu.md")
        var batch = FileEvents.Batch()
        FileEvents.parse(bytes[...], folders: folders, into: &batch)
        #expect(batch.paths == ["Content/activations/gelu.md", "Templates/layout.mustache", "Content/activations/relu.md"])
        #expect(!batch.needsScan)
    }

    @Test func aFolderEventOrLostEventsAskForAFullScan() {
        var folderCreated = FileEvents.Batch()
        FileEvents.parse(Self.record(watch: 1, mask: UInt32(IN_CREATE | IN_ISDIR), name: "new")[...], folders: [1: "Content"], into: &folderCreated)
        #expect(folderCreated.needsScan)
        var overflow = FileEvents.Batch()
        FileEvents.parse(Self.record(watch: -1, mask: UInt32(IN_Q_OVERFLOW), name: "")[...], folders: [:], into: &overflow)
        #expect(overflow.needsScan)
    }

    @Test func inotifyReportsAWriteUnderAWatchedFolder() throws {
        let folder = try TestSupport.temporaryDirectory("nonlin-events")
        let events = try #require(FileEvents(folders: [folder.path]))
        #expect(events.drain().isEmpty)
        try "text".write(to: folder.appendingPathComponent("a.md"), atomically: false, encoding: .utf8)
        #expect(events.drain().paths == [folder.path + "/a.md"])
    }
    #endif

    @Test func theWatcherKeepsOnlyFilesThatReallyChanged() throws {
        let folder = try TestSupport.temporaryDirectory("nonlin-watch")
        let a = folder.appendingPathComponent("a.md"), b = folder.appendingPathComponent("b.md")
        try "one".write(to: a, atomically: false, encoding: .utf8)
        try "two".write(to: b, atomically: false, encoding: .utf8)
        var watcher = ChangeWatcher(roots: [folder.path])
        // Named by an event but untouched (an editor's backup, a touch of nothing): no change.
        #expect(watcher.changes(among: [a.path, b.path]).isEmpty)
        try "three".write(to: a, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: b)
        #expect(watcher.changes(among: [a.path, b.path]) == [a.path, b.path])
        // The full scan agrees with what the targeted look recorded.
        #expect(watcher.changes().isEmpty)
    }

    @Test func aRootReachedThroughASymbolicLinkIsScannedWithPathsUnderTheLink() throws {
        let folder = try TestSupport.temporaryDirectory("nonlin-watch")
        let real = folder.appendingPathComponent("real/activations")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try "one".write(to: real.appendingPathComponent("a.md"), atomically: false, encoding: .utf8)
        let link = folder.appendingPathComponent("Content")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: folder.appendingPathComponent("real"))
        var watcher = ChangeWatcher(roots: [link.path])
        #expect(ChangeWatcher.folders(under: [link.path]) == [link.path, link.path + "/activations"])
        try "two!".write(to: real.appendingPathComponent("a.md"), atomically: false, encoding: .utf8)
        #expect(watcher.changes() == [link.path + "/activations/a.md"])
    }
}
