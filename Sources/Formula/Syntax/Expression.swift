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
        didSet { (marks, nodeCount) = Self.summary(of: kind) }
    }
    /// Where the node was written.
    public var range: SourceRange {
        get { place.range }
        set { place = Place(newValue) }
    }
    /// `range` in 16 bytes instead of 32: every node of every tree the simplifier and the
    /// derivative make carries one, and a smaller node is cheaper to copy and to allocate.
    private var place: Place
    /// The fingerprint (high 24 bits) and the flags (low 8 bits), in one word so that a
    /// node takes 32 bytes.
    private var marks: UInt32
    /// The number of nodes in the tree, or `UInt32.max` when there are at least that many
    /// (a tree whose subtrees are shared may count more nodes than memory holds).
    private var nodeCount: UInt32

    /// What the tree holds, in one byte (see the properties below).
    private var flags: Flags { Flags(rawValue: UInt8(truncatingIfNeeded: marks)) }
    /// A 24-bit hash of the tree's shape, so that unequal trees nearly always compare in
    /// constant time (equal fingerprints of unequal trees cost a walk, not a wrong answer).
    private var fingerprint: Int { Int(marks >> 8) }

    /// True when the value depends on `x` (computed once, when the node is made).
    public var dependsOnX: Bool { flags.contains(.dependsOnX) }
    /// True when a number literal in the tree is −0 (which `==` does not tell from 0).
    var containsNegativeZero: Bool { flags.contains(.negativeZero) }
    /// True when the tree holds an `if`, `max`, `min`, `abs`, `sign` or `clamp`: a switch
    /// (walks looking for switch points skip the trees without one).
    var containsSwitch: Bool { flags.contains(.switch) }
    /// True when a number literal in the tree is NaN (which `==` does not hold equal to itself).
    private var containsNaN: Bool { flags.contains(.nan) }

    /// Facts about a tree that hold when they hold for a child: a node's are its own and
    /// its children's, together.
    private struct Flags: OptionSet {
        let rawValue: UInt8
        static let dependsOnX = Flags(rawValue: 1)
        static let negativeZero = Flags(rawValue: 2)
        static let `switch` = Flags(rawValue: 4)
        static let nan = Flags(rawValue: 8)
    }

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.place = Place(range)
        (marks, nodeCount) = Self.summary(of: kind)
    }

    /// A source range as four 32-bit numbers. Lines and columns of a formula count the
    /// newlines and Unicode scalars of text held in memory, so they fit; a value outside
    /// 0…2³² − 1 (which no parsed or made node has) would be clamped to it.
    private struct Place: Equatable {
        var start: UInt64
        var end: UInt64

        init(_ range: SourceRange) {
            start = Self.pack(range.start)
            end = Self.pack(range.end)
        }

        private static func pack(_ location: SourceLocation) -> UInt64 {
            UInt64(UInt32(clamping: location.line)) << 32 | UInt64(UInt32(clamping: location.column))
        }

        private static func unpack(_ bits: UInt64) -> SourceLocation {
            SourceLocation(line: Int(bits >> 32), column: Int(bits & 0xFFFF_FFFF))
        }

        var range: SourceRange { SourceRange(start: Self.unpack(start), end: Self.unpack(end)) }
    }

    /// The flags above, the node count and the fingerprint: a cheap multiplicative mix of
    /// the node's own tag and its children's fingerprints (no `Hasher`, no array of
    /// children). Equal trees get equal fingerprints (0 and −0 hash alike, as `==` holds
    /// them equal).
    private static func summary(of kind: Kind) -> (marks: UInt32, count: UInt32) {
        func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
            (h ^ v) &* 0x9E37_79B9_7F4A_7C15 ^ ((h ^ v) >> 29)
        }
        func tag(_ t: UInt64, _ extra: UInt64 = 0) -> UInt64 { mix(t &+ 0x51_7CC1_B727_220A, extra) }
        // The case of an enum without payloads is stored as its index in one byte.
        func ordinal<T>(_ value: T) -> UInt64 { withUnsafeBytes(of: value) { UInt64($0[0]) } }
        var h: UInt64 = 0, flags: Flags = [], count: UInt32 = 1
        func absorb(_ e: Expression) {
            h = mix(h, UInt64(bitPattern: Int64(e.fingerprint)))
            flags.formUnion(e.flags)
            let (sum, overflow) = count.addingReportingOverflow(e.nodeCount)
            count = overflow ? .max : sum
        }
        switch kind {
        case .number(let v):
            h = tag(0, v == 0 ? 0 : v.bitPattern)
            if v == 0 && v.sign == .minus { flags.insert(.negativeZero) }
            if v.isNaN { flags.insert(.nan) }
        case .variable:
            h = tag(1)
            flags = .dependsOnX
        case .constant(let c): h = tag(2, ordinal(c))
        case .parameter(let name): h = tag(3, UInt64(bitPattern: Int64(name.hashValue)))
        case .negate(let a):
            h = tag(4)
            absorb(a)
        case .binary(let op, let a, let b):
            h = tag(5, ordinal(op))
            absorb(a)
            absorb(b)
        case .call(let f, let arguments):
            h = tag(6, ordinal(f))
            for argument in arguments { absorb(argument) }
            switch f {
            case .max, .min, .abs, .sign, .clamp: flags.insert(.switch)
            default: break
            }
        case .conditional(let c, let a, let b):
            h = tag(7)
            absorb(c)
            absorb(a)
            absorb(b)
            flags.insert(.switch)
        case .comparison(let op, let a, let b):
            h = tag(8, ordinal(op))
            absorb(a)
            absorb(b)
        case .logical(let op, let a, let b):
            h = tag(9, ordinal(op))
            absorb(a)
            absorb(b)
        }
        // The high bits of the mix are the best mixed.
        return (UInt32(truncatingIfNeeded: h >> 40) << 8 | UInt32(flags.rawValue), count)
    }

    /// Equality ignores source ranges (see the type's documentation).
    ///
    /// Two nodes that share their `kind`'s storage (a subtree and its copy, as the
    /// simplifier's table of rewritten subtrees meets them) are equal without a walk of
    /// the tree, unless it holds NaN.
    public static func == (a: Expression, b: Expression) -> Bool {
        guard a.fingerprint == b.fingerprint else { return false }
        if !a.containsNaN, a.kind.storageBits == b.kind.storageBits { return true }
        return a.kind == b.kind
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    /// The hash that `Dictionary` and `Set` use, taken from the fingerprint with one more
    /// mix instead of a full SipHash round (keys are built by this program, not by an
    /// adversary; equal trees keep equal hashes).
    public func _rawHashValue(seed: Int) -> Int {
        var h = UInt64(bitPattern: Int64(fingerprint ^ seed))
        h ^= h >> 32
        h &*= 0xD6E8_FEB8_6659_FD93
        h ^= h >> 29
        return Int(Int64(bitPattern: h))
    }

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

    /// Whether `body` holds for every direct child (stops at the first that fails; no
    /// array of children is made).
    func allChildrenSatisfy(_ body: (Expression) -> Bool) -> Bool {
        switch kind {
        case .number, .variable, .constant, .parameter: true
        case .negate(let a): body(a)
        case .binary(_, let a, let b), .comparison(_, let a, let b), .logical(_, let a, let b): body(a) && body(b)
        case .call(_, let arguments): arguments.allSatisfy(body)
        case .conditional(let c, let a, let b): body(c) && body(a) && body(b)
        }
    }

    /// The number of nodes in the tree: how long the expression is to read (kept in each
    /// node, so reading it costs no walk unless the tree has 2³² − 1 nodes or more).
    var size: Int {
        if nodeCount < .max { return Int(nodeCount) }
        var total = 1
        _ = allChildrenSatisfy { child in
            total += child.size
            return true
        }
        return total
    }

    /// `size`, or `limit` when the tree has more nodes (never a walk of the tree).
    func size(upTo limit: Int) -> Int { Swift.min(Int(nodeCount), limit) }

    /// The number of edges on the longest path from this node to a leaf, plus one.
    public var depth: Int { 1 + (children.map(\.depth).max() ?? 0) }
}

extension Expression.Kind {
    /// The enum's one word: every case with a payload keeps it in a heap box, so equal
    /// bits mean the same case and the same box (or the same case without payload).
    var storageBits: UInt {
        unsafeBitCast(self, to: UInt.self)
    }
}

extension SourceRange {
    /// The range used for nodes that were made, not parsed: the start of a formula.
    public static let synthesized = SourceRange(at: SourceLocation(line: 1, column: 1))
}
