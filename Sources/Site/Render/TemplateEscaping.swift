import Mustache

/// HTML escaping for `{{name}}`, with the output swift-mustache's own gives, at a fraction
/// of its cost: swift-mustache looks every Character of every value up in a dictionary,
/// although nearly all values (numbers, names, paths) contain nothing to escape. Every
/// template is rendered with it (see `TemplateSet`).
struct TemplateEscaping: MustacheContentType {
    /// The name templates are given under (`{{% CONTENT_TYPE: …}}`).
    static let name = "NonlinHTML"
    /// Registered once, before the first template is parsed (the parser looks names up).
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&")
            || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return text }
        // Character by Character, as swift-mustache does: a "<" that a combining mark joins
        // into one Character is not a "<" there, and is not one here either.
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

/// A String value renders as itself: swift-mustache then takes it on its first check
/// rather than after failing the checks for lambdas and optionals and describing it.
/// The text rendered is the same.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
