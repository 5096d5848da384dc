import Diagnostics

extension ParserState {
    /// `name(arguments)`; the current token is the `(`.
    mutating func call(_ name: String, _ nameToken: Token, condition: Bool) throws(FormulaError) -> Parsed {
        let function = MathFunction(rawValue: name)
        guard function != nil || name == "if" else {
            if names.contains(name) || ["x", "pi", "e"].contains(name) {
                throw FormulaError(range: nameToken.range, message: "'\(name)' is not a function",
                                   hint: "multiplication is always written '*', as in '\(name) * (…)'")
            }
            var message = "unknown function '\(name)'"
            var hint: String? = "the functions are " + FormulaLanguage.functionNames.sorted().joined(separator: ", ")
            if let suggestion = DidYouMean.suggestion(for: name, among: FormulaLanguage.functionNames.sorted()) {
                message += " (did you mean '\(suggestion)'?)"
                hint = nil
            }
            throw FormulaError(range: nameToken.range, message: message, hint: hint)
        }
        let open = advance()
        let arity = function?.arity ?? 3
        var arguments: [Parsed] = []
        if !isSymbol(.rightParen) {
            while true {
                let isCondition = function == nil && arguments.isEmpty
                let argument = try self.operand(0, after: open, condition: isCondition)
                if isCondition && !argument.expression.isCondition {
                    throw FormulaError(range: argument.expression.range, message: "the first argument of 'if' must be a condition",
                                       hint: "compare something, as in 'if(x >= 0, x, 0)'")
                }
                arguments.append(argument)
                if isSymbol(.comma) {
                    let comma = advance()
                    if current.kind == .end || isSymbol(.rightParen) {
                        throw FormulaError(range: comma.range, message: "expected an argument after this ','",
                                           hint: "remove the trailing ','")
                    }
                    continue
                }
                if isSymbol(.rightParen) { break }
                if current.kind == .end {
                    // The range runs from the function's name to the end, so the excerpt shows which call is open.
                    throw FormulaError(range: nameToken.range.union(current.range),
                                       message: "expected ')' to close this call to '\(name)'",
                                       hint: "add the missing ')'")
                }
                throw missingOperator()
            }
        }
        let close = advance()
        let range = nameToken.range.union(close.range)
        guard arguments.count == arity else {
            let signature = function?.signature ?? "if(condition, then, else)"
            throw FormulaError(range: nameToken.range,
                               message: "'\(name)' takes \(arity) argument\(arity == 1 ? "" : "s"), but \(arguments.count) \(arguments.count == 1 ? "was" : "were") given",
                               hint: "write \(signature)")
        }
        if let function {
            let depth = 1 + (arguments.map(\.depth).max() ?? 0)
            if depth > FormulaLanguage.maximumDepth { throw tooDeep() }
            return Parsed(expression: Expression(.call(function, arguments.map(\.expression)), range: range), depth: depth)
        }
        return try node(.conditional(arguments[0].expression, arguments[1].expression, arguments[2].expression), range,
                        arguments[0], arguments[1], arguments[2])
    }
}
