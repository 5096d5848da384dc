/// The arithmetic operators, `+ - * / ^`.
public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case power = "^"
}

/// The comparisons allowed in the condition of an `if`.
public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// The comparison that holds exactly when this one fails (for ordered operands).
    public var negated: ComparisonOperator {
        switch self {
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        }
    }

    /// The comparison with its operands swapped: `a < b` is `b > a`.
    public var mirrored: ComparisonOperator {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        }
    }

    /// Compares two numbers; nil when either is NaN (the comparison is unordered).
    @inlinable
    public func holds<T: FloatingPoint>(_ a: T, _ b: T) -> Bool? {
        if a.isNaN || b.isNaN { return nil }
        switch self {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        }
    }
}

/// `and` and `or`, joining comparisons.
public enum LogicalOperator: String, Hashable, Sendable, CaseIterable {
    case and
    case or
}

/// The named constants of the language.
public enum MathConstant: String, Hashable, Sendable, CaseIterable {
    case pi
    case e

    public var value: Double {
        switch self {
        case .pi: Double.pi
        case .e: 2.718281828459045
        }
    }
}
