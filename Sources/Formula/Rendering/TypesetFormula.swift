/// A formula laid out once for the math renderers: its MathML, LaTeX and display width all
/// come from the one layout, so a page that shows a formula in several forms lays it out
/// once instead of once per form. Each gives what `Expression.mathML(symbols:display:)`,
/// `latex(symbols:)` and `displayWidth(symbols:)` give.
public struct TypesetFormula: Sendable {
    let box: Box

    /// See `Expression.mathML(symbols:display:)`.
    public func mathML(display: Bool = true) -> String {
        MathMLWriter.document(box, display: display)
    }

    /// See `Expression.latex(symbols:)`.
    public var latex: String { LaTeXWriter.text(box) }

    /// See `Expression.displayWidth(symbols:)`.
    public var displayWidth: Double { box.width }
}

extension Expression {
    /// The formula laid out for MathML, LaTeX and its display width (see `TypesetFormula`),
    /// with `symbols` as in `mathML(symbols:display:)`.
    public func typeset(symbols: [String: String]) -> TypesetFormula {
        TypesetFormula(box: Layout(style: .math, symbols: symbols).lay(self).box)
    }
}
