import Diagnostics
import Yams

/// Reads `site.yml` into a `SiteConfiguration`, reporting every problem with its position.
public enum SiteFileParser {
    static let knownKeys = ["title", "description", "base_url", "allow_raw_html", "comparisons"]
    static let comparisonKeys = ["slug", "title", "summary", "members"]

    public static func parse(path: String, text: String) -> (site: SiteConfiguration?, diagnostics: [Diagnostic]) {
        let source = SourceText(path: path, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        var reader = YAMLReader(source: source, firstLine: 1)
        guard let root = ActivationFileParser.compose(text, reader: &reader, empty: ("site.yml is empty", "add at least `title: Your site's name`")),
              var fields = reader.fields(root, "site.yml") else { return (nil, reader.diagnostics) }
        let title = fields.take("title").flatMap { reader.string($0, "title") }
        let description = fields.take("description").flatMap { reader.string($0, "description", allowEmpty: true) } ?? ""
        var baseURL = fields.take("base_url").flatMap { node -> String? in
            guard let url = reader.string(node, "base_url") else { return nil }
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                reader.error(at: reader.location(of: node), "base_url must be an absolute http(s) URL",
                             hint: "for example https://example.org/activations/")
                return nil
            }
            return url
        } ?? "http://localhost:8000/"
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        let allowRawHTML = fields.take("allow_raw_html").flatMap { reader.bool($0, "allow_raw_html") } ?? false
        let comparisons = fields.take("comparisons").map { readComparisons($0, reader: &reader) } ?? []
        fields.reportUnknown(known: knownKeys, into: &reader)
        if title == nil {
            reader.error(at: SourceLocation(line: 1, column: 1), "missing required field 'title'", hint: "add `title: Your site's name`")
        }
        guard let title, !reader.diagnostics.containsErrors else { return (nil, reader.diagnostics) }
        return (SiteConfiguration(title: title, description: description, baseURL: baseURL,
                                  allowRawHTML: allowRawHTML, comparisons: comparisons), reader.diagnostics)
    }

    private static func readComparisons(_ node: Node, reader: inout YAMLReader) -> [Comparison] {
        guard case .sequence(let items) = node else {
            reader.error(at: reader.location(of: node), "comparisons must be a list", hint: "write each as `- slug: …`")
            return []
        }
        var result: [Comparison] = []
        var slugs: Set<String> = []
        for item in items {
            guard var fields = reader.fields(item, "a comparison") else { continue }
            let slugNode = fields.take("slug")
            let slug = slugNode.flatMap { reader.string($0, "slug") }
            let title = fields.take("title").flatMap { reader.string($0, "title") }
            let summary = fields.take("summary").flatMap { reader.string($0, "summary", allowEmpty: true) } ?? ""
            let members = fields.take("members").flatMap { reader.strings($0, "members") } ?? []
            fields.reportUnknown(known: comparisonKeys, into: &reader)
            guard let slug, let title else {
                reader.error(at: reader.location(of: item), "a comparison needs a slug and a title")
                continue
            }
            if !ActivationFileParser.isValidID(slug) {
                reader.error(at: slugNode.flatMap { reader.location(of: $0) }, "'\(slug)' is not a valid slug",
                             hint: "use lowercase letters, digits and '-'")
            } else if !slugs.insert(slug).inserted {
                reader.error(at: slugNode.flatMap { reader.location(of: $0) }, "duplicate comparison slug '\(slug)'")
            }
            if members.count < 2 {
                reader.error(at: reader.location(of: item), "comparison '\(slug)' needs at least two members")
            }
            result.append(Comparison(slug: slug, title: title, summary: summary,
                                     members: members.map { Reference(id: $0.0, location: $0.1) }))
        }
        return result
    }
}
