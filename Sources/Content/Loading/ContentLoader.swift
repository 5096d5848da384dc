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

        // Files are read and parsed on every core, each in one go. Which of two same-named
        // files is the duplicate is decided afterwards, in file order (a duplicate's parse
        // is dropped), and diagnostics are gathered in file order.
        let (files, openFolders) = activationFiles(&diagnostics)
        let allowRawHTML = site?.allowRawHTML ?? false
        var loaded = ParallelMap.map(files) { file in
            var found: [Diagnostic] = []
            // The file name without `.md`, cut on bytes: `/` and `.md` are ASCII, and the
            // listing took only names whose last three Characters are `.md`.
            let path = file.path.utf8
            let nameStart = path.lastIndex(of: UInt8(ascii: "/")).map { path.index(after: $0) } ?? path.startIndex
            let id = String(file.path[nameStart..<path.index(path.endIndex, offsetBy: -3)])
            guard let text = readText(file.path, optional: false, listed: file, &found) else {
                return LoadedFile(id: id, path: file.path, wasRead: false, document: nil, diagnostics: found)
            }
            let (document, parsed) = ActivationFileParser.parse(id: id, path: file.path, text: text, allowRawHTML: allowRawHTML)
            return LoadedFile(id: id, path: file.path, wasRead: true, document: document, diagnostics: parsed)
        }
        for folder in openFolders { close(folder) }
        // Ids of the files that were read: what references may name.
        var known: Set<String> = []
        known.reserveCapacity(loaded.count)
        var activations: [ActivationDocument] = []
        activations.reserveCapacity(loaded.count)
        for index in loaded.indices {
            if loaded[index].wasRead, !known.insert(loaded[index].id).inserted {
                let id = loaded[index].id
                let first = loaded[..<index].first { $0.wasRead && $0.id == id }!.path
                loaded[index].document = nil
                loaded[index].diagnostics = [Diagnostic(path: loaded[index].path, message: "duplicate activation id '\(id)' (also \(first))",
                                                        hint: "ids come from file names and must be unique; rename one file")]
            }
            // Moved out, not copied: each document is handed on once.
            if let document = loaded[index].document.take() { activations.append(document) }
            diagnostics += loaded[index].diagnostics
        }
        activations.sort { $0.id < $1.id }
        if files.isEmpty {
            diagnostics.append(Diagnostic(path: join(directory, "activations"), message: "no activations found",
                                          hint: "add a file such as activations/relu.md (nonlin new relu writes one)"))
        }
        diagnostics += ReferenceCheck.check(activations: activations, site: site, known: known,
                                            sitePath: join(directory, "site.yml"), readSource: { try? String(contentsOfFile: $0, encoding: .utf8) })
        diagnostics.sort()
        guard let site, !diagnostics.containsErrors else { return (nil, diagnostics) }
        return (LoadedContent(site: site, introHTML: intro, activations: activations), diagnostics)
    }

    /// What reading and parsing one activation file gave.
    private struct LoadedFile: Sendable {
        var id: String
        var path: String
        /// Whether the file could be read (its id then counts as taken, even when it has errors).
        var wasRead: Bool
        var document: ActivationDocument?
        var diagnostics: [Diagnostic]
    }

    private func loadSite(_ diagnostics: inout [Diagnostic]) -> SiteConfiguration? {
        let path = join(directory, "site.yml")
        guard let text = readText(path, optional: false, &diagnostics) else { return nil }
        let (site, found) = SiteFileParser.parse(path: path, text: text)
        diagnostics += found
        return site
    }

    func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}

extension MarkdownBody {
    /// The whole body as HTML: the summary, then each section with its heading.
    var allHTML: String {
        summaryHTML + sections.map { "<h2>\(XMLText.escape($0.title))</h2>\n" + $0.html }.joined()
    }
}
