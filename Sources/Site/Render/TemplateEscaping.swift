import Markup
import Mustache

/// HTML escaping for `{{name}}`, at a fraction of swift-mustache's cost: swift-mustache
/// looks every Character of every value up in a dictionary, although nearly all values
/// (numbers, names, paths) contain nothing to escape. Every template is rendered with it
/// (see `TemplateSet`).
///
/// It escapes the same five characters, but scalar by scalar (`XMLText.escape`), where
/// swift-mustache goes Character by Character and so leaves a `"` or `<` that a combining
/// mark joins into one Character as it is: a `"\u{301}` would end an HTML attribute.
struct TemplateEscaping: MustacheContentType {
    /// The name templates are given under (`{{% CONTENT_TYPE: …}}`).
    static let name = "NonlinHTML"
    /// Registered once, before the first template is parsed (the parser looks names up).
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    func escapeText(_ text: String) -> String { Self.escape(text) }

    /// `text` as `{{…}}` renders it, for HTML that Nonlin puts together itself.
    static func escape(_ text: String) -> String { XMLText.escape(text) }
}

/// A String has no fields: swift-mustache then asks it for one directly instead of
/// reflecting it with `Mirror` (a lookup inside `{{#name}}…{{/name}}` starts at the string).
/// Nothing changes in what renders, since a String's mirror has no labelled children.
extension String: @retroactive MustacheParent {
    public func child(named: String) -> Any? { nil }
}

/// A String value renders as itself: swift-mustache then takes it on its first check
/// rather than after failing the checks for lambdas and optionals and describing it.
/// The text rendered is the same.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
