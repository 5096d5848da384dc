import Content
import Diagnostics
import Foundation

/// A site kept in memory between builds, for `nonlin serve`: each rebuild parses again
/// only the activation files that changed, recomputes only their entries (`EntryCache`),
/// and makes again only the pages whose inputs changed (`PageSignatures`). The files it
/// gives are byte for byte those of a full build of the same folders.
///
/// A change to site.yml, index.md or the templates makes the whole site again; a file
/// added or removed, or any error, reloads all content with `ContentLoader`, whose
/// diagnostics are then the build's. After a failed build the last good state is kept,
/// and the next rebuild starts from it with every change made since.
public final class SiteSession {
    public let options: SiteBuilder.Options

    /// What one rebuild did.
    public struct Outcome: Sendable {
        /// The whole site; nil when the build failed (see `diagnostics`).
        public var files: SiteFiles?
        public var diagnostics: [Diagnostic]
        /// The pages made afresh (the others were reused from the previous build).
        public var made: [String]
        /// The activation files parsed (all of them when content was loaded in full).
        public var parsed: [String]
        public var succeeded: Bool { files != nil }
    }

    /// The state after the last good build.
    private struct Good {
        var content: ContentUpdate
        var templates: TemplateSet
        var templateDiagnostics: [Diagnostic]
        var assets: SiteAssets
        var revisions: EntryRevisions
        var model: SiteModel
        var pages: RenderedPages
    }

    private let cache = EntryCache()
    private var good: Good?
    /// Files changed since the last good build (they are applied to it together).
    private var pending: Set<String> = []
    /// Set until a build succeeds when the caller could not say what changed.
    private var everything = true

    public init(options: SiteBuilder.Options) {
        self.options = options
    }

    /// Rebuilds after `changed` files changed (as paths under the content or templates
    /// folder, the way `options` spells them); nil when that is not known.
    public func rebuild(changed: [String]? = nil) -> Outcome {
        if let changed { pending.formUnion(changed.map(Self.normalized)) } else { everything = true }
        let kinds = classify(pending)
        let previous = everything ? nil : good

        // Templates and assets: kept unless something under the templates folder changed.
        var templates = previous?.templates, templateDiagnostics = previous?.templateDiagnostics ?? []
        var assets = previous?.assets
        if templates == nil || kinds.templates {
            let (loaded, found) = TemplateSet.load(directory: options.templates)
            templates = loaded
            templateDiagnostics = found
            assets = SiteAssets(directory: options.templates + "/assets")
        }

        // Content: the edited activation files parsed again, or everything loaded.
        var content: ContentUpdate?
        var parsed: [String] = []
        var fastPath = false
        var revisions = previous?.revisions ?? EntryRevisions()
        if let previous, !kinds.site, let update = previous.content.applying(kinds.activations) {
            content = update
            fastPath = true
            parsed = kinds.activations.sorted()
            for document in update.changed { revisions.changed(document) }
        } else {
            let (loaded, found) = ContentLoader(directory: options.content).load()
            if let loaded {
                content = ContentUpdate(content: loaded, diagnostics: found, texts: [:])
                parsed = loaded.activations.map(\.path)
                for document in loaded.activations where !revisions.knows(document.id) || kinds.activations.contains(document.path) {
                    revisions.changed(document)
                }
                revisions.keep(only: Set(loaded.activations.map(\.id)))
            } else {
                return Outcome(files: nil, diagnostics: (found + templateDiagnostics).sorted(), made: [], parsed: [])
            }
        }
        guard let content, let templates, let assets else {
            let found = (content?.diagnostics ?? []) + templateDiagnostics
            return Outcome(files: nil, diagnostics: found.sorted(), made: [], parsed: parsed)
        }
        let diagnostics = (content.diagnostics + templateDiagnostics).sorted()

        // Pages: those whose signature changed; everything when what all pages share changed.
        let model = fastPath && previous != nil
            ? SiteModel(content: content.content, previous: previous!.model, changed: content.changed, cache: cache)
            : SiteModel(content: content.content, cache: cache)
        let baseURL = SiteBuilder.normalizedBaseURL(options.baseURL ?? content.content.site.baseURL)
        let renderer = SiteRenderer(model: model, templates: templates, assets: assets, baseURL: baseURL,
                                    signatures: PageSignatures(model: model, revisions: revisions))
        let reusable = previous != nil && !kinds.templates && !kinds.site ? previous!.pages : RenderedPages()
        let pages: RenderedPages
        do {
            pages = try renderer.render(reusing: reusable)
        } catch {
            return Outcome(files: nil, diagnostics: (diagnostics + [SiteBuilder.renderingFailure(error, templates: options.templates)]).sorted(),
                           made: [], parsed: parsed)
        }
        good = Good(content: content, templates: templates, templateDiagnostics: templateDiagnostics, assets: assets,
                    revisions: revisions, model: model, pages: pages)
        pending = []
        everything = false
        // The cache keeps the entries in use, not every formula ever saved.
        if fastPath, let previous {
            for document in content.changed {
                guard let index = previous.model.index(of: document.id) else { continue }
                let old = EntryCache.key(previous.model.entries[index].document)
                if old != EntryCache.key(document) { cache.remove(old) }
            }
        } else {
            cache.keep(only: Set(model.entries.indices.map { EntryCache.key(model.entries[$0].document) }))
        }
        return Outcome(files: pages.files, diagnostics: diagnostics, made: pages.made, parsed: parsed)
    }

    /// Which kinds of input the changed paths touch.
    private struct Kinds {
        /// Activation files that existed in the last good build or may be new.
        var activations: Set<String> = []
        /// site.yml, index.md, or an activation file added or removed: content must be loaded in full.
        var site = false
        var templates = false
    }

    private func classify(_ paths: Set<String>) -> Kinds {
        var kinds = Kinds()
        if everything { kinds.site = true; kinds.templates = true }
        let content = Self.normalized(options.content) + "/", templates = Self.normalized(options.templates) + "/"
        let activations = content + "activations/"
        for path in paths {
            if path.hasPrefix(templates) {
                kinds.templates = true
            } else if path.hasPrefix(activations) {
                // ContentLoader reads `*.md` files only, and skips hidden files and folders.
                let components = path.dropFirst(activations.count).split(separator: "/")
                guard path.hasSuffix(".md"), !components.contains(where: { $0.hasPrefix(".") }) else { continue }
                kinds.activations.insert(path)
            } else if path == content + "site.yml" || path == content + "index.md" {
                kinds.site = true
            }
        }
        return kinds
    }

    /// A path without doubled or trailing slashes, as `ContentLoader` joins them.
    static func normalized(_ path: String) -> String {
        var result = path
        while result.contains("//") { result = result.replacingOccurrences(of: "//", with: "/") }
        if result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result
    }
}
