import Foundation

/// The site's header and footer (`partials/site-header`, `partials/site-footer`): the same
/// on every page at one folder depth, so each is rendered once per `root` in a build and
/// reused by every page there (a page's own fields would otherwise be looked up again on
/// each of its pages). They are rendered with `root`, `site_title` and `site_description`
/// only; a template folder without these partials simply gets no such fields.
final class SiteFurniture: @unchecked Sendable {
    static let partials = ["site_header": "partials/site-header", "site_footer": "partials/site-footer"]

    private let templates: TemplateSet
    private let siteTitle: String
    private let siteDescription: String
    private let lock = NSLock()
    private var made: [String: [String: String]] = [:]

    init(templates: TemplateSet, siteTitle: String, siteDescription: String) {
        self.templates = templates
        self.siteTitle = siteTitle
        self.siteDescription = siteDescription
    }

    /// `site_header` and `site_footer` for a page whose root is `root`.
    func fields(root: String) throws -> [String: String] {
        if let fields = lock.withLock({ made[root] }) { return fields }
        let context: [String: Any] = ["root": root, "site_title": siteTitle, "site_description": siteDescription]
        var fields: [String: String] = [:]
        for (field, partial) in Self.partials where templates.names.contains(partial) {
            fields[field] = try templates.render(partial, context)
        }
        lock.withLock { made[root] = fields }
        return fields
    }
}
