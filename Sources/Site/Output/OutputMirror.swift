import Foundation

/// Keeps an output folder equal to the last site given to it, for `nonlin serve`: the
/// first site is written atomically (`AtomicOutput`); after that only the files that
/// differ from the previous site are written (each to a temporary name, then renamed)
/// and the files it no longer has are removed. If the folder was replaced in between
/// (another build wrote it), the next site is written whole again.
public final class OutputMirror {
    public let output: AtomicOutput
    private var written: SiteFiles?
    private var folderIdentity: FolderIdentity?

    public init(destination: String) {
        output = AtomicOutput(destination: destination)
    }

    /// Makes the folder hold `files`. Returns the paths written or removed.
    @discardableResult
    public func publish(_ files: SiteFiles) throws -> [String] {
        guard let previous = written, let identity = folderIdentity, Self.identity(output.destination.path) == identity else {
            try output.write(files)
            written = files
            folderIdentity = Self.identity(output.destination.path)
            return files.paths
        }
        written = nil  // if writing fails half-way, the next site is written whole
        let touched = try output.update(from: previous, to: files)
        written = files
        return touched
    }

    private struct FolderIdentity: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    private static func identity(_ path: String) -> FolderIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FolderIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
