import Diagnostics

/// An infix operator with its binding power.
enum Infix {
    case arithmetic(BinaryOperator)
    case comparison(ComparisonOperator)
    case logical(LogicalOperator)

    var bindingPower: Int {
        switch self {
        case .logical(.or): 1
        case .logical(.and): 2
        case .comparison: 3
        case .arithmetic(.add), .arithmetic(.subtract): 4
        case .arithmetic(.multiply), .arithmetic(.divide): 5
        case .arithmetic(.power): 7
        }
    }

    static let unaryMinusPower = 6
}

extension ParserState {
    func infix(_ token: Token) -> Infix? {
        switch token.kind {
        case .symbol(.plus): .arithmetic(.add)
        case .symbol(.minus): .arithmetic(.subtract)
        case .symbol(.star): .arithmetic(.multiply)
        case .symbol(.slash): .arithmetic(.divide)
        case .symbol(.caret): .arithmetic(.power)
        case .symbol(.less): .comparison(.less)
        case .symbol(.lessOrEqual): .comparison(.lessOrEqual)
        case .symbol(.greater): .comparison(.greater)
        case .symbol(.greaterOrEqual): .comparison(.greaterOrEqual)
        case .identifier("and"): .logical(.and)
        case .identifier("or"): .logical(.or)
        default: nil
        }
    }

    /// Parses operators binding at least as tightly as `minimum`. `condition` says
    /// whether comparisons and `and`/`or` may appear here.
    mutating func expression(_ minimum: Int, condition: Bool) throws(FormulaError) -> Parsed {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > FormulaLanguage.maximumDepth { throw tooDeep() }
        var left = try prefix(condition: condition)
        while let op = infix(current), op.bindingPower >= minimum {
            let opToken = advance()
            switch op {
            case .arithmetic(let a):
                try requireNumber(left, beside: opToken)
                // `^` is right-associative and its right operand may start with a minus.
                let rightMinimum = a == .power ? Infix.arithmetic(.power).bindingPower : op.bindingPower + 1
                let right = try operand(rightMinimum, after: opToken, condition: false)
                left = try node(.binary(a, left.expression, right.expression), left.expression.range.union(right.expression.range), left, right)
            case .comparison(let c):
                guard condition else {
                    throw FormulaError(range: opToken.range, message: "comparison '\(opToken.text)' outside a condition",
                                       hint: "comparisons may only appear in the first argument of 'if', as in 'if(x \(opToken.text) 0, x, 0)'")
                }
                if left.expression.isCondition {
                    throw FormulaError(range: opToken.range, message: "comparisons cannot be chained",
                                       hint: "join two comparisons with 'and', as in '0 < x and x < 1'")
                }
                let right = try operand(op.bindingPower + 1, after: opToken, condition: false)
                left = try node(.comparison(c, left.expression, right.expression), left.expression.range.union(right.expression.range), left, right)
            case .logical(let l):
                guard condition else {
                    throw FormulaError(range: opToken.range, message: "'\(opToken.text)' outside a condition",
                                       hint: "'and' and 'or' join comparisons in the first argument of 'if'")
                }
                try requireCondition(left, beside: opToken)
                let right = try operand(op.bindingPower + 1, after: opToken, condition: true)
                try requireCondition(right, beside: opToken)
                left = try node(.logical(l, left.expression, right.expression), left.expression.range.union(right.expression.range), left, right)
            }
        }
        return left
    }

    /// The right operand of `opToken`, with a clear error when the formula stops there.
    mutating func operand(_ minimum: Int, after opToken: Token, condition: Bool) throws(FormulaError) -> Parsed {
        if current.kind == .end {
            throw FormulaError(range: current.range, message: "expected a value after '\(opToken.text)', but the formula ends",
                               hint: "complete the expression or remove the trailing '\(opToken.text)'")
        }
        return try expression(minimum, condition: condition)
    }

    func requireNumber(_ operand: Parsed, beside opToken: Token) throws(FormulaError) {
        if operand.expression.isCondition {
            throw FormulaError(range: operand.expression.range, message: "a condition cannot be used as a number with '\(opToken.text)'",
                               hint: "use 'if(condition, value, other value)' to turn a condition into a number")
        }
    }

    func requireCondition(_ operand: Parsed, beside opToken: Token) throws(FormulaError) {
        if !operand.expression.isCondition {
            throw FormulaError(range: operand.expression.range, message: "'\(opToken.text)' joins comparisons, but this is a number",
                               hint: "compare it, as in 'x > 0 \(opToken.text) x < 1'")
        }
    }
}
