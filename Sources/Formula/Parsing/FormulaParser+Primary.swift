import Diagnostics

extension ParserState {
    /// A number, a name, a call, a parenthesised expression, or a unary minus.
    mutating func prefix(condition: Bool) throws(FormulaError) -> Parsed {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return try node(.number(value), token.range)
        case .symbol(.minus):
            _ = advance()
            // A minus directly before a number literal (not raised to a power) is part of it.
            if case .number(let value) = current.kind, tokens[position + 1].kind != .symbol(.caret) {
                let literal = advance()
                return try node(.number(-value), token.range.union(literal.range))
            }
            let operand = try operand(Infix.unaryMinusPower, after: token, condition: false)
            return try node(.negate(operand.expression), token.range.union(operand.expression.range), operand)
        case .symbol(.leftParen):
            _ = advance()
            let inner = try operand(0, after: token, condition: condition)
            guard isSymbol(.rightParen) else {
                if current.kind == .end {
                    // The range runs from the '(' to the end, so the excerpt shows which one is open.
                    throw FormulaError(range: token.range.union(current.range), message: "expected ')' to close this '('",
                                       hint: "add the missing ')'")
                }
                if current.kind == .symbol(.comma) {
                    throw FormulaError(range: current.range, message: "',' inside parentheses that are not a function call")
                }
                throw missingOperator()
            }
            let close = advance()
            // Parentheses only group: the node keeps its own range, widened to the parentheses.
            var expression = inner.expression
            expression.range = token.range.union(close.range)
            return Parsed(expression: expression, depth: inner.depth)
        case .identifier(let name):
            _ = advance()
            if isSymbol(.leftParen) { return try call(name, token, condition: condition) }
            return try resolve(name, token)
        case .end:
            let after = previous?.text ?? ""
            throw FormulaError(range: token.range, message: "expected a value after '\(after)', but the formula ends")
        case .symbol(.plus):
            throw FormulaError(range: token.range, message: "unary '+' is not part of the formula language", hint: "remove the '+'")
        case .symbol(let symbol):
            throw FormulaError(range: token.range, message: "expected a value before '\(symbol.rawValue)'",
                               hint: symbol == .rightParen ? "parentheses must contain an expression" : nil)
        }
    }

    /// `x`, `pi`, `e` or a declared name.
    func resolve(_ name: String, _ token: Token) throws(FormulaError) -> Parsed {
        switch name {
        case "x": return try node(.variable, token.range)
        case "pi": return try node(.constant(.pi), token.range)
        case "e": return try node(.constant(.e), token.range)
        case "and", "or":
            throw FormulaError(range: token.range, message: "expected a value before '\(name)'")
        default:
            if names.contains(name) { return try node(.parameter(name), token.range) }
            if FormulaLanguage.functionNames.contains(name) {
                throw FormulaError(range: token.range, message: "'\(name)' is a function; call it with its arguments",
                                   hint: "write '\(name)(…)'")
            }
            let known = names.union(["x", "pi", "e"])
            var message = "unknown name '\(name)'"
            if let suggestion = DidYouMean.suggestion(for: name, among: known.sorted()) {
                message += " (did you mean '\(suggestion)'?)"
            }
            throw FormulaError(range: token.range, message: message,
                               hint: "a formula may use x, pi, e and the parameters and constants declared in the front matter")
        }
    }
}
