import ActivationCore
import Content
import Plot

/// Builds the dictionaries the Mustache templates render. Every value is computed from
/// the model; templates only lay it out. `{{{…}}}` in templates is used only for HTML
/// produced here or by cmark (MathML, SVG, Markdown); everything else is escaped.
struct PageContexts {
    let model: SiteModel
    let assets: [String: String]
    let baseURL: String
    /// For the pieces of pages rendered per activation (table rows, print cards).
    var templates: TemplateSet?
    /// Pieces of an earlier build to reuse, with the revisions that tell whether they still
    /// hold; nil in a one-off build, which makes every piece.
    var fragments: Fragments?
    var signatures: PageSignatures?

    /// The piece `kind` of a page for the entry `id`: reused when the entry's front matter (all
    /// such pieces read) is unchanged since an earlier build, else made now.
    func piece(_ kind: String, _ id: String, make: () throws -> String) rethrows -> String {
        guard let fragments, let signatures else { return try make() }
        return try fragments.text(kind + ":" + id, signature: signatures.front(id), make: make)
    }

    /// Template `template` rendered for every activation with `fields(index)`, in entry order,
    /// each rendering a `piece` of `kind`. `lastFirst` makes them from the last entry to the
    /// first (see `printCard`).
    func pieces(_ kind: String, template: String, lastFirst: Bool = false,
                _ fields: (Int) throws -> [String: Any]) throws -> String {
        func make(_ index: Int) throws -> String {
            try piece(kind, model.entries[index].id) { try render(template, fields(index)) }
        }
        if lastFirst { return try model.entries.indices.reversed().map(make).reversed().joined() }
        var html = ""
        for index in model.entries.indices { html += try make(index) }
        return html
    }

    /// A piece of a page that is not one activation's (the picker's plot, its choices):
    /// reused while `signature` is unchanged.
    func fragment(_ key: String, signature: @autoclosure () -> String, make: () throws -> String) rethrows -> String {
        guard let fragments, signatures != nil else { return try make() }
        return try fragments.text(key, signature: signature(), make: make)
    }

    /// `template` rendered with `context` alone (a piece of a page, not a page).
    func render(_ template: String, _ context: [String: Any]) throws -> String {
        guard let templates else { throw TemplateSet.MissingTemplate(name: template) }
        return try templates.render(template, context)
    }

    /// Fields every page's layout needs. `root` is the relative path back to the site root.
    /// The dictionary has room for a page's own fields too, so adding them does not grow it.
    func common(path: String, title: String, description: String) -> [String: Any] {
        var context: [String: Any] = Dictionary(minimumCapacity: 16)
        addCommon(path: path, title: title, description: description) { context[$0] = $1 }
        context["is_home"] = path == "index.html"
        return context
    }

    /// The text fields of `common`, each handed to `set` (the activation page leaves out the
    /// empty ones).
    private func addCommon(path: String, title: String, description: String, _ set: (String, String) -> Void) {
        // Folders above the page: its non-empty path segments but the last (the file).
        var segments = 0, inSegment = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") { inSegment = false } else if !inSegment { inSegment = true; segments += 1 }
        }
        let depth = max(0, segments - 1)
        let root = String(repeating: "../", count: depth)
        let canonicalPath = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
        set("site_title", model.content.site.title)
        set("site_description", model.content.site.description)
        set("page_title", title)
        set("description", description)
        set("canonical_url", baseURL + canonicalPath)
        set("root", root.isEmpty ? "./" : root)
        set("stylesheet", root + (assets["style.css"] ?? "assets/style.css"))
        set("script", root + (assets["site.js"] ?? "assets/site.js"))
    }

    func home() throws -> [String: Any] {
        var context = common(path: "index.html", title: model.content.site.title, description: model.content.site.description)
        context["intro_html"] = model.content.introHTML
        let columns = ComparisonTable.allColumns
        context["columns"] = columns.map { TemplateFields(["key": $0.key, "title": $0.title, "numeric": $0.numeric]) }
        // Entries are read in place (by index): copying one costs a retain of each of its parts.
        context["table_rows"] = try pieces("row", template: "partials/table-row") { tableRow(model.entries[$0], columns: columns) }
        context["comparisons"] = model.content.site.comparisons.map(comparisonLink)
        context["count"] = String(model.entries.count)
        return context
    }

    /// One activation's row of the home table. The name and formula cells, the first two
    /// columns of the table, have their own fields; `value_cells` is the HTML of the others, in
    /// order, each `<td data-sort="…">` (site.js sorts by it) with `class="num"` if numeric:
    /// ten cells a row made by a template section cost ~30 template lookups a row.
    func tableRow(_ entry: ActivationEntry, columns: [ComparisonTable.Column]) -> [String: Any] {
        let cells = ComparisonTable.cells(entry, columns: columns)
        // Sized for all nine fields at once; appended piece by piece below (a `+` chain or a
        // joined array makes a new string at each step).
        var row: [String: Any] = Dictionary(minimumCapacity: 9)
        row["id"] = entry.id
        row["href"] = "activations/\(entry.id)/"
        row["name"] = entry.document.name
        row["sparkline"] = entry.sparkline()
        row["formula_mathml"] = InlineFormula.mathML(entry)
        var search = entry.id
        for word in [entry.document.name] + entry.document.aliases + [entry.document.fullName ?? ""] {
            search += " "
            search += word
        }
        row["search"] = search.lowercased()
        var values = ""
        values.reserveCapacity(640)
        for (column, cell) in zip(columns, cells) {
            switch column.key {
            case "name": row["name_sort"] = cell.sortKey
            case "formula": row["formula_sort"] = cell.sortKey
            default:
                values += "<td data-sort=\""
                values += TemplateEscaping.escape(cell.sortKey)
                values += column.numeric ? "\" class=\"num\">" : "\">"
                values += TemplateEscaping.escape(cell.text)
                values += "</td>"
            }
        }
        row["value_cells"] = values
        return row
    }

    func comparisonLink(_ comparison: Comparison) -> TemplateFields {
        TemplateFields(["href": "compare/\(comparison.slug)/", "title": comparison.title, "summary": comparison.summary])
    }

    func activation(_ index: Int) -> [String: Any] {
        activation(model.entries[index], d: model.entries[index].document, at: index)
    }

    /// The entry and its document are borrowed from the model, not copied (a copy retains each part).
    /// Empty texts are left out (see `withoutEmptyText`) as each field is set, so no field is
    /// cast back to find them.
    private func activation(_ entry: ActivationEntry, d: ActivationDocument, at index: Int) -> [String: Any] {
        var context: [String: Any] = Dictionary(minimumCapacity: 48)
        func text(_ key: String, _ value: String) {
            if !value.isEmpty { context[key] = value }
        }
        addCommon(path: "activations/\(d.id)/index.html", title: "\(d.name) — \(model.content.site.title)",
                  description: "\(d.name)\(d.fullName.map { " (\($0))" } ?? ""): formula, derivative, plot and properties.", text)
        context["is_home"] = false
        text("id", d.id)
        text("name", d.name)
        text("full_name", d.fullName ?? "")
        text("aliases", d.aliases.joined(separator: ", "))
        text("formula_mathml", entry.formulaMathML)
        text("derivative_mathml", entry.derivativeMathML)
        text("formula_source", d.formula.text)
        context["parameters"] = d.parameters.map { p in
            TemplateFields(["name": p.name, "symbol": p.symbol, "default": NumberFormatting.display(p.defaultValue, significant: 8),
             "description": p.description, "learnable": p.learnable])
        }
        context["constants"] = d.constants.map { c in
            TemplateFields(["name": c.name, "symbol": c.symbol, "value": NumberFormatting.roundTrip(c.value), "description": c.description])
        }
        text("plot_svg", entry.plotSVG(standalone: false))
        text("plot_file", "../../plots/\(d.id).svg")
        text("properties_html", PropertyRows.html(entry.properties))
        context["flags"] = PropertyRows.flags(entry.properties).map { TemplateFields($0) }
        context["built_in"] = entry.function.isBuiltIn
        text("summary_html", d.body.summaryHTML)
        text("sections_html", sectionsHTML(d.body.sections))
        let year = d.year.map(String.init) ?? ""
        text("year", year)
        if let paper = d.paper {
            context["paper"] = TemplateFields(text: ["title": paper.title, "authors": paper.authors ?? "", "url": paper.url ?? "", "year": year])
        }
        context["frameworks"] = d.frameworks.sorted { $0.framework < $1.framework }.map { f in
            TemplateFields(text: ["framework": f.framework.displayName, "name": f.name, "defaults": f.defaults, "note": f.note ?? ""])
        }
        let approximations = model.approximationIDs(of: d.id).compactMap { model.index(of: $0) }
        let approximationIDs = Set(approximations.map { model.entries[$0].id })
        context["related"] = d.related.filter { !approximationIDs.contains($0.id) }.compactMap { r in model.index(of: r.id).map(link(at:)) }
        var hasErrorPlot = false
        if let approximated = d.approximates.flatMap({ model.index(of: $0.id) }) {
            context["approximates"] = link(at: approximated)
            let plot = errorPlot(entry, exact: model.entries[approximated])
            text("error_plot_svg", plot)
            hasErrorPlot = true
        }
        context["approximations"] = approximations.map(link(at:))
        context["previous"] = index > 0 ? link(at: index - 1) : nil
        context["next"] = index + 1 < model.entries.count ? link(at: index + 1) : nil
        let comparisons = model.content.site.comparisons.filter { $0.members.contains { $0.id == d.id } }
            .map { TemplateFields(["href": "../../compare/\($0.slug)/", "title": $0.title]) }
        context["comparisons"] = comparisons
        context["explorer"] = Explorer.context(entry).map { TemplateFields($0) }
        text("runtime_script", "../../" + (assets["formula-runtime.js"] ?? "assets/formula-runtime.js"))
        text("explorer_script", "../../" + (assets["explorer.js"] ?? "assets/explorer.js"))
        context["has_parameters"] = !d.parameters.isEmpty
        context["has_constants"] = !d.constants.isEmpty
        context["has_frameworks"] = !d.frameworks.isEmpty
        context["has_error_plot"] = hasErrorPlot
        context["has_related"] = !d.related.isEmpty || !comparisons.isEmpty || !approximations.isEmpty
        return context
    }

    /// The body's sections, each `<section id="slug" class="section-slug"><h2>title</h2>…</section>`
    /// on its own lines, without the last newline (the template puts it). Made here rather than
    /// by a template section, which cost ~20 template lookups a page.
    func sectionsHTML(_ sections: [MarkdownBody.Section]) -> String {
        var html = ""
        html.reserveCapacity(sections.reduce(0) { $0 + $1.html.utf8.count + 3 * $1.title.utf8.count + 64 })
        for section in sections {
            let anchor = TemplateEscaping.escape(slug(section.title))
            if !html.isEmpty { html += "\n" }
            html += "<section id=\""
            html += anchor
            html += "\" class=\"section-"
            html += anchor
            html += "\">\n<h2>"
            html += TemplateEscaping.escape(section.title)
            html += "</h2>\n"
            html += section.html
            html += "\n</section>"
        }
        return html
    }

    /// Drops empty strings, because Mustache treats "" as true in `{{#key}}` sections and
    /// a missing key as false: an absent alias list or note then renders nothing at all.
    static func withoutEmptyText(_ context: consuming [String: Any]) -> [String: Any] {
        // The keys first: removing while iterating would copy the dictionary.
        let empty = context.compactMap { key, value in (value as? String)?.isEmpty == true ? key : nil }
        for key in empty { context[key] = nil }
        return context
    }

    /// A link from one activation page to the entry at `index` (read in place).
    func link(at index: Int) -> TemplateFields {
        let id = model.entries[index].id
        return TemplateFields(["href": "../\(id)/", "name": model.entries[index].document.name, "id": id])
    }

    /// Drawn once per pair of computed entries (kept with the approximation's drawings).
    func errorPlot(_ approximation: ActivationEntry, exact: ActivationEntry) -> String {
        approximation.renderings.errorPlot(against: EntryCache.key(exact.document)) { drawErrorPlot(approximation, exact: exact) }
    }

    private func drawErrorPlot(_ approximation: ActivationEntry, exact: ActivationEntry) -> String {
        let a = approximation.function, e = exact.function
        let curve = Curve(label: "|\(approximation.document.name) − \(exact.document.name)|", style: .error) { abs(a.value($0) - e.value($0)) }
        return SVGPlot.render(PlotSpec(
            curves: [curve], xDomain: approximation.xDomain,
            title: "Error of \(approximation.document.name) against \(exact.document.name)",
            description: "Absolute difference between \(approximation.document.name) and \(exact.document.name), on a logarithmic scale.",
            yLabel: "|error|", yScale: .logarithmic, idPrefix: "ep", includeStyle: false
        ))
    }

    func compare(_ comparison: Comparison) -> [String: Any] {
        let members = comparison.members.compactMap { model.entry($0.id) }
        var context = common(path: "compare/\(comparison.slug)/index.html", title: "\(comparison.title) — \(model.content.site.title)",
                             description: comparison.summary)
        context["title"] = comparison.title
        context["summary"] = comparison.summary
        let curves = members.enumerated().map { index, entry in
            let f = entry.function
            return Curve(label: entry.document.name, style: .series(index + 1), breakpoints: entry.plotBreakpoints) { f.value($0) }
        }
        // The first member anchors the family: its view frames the overlay.
        let x = members.first?.xDomain ?? -5...5
        context["plot_svg"] = SVGPlot.render(PlotSpec(
            curves: curves, xDomain: x, width: 640, height: 400, title: comparison.title,
            description: "Overlay of " + members.map(\.document.name).joined(separator: ", ") + ".",
            idPrefix: "cp", includeStyle: false
        ))
        let table = ComparisonTable(entries: members).selecting(["range", "monotonic", "smoothness", "f0", "df0", "minimum", "saturation"])
        context["columns"] = table.columns.map(\.title)
        context["rows"] = zip(members, table.rows).map { pair in
            TemplateFields(["name": pair.0.document.name, "href": "../../activations/\(pair.0.id)/",
             "formula_mathml": InlineFormula.mathML(pair.0),
             "cells": pair.1.map(\.text)])
        }
        context["others"] = model.content.site.comparisons.filter { $0.slug != comparison.slug }
            .map { TemplateFields(["href": "../\($0.slug)/", "title": $0.title]) }
        return context
    }

    func printCard() throws -> [String: Any] {
        var context = common(path: "print/index.html", title: "Reference card — \(model.content.site.title)",
                             description: "Every activation on one printable card.")
        // Made last entry first: the home page, made at the same time, starts at the first, and
        // both wait for an entry's plot to be sampled (once, under a lock) when they reach it
        // together. Walking in opposite directions, they meet once instead of at every entry.
        context["cards"] = try pieces("card", template: "partials/print-card", lastFirst: true) { card(model.entries[$0]) }
        return context
    }

    /// One activation's card on the print card.
    /// How wide (in ems, see `Expression.displayWidth`) a formula may be and still fit a print
    /// card of one column; a wider one gets a card two columns wide (`wide`).
    static let printCardFormulaWidth = 13.0

    func card(_ entry: ActivationEntry) -> [String: Any] {
        let p = entry.properties
        return [
            "name": entry.document.name, "id": entry.id, "wide": entry.formulaDisplayWidth > Self.printCardFormulaWidth,
            "formula_mathml": InlineFormula.mathML(entry),
            "plot_svg": entry.printPlotSVG(),
            "range": PropertyText.interval(p.range),
            "smoothness": p.smoothness.rawValue,
            "df0": p.df0.map { NumberFormatting.display($0) } ?? "undefined",
            "monotonic": p.monotonic ? "monotonic" : "not monotonic",
        ]
    }

    /// data/activations.json: every record, each rendered once per front-matter revision.
    func data() -> String {
        guard !model.entries.isEmpty else { return JSONValue.array([]).rendered() + "\n" }
        // Written into one string as they come (a record is ~1 KB), not joined and wrapped afterwards.
        var out = "[\n"
        out.reserveCapacity(model.entries.count * 1024 + 8)
        for index in model.entries.indices {
            if index > 0 { out += ",\n" }
            out += piece("json", model.entries[index].id) {
                var record = "  "
                record.reserveCapacity(1280)
                ActivationRecord.json(model.entries[index]).write(into: &record, level: 1)
                return record
            }
        }
        out += "\n]\n"
        return out
    }

    func compareIndex() throws -> [String: Any] {
        var context = common(path: "compare/index.html", title: "Compare activations — \(model.content.site.title)",
                             description: "Overlay any activations on common axes, or browse curated comparisons.")
        context["comparisons"] = model.content.site.comparisons.map { TemplateFields(["href": "\($0.slug)/", "title": $0.title, "summary": $0.summary]) }
        context["runtime_script"] = "../" + (assets["formula-runtime.js"] ?? "assets/formula-runtime.js")
        context["explorer_script"] = "../" + (assets["explorer.js"] ?? "assets/explorer.js")
        try ComparePicker.context(self, into: &context)
        return context
    }

    func frameworks() throws -> [String: Any] {
        var context = common(path: "frameworks/index.html", title: "Activations in PyTorch, JAX and Keras — \(model.content.site.title)",
                             description: "Names and default parameters of every activation in PyTorch, JAX and Keras, and where they disagree.")
        try FrameworkTable.context(self, into: &context)
        return context
    }

    func notFound() -> [String: Any] {
        var context = common(path: "404.html", title: "Page not found — \(model.content.site.title)", description: "Page not found.")
        // The 404 page is served from any depth, so it links with absolute URLs.
        context["root"] = baseURL
        context["stylesheet"] = baseURL + (assets["style.css"] ?? "assets/style.css")
        context["script"] = baseURL + (assets["site.js"] ?? "assets/site.js")
        context["entries"] = model.entries.indices.map { index in
            TemplateFields(["href": baseURL + "activations/\(model.entries[index].id)/", "name": model.entries[index].document.name])
        }
        return context
    }

    func slug(_ title: String) -> String {
        // Printable ASCII, one Character per byte (nearly every title), without Character properties.
        if title.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return String(decoding: title.utf8.map { byte -> UInt8 in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
                default: UInt8(ascii: "-")
                }
            }, as: UTF8.self)
        }
        return String(title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
