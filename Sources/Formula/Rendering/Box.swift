/// The presentation tree that the MathML, LaTeX and plain-text renderers share: what a
/// formula looks like on paper (fractions, powers, roots, a brace of cases), with the
/// language's precedence already turned into explicit parentheses.
///
/// Only the cases that hold a box directly are indirect: leaves (numbers, symbols,
/// operators) and rows are stored inline, without a heap box each.
enum Box: Hashable, Sendable {
    /// A non-negative decimal, as digits.
    case number(String)
    /// A one-glyph italic symbol: x, e, π, α, σ.
    case symbol(String)
    /// An upright capital such as Φ.
    case upright(String)
    /// A parameter written as a multi-letter name (no symbol given), shown in italic.
    case word(String)
    /// An operator name set upright: tanh, log, max, erf, sgn.
    case function(String)
    /// An infix operator or relation: +, −, ≥, ×.
    case op(String)
    /// The minus sign in front of a term.
    case prefixMinus
    /// Multiplication: shown as a dot, or as nothing (juxtaposition).
    case times(visible: Bool)
    case row([Box])
    /// ( … )
    indirect case fenced(Box)
    /// | … |
    indirect case bars(Box)
    indirect case fraction(Box, Box)
    indirect case power(Box, Box)
    indirect case root(Box)
    /// name(a, b, …); the name may itself be a power (tanh²).
    indirect case apply(Box, [Box])
    /// A brace of cases: value and condition (nil for "otherwise").
    case piecewise([Case])
    /// A word inside a condition: "and", "or".
    case text(String)

    /// Whether the box rises above a line of text (a fraction or a brace), so that
    /// parentheses around it must stretch.
    var isTall: Bool {
        switch self {
        case .fraction, .piecewise: true
        case .root(let inner), .fenced(let inner), .bars(let inner): inner.isTall
        case .power(let base, _): base.isTall
        case .row(let items): items.contains { $0.isTall }
        case .apply(_, let arguments): arguments.contains { $0.isTall }
        default: false
        }
    }

    struct Case: Hashable, Sendable {
        var value: Box
        var condition: Box?
    }
}

/// Which renderer a layout is for; plain text writes fractions and powers on one line.
enum LayoutStyle {
    case math, plain
}
