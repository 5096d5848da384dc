import Diagnostics

/// Parses the formula language into an `Expression` with a source range on every node.
///
/// A hand-written Pratt parser. Binding powers, loosest first: `or`, `and`, comparisons
/// (not chainable), `+ -`, `* /`, unary minus, `^` (right-associative, so `-x^2` is
/// `-(x^2)` and `2^3^2` is `2^(3^2)`). Comparisons and `and`/`or` are accepted only
/// in the first argument of `if`. Nesting deeper than `FormulaLanguage.maximumDepth`
/// is an error rather than a stack overflow.
public enum FormulaParser {
    /// `names` = declared parameter and constant names usable in the formula.
    public static func parse(_ source: String, names: Set<String>) throws(FormulaError) -> Expression {
        var lexer = Lexer(source)
        let tokens = try lexer.tokenize()
        var parser = ParserState(tokens: tokens, names: names)
        return try parser.parseFormula()
    }
}

/// A parsed subtree and the depth of its tree (so the depth limit costs nothing extra).
struct Parsed {
    var expression: Expression
    var depth: Int
}

struct ParserState {
    let tokens: [Token]
    let names: Set<String>
    var position = 0
    var nesting = 0

    init(tokens: [Token], names: Set<String>) {
        self.tokens = tokens
        self.names = names
    }

    var current: Token { tokens[position] }
    var previous: Token? { position > 0 ? tokens[position - 1] : nil }

    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func isSymbol(_ symbol: Token.Symbol) -> Bool { current.kind == .symbol(symbol) }

    mutating func parseFormula() throws(FormulaError) -> Expression {
        if current.kind == .end {
            throw FormulaError(range: current.range, message: "the formula is empty", hint: "write an expression in x, such as 'max(0, x)'")
        }
        let result = try expression(0, condition: false)
        switch current.kind {
        case .end:
            return result.expression
        case .symbol(.rightParen):
            throw FormulaError(range: current.range, message: "unmatched ')'", hint: "remove it or add the '(' it closes")
        case .symbol(.comma):
            throw FormulaError(range: current.range, message: "',' outside the arguments of a function call")
        default:
            throw missingOperator()
        }
    }

    /// The error for two operands written side by side, like `2 x` or `x (1 + x)`.
    func missingOperator() -> FormulaError {
        let before = previous?.text ?? ""
        return FormulaError(range: current.range, message: "expected an operator between '\(before)' and '\(current.text)'",
                            hint: "multiplication is always written '*', as in '\(before) * \(current.text)'")
    }

    func tooDeep() -> FormulaError {
        FormulaError(range: current.range, message: "the formula is nested too deeply (more than \(FormulaLanguage.maximumDepth) levels)",
                     hint: "simplify the formula")
    }

    /// A node one level above its deepest child (no array of the children is made).
    func node(_ kind: Expression.Kind, _ range: SourceRange, _ a: Parsed? = nil, _ b: Parsed? = nil,
              _ c: Parsed? = nil) throws(FormulaError) -> Parsed {
        let depth = 1 + Swift.max(a?.depth ?? 0, b?.depth ?? 0, c?.depth ?? 0)
        if depth > FormulaLanguage.maximumDepth { throw tooDeep() }
        return Parsed(expression: Expression(kind, range: range), depth: depth)
    }
}
