extension Expression {
    /// About how wide the formula's MathML is when set, in ems of its font size: enough for a
    /// page to tell a formula that fits a narrow box from one that needs more room (the print
    /// card gives such formulas two columns). Glyphs count about half an em, operators with their
    /// spacing about one, a fraction its wider part, a power's exponent at the smaller size of
    /// a script, a brace of cases its widest value and widest condition (with its "if") side by side.
    public func displayWidth(symbols: [String: String]) -> Double {
        typeset(symbols: symbols).displayWidth
    }
}

extension Box {
    /// See `Expression.displayWidth(symbols:)`.
    var width: Double {
        switch self {
        case .number(let digits): 0.5 * Double(digits.count)
        case .symbol, .upright: 0.6
        case .word(let name), .text(let name): 0.5 * Double(name.count)
        case .function(let name): 0.5 * Double(name.count) + 0.2
        case .op: 1.0
        case .prefixMinus: 0.8
        case .times(let visible): visible ? 0.6 : 0.1
        case .row(let items): items.reduce(0) { $0 + $1.width }
        case .fenced(let inner), .bars(let inner): inner.width + 0.8
        case .fraction(let top, let bottom): Swift.max(top.width, bottom.width) * 0.8 + 0.3
        case .power(let base, let exponent): base.width + 0.7 * exponent.width
        case .root(let inner): inner.width + 1.0
        case .apply(let name, let arguments):
            name.width + arguments.reduce(0.8) { $0 + $1.width } + 0.5 * Double(Swift.max(0, arguments.count - 1))
        case .piecewise(let cases):
            0.8 + cases.map(\.value.width).max()! + 1.5 + cases.map { $0.condition.map { $0.width + 1 } ?? 4.5 }.max()!
        }
    }
}
