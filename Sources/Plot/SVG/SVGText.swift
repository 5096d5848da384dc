/// Escaping and small text helpers for SVG output.
enum SVGText {
    /// A rough width of `text` at `fontSize`, for layout (no font metrics are available;
    /// digits and most letters of a sans-serif font are about 0.56 em wide).
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.58
    }
}
