import Content
import Formula
import Markup
import Foundation
import Plot

/// Turns a computed `SiteModel` into the files of the site, page by page.
struct SiteRenderer {
    let model: SiteModel
    let templates: TemplateSet
    let assetsDirectory: String
    let baseURL: String

    func render() throws -> SiteFiles {
        var files = SiteFiles()
        let assets = try copyAssets(into: &files)
        let contexts = PageContexts(model: model, assets: assets, baseURL: baseURL)

        // Every file is independent of the others, so all of them are made in one concurrent
        // pass. The pages that cover every activation (home, print card, compare-anything)
        // come first so that they do not start last and leave the other cores idle.
        var jobs: [(path: String, make: @Sendable () throws -> String)] = [
            ("index.html", { try page("index", contexts.home()) }),
            ("print/index.html", { try page("print", contexts.printCard()) }),
            ("compare/index.html", { try page("compare-index", contexts.compareIndex()) }),
            ("data/activations.json", { JSONValue.array(model.entries.map(ActivationRecord.json)).rendered() + "\n" }),
            ("frameworks/index.html", { try page("frameworks", contexts.frameworks()) }),
            ("404.html", { try page("404", contexts.notFound()) }),
        ]
        for comparison in model.content.site.comparisons {
            jobs.append(("compare/\(comparison.slug)/index.html", { try page("compare", contexts.compare(comparison)) }))
        }
        for (index, entry) in model.entries.enumerated() {
            jobs.append(("activations/\(entry.id)/index.html", { try page("activation", contexts.activation(index)) }))
            jobs.append(("plots/\(entry.id).svg", { entry.plot(includeStyle: true, idPrefix: "p") }))
        }
        let made = ConcurrentMap.map(jobs.map(\.make)) { make in Result { try make() } }
        for (job, result) in zip(jobs, made) {
            files.add(job.path, try result.get())
        }
        files.add("sitemap.xml", sitemap(files.paths))
        files.add("robots.txt", "User-agent: *\nAllow: /\nSitemap: \(baseURL)sitemap.xml\n")
        return files
    }

    /// A page: its template rendered into the `layout` template's `content` slot.
    private func page(_ template: String, _ context: [String: Any]) throws -> String {
        var context = context
        context["content"] = try templates.render(template, context)
        return try templates.render("layout", context)
    }

    /// Copies `Templates/assets/*` under `assets/`, names carrying a content hash:
    /// `style.css` becomes `assets/style.1a2b3c4d.css`. Returns original name → new path.
    private func copyAssets(into files: inout SiteFiles) throws -> [String: String] {
        var mapping: [String: String] = [:]
        var sources: [(String, [UInt8])] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: assetsDirectory)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            guard let data = FileManager.default.contents(atPath: assetsDirectory + "/" + name) else { continue }
            var bytes = [UInt8](data)
            if name == "style.css" { bytes += Array(("\n/* Plot styles (from the Plot module) */\n" + SVGPlot.stylesheet + "\n").utf8) }
            sources.append((name, bytes))
        }
        // The formula language's JavaScript helpers, for the explorer and the compare page.
        sources.append(("formula-runtime.js", Array(FormulaLanguage.javaScriptRuntime.utf8)))
        for (name, bytes) in sources {
            let hash = String(ContentHash.hex(bytes).prefix(10))
            let dot = name.lastIndex(of: ".") ?? name.endIndex
            let hashed = "assets/" + name[..<dot] + "." + hash + name[dot...]
            files.add(hashed, bytes: bytes)
            mapping[name] = hashed
        }
        return mapping
    }

    private func sitemap(_ paths: [String]) -> String {
        let pages = paths.filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            xml += "  <url><loc>\(XMLText.escape(baseURL + page))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
