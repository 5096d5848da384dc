import Diagnostics

/// One lexical unit of a formula.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case number(Double)
        case identifier(String)
        case symbol(Symbol)
        case end
    }

    enum Symbol: String, Hashable, Sendable {
        case plus = "+", minus = "-", star = "*", slash = "/", caret = "^"
        case leftParen = "(", rightParen = ")", comma = ","
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    }

    var kind: Kind
    var range: SourceRange
    /// The text as written (for messages).
    var text: String
}
