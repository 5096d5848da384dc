import Content
import Foundation
import Markup

/// Turns a computed `SiteModel` into the files of the site, page by page. Given the
/// pages of an earlier build and what each was made from (`PageSignatures`), it makes
/// again only the pages whose inputs changed and reuses the others' bytes.
struct SiteRenderer {
    let model: SiteModel
    let templates: TemplateSet
    let assets: SiteAssets
    let baseURL: String
    /// What each page is made from; nil in a one-off build, which makes every page.
    var signatures: PageSignatures?

    /// One file of the site: where it goes, what it is made from, and how to make it.
    private struct Job {
        var path: String
        var signature: [String]?
        var make: @Sendable () throws -> [UInt8]
    }

    func render(reusing previous: RenderedPages = RenderedPages()) throws -> RenderedPages {
        let fragments = Fragments(previous: previous.fragments)
        let contexts = PageContexts(model: model, assets: assets.paths, baseURL: baseURL, templates: templates,
                                    fragments: signatures == nil ? nil : fragments, signatures: signatures)
        let signatures = self.signatures
        let templates = self.templates
        let furniture = SiteFurniture(templates: templates, siteTitle: model.content.site.title,
                                      siteDescription: model.content.site.description)
        @Sendable func page(_ template: String, _ context: [String: Any]) throws -> [UInt8] {
            try templates.renderPage(template, context, furniture: furniture)
        }

        // The pages that cover every activation (home, print card, compare-anything) come
        // first, so that they do not start last and leave the other cores idle.
        let everyEntry = signatures?.everyEntry
        var jobs: [Job] = [
            Job(path: "index.html", signature: everyEntry) { try page("index", contexts.home()) },
            Job(path: "print/index.html", signature: everyEntry) { try page("print", contexts.printCard()) },
            Job(path: "compare/index.html", signature: everyEntry) { try page("compare-index", contexts.compareIndex()) },
            Job(path: "data/activations.json", signature: everyEntry) { Array(contexts.data().utf8) },
            Job(path: "frameworks/index.html", signature: signatures?.everyName) { try page("frameworks", try contexts.frameworks()) },
            Job(path: "404.html", signature: signatures?.everyName) { try page("404", contexts.notFound()) },
        ]
        for comparison in model.content.site.comparisons {
            jobs.append(Job(path: "compare/\(comparison.slug)/index.html", signature: signatures?.comparison(comparison)) {
                try page("compare", contexts.compare(comparison))
            })
        }
        let model = self.model
        for index in model.entries.indices {
            let id = model.entries[index].id
            jobs.append(Job(path: "activations/\(id)/index.html", signature: signatures?.activation(index)) {
                try page("activation", contexts.activation(index))
            })
            jobs.append(Job(path: "plots/\(id).svg", signature: signatures?.plot(id)) { Array(model.entries[index].plotSVG(standalone: true).utf8) })
        }

        var result = RenderedPages()
        for asset in assets.files { result.files.add(asset.path, bytes: asset.bytes) }
        var pending: [Job] = []
        for job in jobs {
            if let signature = job.signature, previous.signatures[job.path] == signature, let bytes = previous.files[job.path] {
                result.files.add(job.path, bytes: bytes)
                result.signatures[job.path] = signature
            } else {
                pending.append(job)
            }
        }
        // Every page is independent of the others, so all of them are made in one concurrent pass.
        // Each page becomes bytes as soon as it is made, so the site is never held twice (as
        // text and as bytes) at the peak of a large build.
        let made = ConcurrentMap.map(pending.map(\.make)) { make in Result { try make() } }
        for (job, bytes) in zip(pending, made) {
            result.files.add(job.path, bytes: try bytes.get())
            result.signatures[job.path] = job.signature
            result.made.append(job.path)
        }
        // Pieces not asked for this time (their pages were reused) stay for a later build.
        result.fragments = previous.fragments.merging(fragments.used) { $1 }
        // The sitemap lists the pages, so it changes only when the list of pages does.
        result.pagePaths = jobs.map(\.path)
        if result.pagePaths == previous.pagePaths, let sitemap = previous.files["sitemap.xml"] {
            result.files.add("sitemap.xml", bytes: sitemap)
        } else {
            result.files.add("sitemap.xml", sitemap(result.files.unorderedPaths))
        }
        result.files.add("robots.txt", "User-agent: *\nAllow: /\nSitemap: \(baseURL)sitemap.xml\n")
        return result
    }

    private func sitemap(_ paths: some Sequence<String>) -> String {
        let pages = paths.filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            xml += "  <url><loc>" + TemplateEscaping.escape(baseURL + page) + "</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}

/// The files of one build, with what each page was made from (for the next build to
/// compare against) and which were made afresh rather than reused.
struct RenderedPages: Sendable {
    var files = SiteFiles()
    /// Page path → its signature, for the pages that have one.
    var signatures: [String: [String]] = [:]
    /// The pages made in this build, in the order they were listed.
    var made: [String] = []
    /// The paths of the pages (not assets, sitemap or robots.txt), in the order they were listed.
    var pagePaths: [String] = []
    /// Pieces of pages made per activation (see `Fragments`), by key.
    var fragments: [String: Fragments.Piece] = [:]
}
