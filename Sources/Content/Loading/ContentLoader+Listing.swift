import Diagnostics
import Foundation

extension ContentLoader {
    /// An activation file found in `activations/`, and whether the listing already saw that
    /// it is a regular file (not a link, pipe or device), so it can be opened without a `stat`.
    struct ListedFile: Sendable {
        var path: String
        var isRegular: Bool
        /// The folder the listing found the file in, open (or -1), and the file's name there:
        /// opened relative to it, the file costs the kernel one name lookup instead of one
        /// per folder of its path.
        var folder: Int32 = -1
        var name = ""
    }

    /// `activations/**/*.md`, sorted by path, following no symbolic link out of a loop, and
    /// the folders left open for reading them (`ListedFile.folder`), to close afterwards.
    func activationFiles(_ diagnostics: inout [Diagnostic]) -> (files: [ListedFile], openFolders: [Int32]) {
        let root = join(directory, "activations")
        var files: [ListedFile] = []
        var openFolders: [Int32] = []
        var visited: Set<String> = []
        var pending = [root]
        while let folder = pending.popLast() {
            let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
            guard visited.insert(real).inserted else {
                diagnostics.append(Diagnostic(path: folder, message: "symbolic link loop", hint: "remove the link that points back into Content/"))
                continue
            }
            // A few dozen folders are kept open (far below the process's limit of open
            // files); files in any further folder are opened by their whole path.
            let descriptor = visited.count < 10_000 && openFolders.count < 64 ? open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1
            if descriptor >= 0 { openFolders.append(descriptor) }
            guard visited.count < 10_000, let entries = Self.entries(of: folder, open: descriptor) else {
                if folder == root {
                    diagnostics.append(Diagnostic(path: root, message: "activations folder not found or unreadable",
                                                  hint: "create \(root)/ with one Markdown file per activation"))
                }
                continue
            }
            for entry in entries where !entry.name.hasPrefix(".") {
                let path = join(folder, entry.name)
                // What `readdir` says of a plain file or folder is what `stat` would; a
                // link (or a type the file system does not report) is followed by `stat`.
                switch entry.type {
                case UInt8(DT_DIR):
                    pending.append(path)
                case UInt8(DT_REG):
                    if entry.name.hasSuffix(".md") {
                        files.append(ListedFile(path: path, isRegular: true, folder: descriptor, name: entry.name))
                    }
                default:
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                        diagnostics.append(Diagnostic(path: path, message: "broken symbolic link or unreadable entry"))
                        continue
                    }
                    if isDirectory.boolValue {
                        pending.append(path)
                    } else if entry.name.hasSuffix(".md") {
                        files.append(ListedFile(path: path, isRegular: false))
                    }
                }
            }
        }
        files.sort { $0.path < $1.path }
        return (files, openFolders)
    }

    /// A folder's entries sorted by name, without `.` and `..`, each with its `readdir`
    /// type (`DT_UNKNOWN` when the folder was listed by `FileManager`), or nil when the
    /// folder cannot be listed. One `readdir` pass, no `stat` per entry; a folder that
    /// holds a name that is not UTF-8, or that fails part way, is listed by `FileManager`.
    /// `open` is a descriptor of `folder` to list it through (its own is not closed), or -1.
    static func entries(of folder: String, open descriptor: Int32 = -1) -> [(name: String, type: UInt8)]? {
        if let listed = readDirectory(folder, open: descriptor) { return listed.sorted { $0.name < $1.name } }
        return (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted().map { ($0, UInt8(DT_UNKNOWN)) }
    }

    private static func readDirectory(_ folder: String, open descriptor: Int32) -> [(name: String, type: UInt8)]? {
        // `fdopendir` takes the descriptor it is given, so it gets a copy.
        let copy = descriptor >= 0 ? dup(descriptor) : -1
        guard let stream = copy >= 0 ? fdopendir(copy) : opendir(folder) else {
            if copy >= 0 { close(copy) }
            return nil
        }
        defer { closedir(stream) }
        var entries: [(name: String, type: UInt8)] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else { return errno == 0 ? entries : nil }
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { bytes in
                String(validatingCString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard let name else { return nil }
            if name == "." || name == ".." { continue }
            entries.append((name, entry.pointee.d_type))
        }
    }
}
