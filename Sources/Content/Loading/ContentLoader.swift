import Diagnostics
import Foundation
import Markup
import Yams

/// Everything read from a content folder, ready for the site builder.
public struct LoadedContent: Sendable {
    public var site: SiteConfiguration
    /// The home page's introduction (`index.md`), as HTML.
    public var introHTML: String
    /// Activations sorted by id.
    public var activations: [ActivationDocument]

    public func activation(_ id: String) -> ActivationDocument? { activations.first { $0.id == id } }
}

/// Reads a content folder (`site.yml`, `index.md`, `activations/**/*.md`), checks each
/// file and the references between files, and returns the documents with every
/// diagnostic found, sorted. Documents are returned only when there is no error.
public struct ContentLoader: Sendable {
    public var directory: String
    public var maximumFileSize = 4 << 20

    public init(directory: String) {
        self.directory = directory
    }

    public func load() -> (content: LoadedContent?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [Diagnostic(path: directory, message: "content folder not found",
                                     hint: "run from your project folder, or pass --content DIR")])
        }
        let site = loadSite(&diagnostics)
        let intro = readText(join(directory, "index.md"), optional: true, &diagnostics)
            .map { MarkdownBody(markdown: $0, allowRawHTML: site?.allowRawHTML ?? false).allHTML } ?? ""

        // Files are read and parsed on every core. Which of two same-named files is the
        // duplicate is decided in file order, and diagnostics are gathered in file order.
        let files = activationFiles(&diagnostics)
        var pending = ParallelMap.map(files) { path in
            var found: [Diagnostic] = []
            let text = readText(path, optional: false, &found)
            return PendingFile(id: String(path.split(separator: "/").last!.dropLast(3)), path: path, text: text, diagnostics: found)
        }
        var seen: [String: String] = [:]
        for index in pending.indices where pending[index].text != nil {
            let (id, path) = (pending[index].id, pending[index].path)
            if let first = seen[id] {
                pending[index].diagnostics.append(Diagnostic(path: path, message: "duplicate activation id '\(id)' (also \(first))",
                                                             hint: "ids come from file names and must be unique; rename one file"))
                pending[index].text = nil
            } else {
                seen[id] = path
            }
        }
        let allowRawHTML = site?.allowRawHTML ?? false
        let parsed = ParallelMap.map(pending) { file -> (ActivationDocument?, [Diagnostic]) in
            guard let text = file.text else { return (nil, file.diagnostics) }
            let (document, found) = ActivationFileParser.parse(id: file.id, path: file.path, text: text, allowRawHTML: allowRawHTML)
            return (document, file.diagnostics + found)
        }
        var activations = parsed.compactMap(\.0)
        diagnostics += parsed.flatMap(\.1)
        activations.sort { $0.id < $1.id }
        if files.isEmpty {
            diagnostics.append(Diagnostic(path: join(directory, "activations"), message: "no activations found",
                                          hint: "add a file such as activations/relu.md (nonlin new relu writes one)"))
        }
        diagnostics += ReferenceCheck.check(activations: activations, site: site, known: Set(seen.keys),
                                            sitePath: join(directory, "site.yml"), readSource: { try? String(contentsOfFile: $0, encoding: .utf8) })
        diagnostics.sort()
        guard let site, !diagnostics.containsErrors else { return (nil, diagnostics) }
        return (LoadedContent(site: site, introHTML: intro, activations: activations), diagnostics)
    }

    /// An activation file read and ready to parse, or (`text` nil) one that is not parsed,
    /// with what reading it found.
    private struct PendingFile: Sendable {
        var id: String
        var path: String
        var text: String?
        var diagnostics: [Diagnostic]
    }

    private func loadSite(_ diagnostics: inout [Diagnostic]) -> SiteConfiguration? {
        let path = join(directory, "site.yml")
        guard let text = readText(path, optional: false, &diagnostics) else { return nil }
        let (site, found) = SiteFileParser.parse(path: path, text: text)
        diagnostics += found
        return site
    }

    /// `activations/**/*.md`, sorted, following no symbolic link out of a loop.
    private func activationFiles(_ diagnostics: inout [Diagnostic]) -> [String] {
        let root = join(directory, "activations")
        var files: [String] = []
        var visited: Set<String> = []
        var pending = [root]
        while let folder = pending.popLast() {
            let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
            guard visited.insert(real).inserted else {
                diagnostics.append(Diagnostic(path: folder, message: "symbolic link loop", hint: "remove the link that points back into Content/"))
                continue
            }
            guard visited.count < 10_000, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                if folder == root {
                    diagnostics.append(Diagnostic(path: root, message: "activations folder not found or unreadable",
                                                  hint: "create \(root)/ with one Markdown file per activation"))
                }
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = join(folder, name)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    diagnostics.append(Diagnostic(path: path, message: "broken symbolic link or unreadable entry"))
                    continue
                }
                if isDirectory.boolValue {
                    pending.append(path)
                } else if name.hasSuffix(".md") {
                    files.append(path)
                }
            }
        }
        return files.sorted()
    }

    /// The file's text: UTF-8 (a byte-order mark is allowed), at most `maximumFileSize` bytes.
    func readText(_ path: String, optional: Bool, _ diagnostics: inout [Diagnostic]) -> String? {
        // One `stat` answers both questions: is there a file (what `fileExists` asks), and is it a regular one.
        var info = stat()
        guard stat(path, &info) == 0 else {
            if !optional {
                diagnostics.append(Diagnostic(path: path, message: "file not found", hint: "create it (see README.md for its format)"))
            }
            return nil
        }
        // Only a regular file (following links): reading a FIFO would wait forever for a
        // writer, and a device such as /dev/zero never ends.
        guard info.st_mode & S_IFMT == S_IFREG else {
            diagnostics.append(Diagnostic(path: path, message: "not a regular file",
                                          hint: "content must be plain files; a pipe, socket or device cannot be read as one"))
            return nil
        }
        let size = Int(info.st_size)
        if size > maximumFileSize {
            diagnostics.append(Diagnostic(path: path, message: "file is \(size) bytes, more than the \(maximumFileSize)-byte limit",
                                          hint: "an activation page is a few kilobytes; split or trim it"))
            return nil
        }
        guard let data = Self.readBytes(path, limit: maximumFileSize + 1) else {
            diagnostics.append(Diagnostic(path: path, message: "file cannot be read", hint: "check its permissions"))
            return nil
        }
        if data.count > maximumFileSize {
            diagnostics.append(Diagnostic(path: path, message: "file is \(data.count) bytes, more than the \(maximumFileSize)-byte limit",
                                          hint: "an activation page is a few kilobytes; split or trim it"))
            return nil
        }
        guard let text = String(validatingUTF8: data) else {
            // The line is quoted as decoded with U+FFFD for the bad bytes, so the caret lines up.
            let decoded = SourceText(path: path, text: String(decoding: data, as: UTF8.self))
            diagnostics.append(decoded.diagnostic(at: UTF8Validation.firstInvalidByte(in: data), "file is not valid UTF-8",
                                                  hint: "save it as UTF-8"))
            return nil
        }
        return text
    }

    /// At most `limit` bytes of the file at `path`, or nil when it cannot be opened or read.
    /// (Not `FileManager.contents(atPath:)`: it reads without a bound, and leaks 4 KB per
    /// empty file in swift-foundation 6.3.)
    static func readBytes(_ path: String, limit: Int) -> Data? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        // Read straight into the result, sized from the file's length (one `read` for a
        // file that has not grown since); a file that grew is read on, up to `limit`.
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? max(0, min(Int(info.st_size), limit)) : 0
        var data = Data(count: min(expected + 1, limit))
        var count = 0
        while count < limit {
            if count == data.count { data.count = min(max(2 * data.count, 4096), limit) }
            let got = data.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            count += got
        }
        data.count = count
        return data
    }

    private func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}

extension MarkdownBody {
    /// The whole body as HTML: the summary, then each section with its heading.
    var allHTML: String {
        summaryHTML + sections.map { "<h2>\(XMLText.escape($0.title))</h2>\n" + $0.html }.joined()
    }
}

extension String {
    init?(validatingUTF8 data: Data) {
        guard let s = String(data: data, encoding: .utf8) else { return nil }
        self = s
    }
}

/// Finds where UTF-8 decoding fails, to point at the bad byte.
enum UTF8Validation {
    static func firstInvalidByte(in data: Data) -> SourceLocation? {
        var line = 1, column = 1
        var previous: Unicode.Scalar = " "
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                // Lines end at \n, \r\n or a lone \r, as `SourceText` counts them.
                if s == "\n" && previous == "\r" {
                    // the \r already ended this line
                } else if s == "\n" || s == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previous = s
            case .emptyInput: return nil
            case .error: return SourceLocation(line: line, column: column)
            }
        }
    }
}

