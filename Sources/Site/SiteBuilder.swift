import Content
import Diagnostics
import Foundation

/// Builds the whole site: loads and checks content and templates, computes every
/// activation, renders every page, and writes `Output/` atomically. Problems come back
/// as diagnostics; on any error nothing is written.
public struct SiteBuilder {
    /// Where to read from and write to, and what URL the site will live at.
    public struct Options: Sendable {
        public var content: String
        public var templates: String
        public var output: String
        /// Overrides `base_url` from site.yml.
        public var baseURL: String?
        /// Whether the build hands its memory back before returning. A one-off build whose
        /// process ends right afterwards says no: the computed site is millions of small
        /// objects, and freeing them one by one on one core is a tenth of a large build's
        /// time, while the system takes the whole heap back at exit at once (the way
        /// compilers skip freeing their trees).
        public var freesMemory: Bool

        public init(content: String = "Content", templates: String = "Templates", output: String = "Output", baseURL: String? = nil,
                    freesMemory: Bool = true) {
            self.content = content
            self.templates = templates
            self.output = output
            self.baseURL = baseURL
            self.freesMemory = freesMemory
        }
    }

    /// What a build did.
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var pageCount: Int
        public var fileCount: Int
        public var succeeded: Bool { !diagnostics.containsErrors }
    }

    public let options: Options
    /// Entries computed by earlier builds, reused when unchanged (see `EntryCache`).
    public let cache: EntryCache?
    /// Told what the build is doing, phase by phase (the CLI shows it on a terminal).
    public var progress: (@Sendable (String) -> Void)?

    public init(options: Options, cache: EntryCache? = nil, progress: (@Sendable (String) -> Void)? = nil) {
        self.options = options
        self.cache = cache
        self.progress = progress
    }

    /// Renders the site in memory; nil (with diagnostics) when anything is wrong.
    public func render() -> (files: SiteFiles?, diagnostics: [Diagnostic]) {
        progress?("Reading \(options.content)/ and \(options.templates)/…")
        // Templates and assets are read on another thread while the content loads: neither needs the other.
        let templatesFolder = options.templates
        let (read, (content, contentDiagnostics)) = Self.concurrently {
            (TemplateSet.load(directory: templatesFolder), SiteAssets(directory: templatesFolder + "/assets"))
        } with: {
            ContentLoader(directory: options.content).load()
        }
        let ((templates, templateDiagnostics), assets) = read
        let diagnostics = contentDiagnostics + templateDiagnostics
        guard let content, let templates else { return (nil, diagnostics.sorted()) }
        do {
            progress?("Computing \(content.activations.count) activations (properties, formulas, plots)…")
            let model = SiteModel(content: content, cache: cache)
            progress?("Rendering pages…")
            let pages = try SiteRenderer(model: model, templates: templates, assets: assets,
                                         baseURL: Self.normalizedBaseURL(options.baseURL ?? content.site.baseURL)).render()
            if !options.freesMemory { KeptUntilExit.keep((model, pages)) }
            return (pages.files, diagnostics.sorted())
        } catch {
            return (nil, (diagnostics + [Self.renderingFailure(error, templates: options.templates)]).sorted())
        }
    }

    /// The diagnostic for a template that failed while rendering (a missing partial).
    static func renderingFailure(_ error: any Error, templates: String) -> Diagnostic {
        Diagnostic(path: templates, message: "rendering failed: \(error)",
                   hint: "check the template names used in {{> partials}} and the layout")
    }

    /// Renders and writes the site. The previous output is untouched unless this succeeds.
    public func build() -> Report {
        let (files, diagnostics) = render()
        guard let files else { return Report(diagnostics: diagnostics, pageCount: 0, fileCount: 0) }
        progress?("Writing \(files.count) files into \(options.output)/…")
        do {
            try AtomicOutput(destination: options.output).write(files)
        } catch {
            return Report(diagnostics: diagnostics + [Diagnostic(path: options.output, message: "cannot write the site: \(error)",
                                                                 hint: "check that the folder is writable")],
                          pageCount: 0, fileCount: 0)
        }
        return Report(diagnostics: diagnostics, pageCount: files.pageCount, fileCount: files.count)
    }

    /// `first` run on another thread while `second` runs on this one; both results.
    static func concurrently<A: Sendable, B>(_ first: @escaping @Sendable () -> A, with second: () -> B) -> (A, B) {
        let box = ResultSlot<A>()
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { box.value = first() }
        let b = second()
        done.wait()
        return (box.value!, b)
    }

    static func normalizedBaseURL(_ url: String) -> String { url.hasSuffix("/") ? url : url + "/" }
}

/// Values held until the process exits, never freed (see `SiteBuilder.Options.freesMemory`).
private enum KeptUntilExit {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    static func keep<Value>(_ value: Value) { _ = Unmanaged.passRetained(Box(value)) }
}

/// A value one thread writes and another reads after waiting for it (see `concurrently`).
private final class ResultSlot<A>: @unchecked Sendable {
    var value: A?
}
