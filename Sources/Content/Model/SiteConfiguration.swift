/// `Content/site.yml`: the site's identity and the curated comparison pages.
public struct SiteConfiguration: Sendable {
    public var title: String
    public var description: String
    /// Absolute URL the site is published at, ending in `/`. Feeds canonical links and the sitemap only.
    public var baseURL: String
    /// When true, raw HTML in Markdown is passed through. Off by default.
    public var allowRawHTML: Bool
    public var comparisons: [Comparison]

    public init(title: String, description: String, baseURL: String, allowRawHTML: Bool = false, comparisons: [Comparison] = []) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.allowRawHTML = allowRawHTML
        self.comparisons = comparisons
    }
}

/// A curated group of activations shown overlaid on one page (`Output/compare/<slug>/`).
public struct Comparison: Hashable, Sendable {
    public var slug: String
    public var title: String
    public var summary: String
    public var members: [Reference]
}
