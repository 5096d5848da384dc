import Diagnostics

/// A node of a parsed formula: what it is (`kind`) and where it was written (`range`).
///
/// Equality and hashing ignore `range`: two trees are equal when they have the same
/// shape, operators, names and numbers, wherever they came from. That is what the
/// round-trip test (`parse(e.description) == e`) and the simplifier compare. Nodes that
/// the simplifier or the derivative create carry the range of the node they replace.
public struct Expression: Hashable, Sendable {
    /// The node's kind; children are stored inside the cases.
    public indirect enum Kind: Hashable, Sendable {
        /// A number literal (never NaN or infinite when it comes from the parser).
        case number(Double)
        /// The variable `x`.
        case variable
        /// `pi` or `e`.
        case constant(MathConstant)
        /// A declared parameter or constant, by name.
        case parameter(String)
        /// Unary minus.
        case negate(Expression)
        /// `+ - * / ^`.
        case binary(BinaryOperator, Expression, Expression)
        /// A function call such as `tanh(x)` or `clamp(x, lo, hi)`; never `if`.
        case call(MathFunction, [Expression])
        /// `if(condition, then, else)`. The condition is a comparison or a logical node.
        case conditional(Expression, Expression, Expression)
        /// `a < b` and friends; only inside a condition.
        case comparison(ComparisonOperator, Expression, Expression)
        /// `a and b`, `a or b`; only inside a condition.
        case logical(LogicalOperator, Expression, Expression)
    }

    public var kind: Kind {
        didSet { (dependsOnX, fingerprint) = Self.summary(of: kind) }
    }
    public var range: SourceRange
    /// True when the value depends on `x` (computed once, when the node is made).
    public private(set) var dependsOnX: Bool
    /// A hash of the tree's shape, so that unequal trees compare in constant time.
    private var fingerprint: Int

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
        (dependsOnX, fingerprint) = Self.summary(of: kind)
    }

    private static func summary(of kind: Kind) -> (Bool, Int) {
        var hasher = Hasher()
        switch kind {
        case .number(let v): hasher.combine(0); hasher.combine(v)
        case .variable: hasher.combine(1)
        case .constant(let c): hasher.combine(2); hasher.combine(c)
        case .parameter(let name): hasher.combine(3); hasher.combine(name)
        case .negate: hasher.combine(4)
        case .binary(let op, _, _): hasher.combine(5); hasher.combine(op)
        case .call(let f, _): hasher.combine(6); hasher.combine(f)
        case .conditional: hasher.combine(7)
        case .comparison(let op, _, _): hasher.combine(8); hasher.combine(op)
        case .logical(let op, _, _): hasher.combine(9); hasher.combine(op)
        }
        for child in Self.children(of: kind) { hasher.combine(child.fingerprint) }
        return (dependsOnX(kind), hasher.finalize())
    }

    private static func dependsOnX(_ kind: Kind) -> Bool {
        switch kind {
        case .variable: true
        case .number, .constant, .parameter: false
        case .negate(let a): a.dependsOnX
        case .binary(_, let a, let b), .comparison(_, let a, let b), .logical(_, let a, let b): a.dependsOnX || b.dependsOnX
        case .call(_, let arguments): arguments.contains { $0.dependsOnX }
        case .conditional(let c, let a, let b): c.dependsOnX || a.dependsOnX || b.dependsOnX
        }
    }

    /// Equality ignores source ranges (see the type's documentation).
    public static func == (a: Expression, b: Expression) -> Bool {
        a.fingerprint == b.fingerprint && a.kind == b.kind
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    /// Same as `==`, for call sites that want to say so explicitly.
    public func structurallyEqual(_ other: Expression) -> Bool { self == other }

    /// True for comparison and logical nodes: the ones that are truth values, not numbers.
    public var isCondition: Bool {
        switch kind {
        case .comparison, .logical: true
        default: false
        }
    }

    /// The direct children, in source order.
    public var children: [Expression] { Self.children(of: kind) }

    private static func children(of kind: Kind) -> [Expression] {
        switch kind {
        case .number, .variable, .constant, .parameter: []
        case .negate(let a): [a]
        case .binary(_, let a, let b), .comparison(_, let a, let b), .logical(_, let a, let b): [a, b]
        case .call(_, let arguments): arguments
        case .conditional(let c, let a, let b): [c, a, b]
        }
    }

    /// The number of edges on the longest path from this node to a leaf, plus one.
    public var depth: Int { 1 + (children.map(\.depth).max() ?? 0) }
}

extension SourceRange {
    /// The range used for nodes that were made, not parsed: the start of a formula.
    public static let synthesized = SourceRange(at: SourceLocation(line: 1, column: 1))
}
