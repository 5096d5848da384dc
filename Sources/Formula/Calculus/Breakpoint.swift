/// An x where a formula switches branches and stops being smooth.
///
/// `jump`: the value may be discontinuous there (an `if` whose branches disagree, `sign`).
/// `kink`: the value is continuous but the slope is not (`max`, `min`, `abs`, `clamp`,
/// an `if` whose branches meet). `unknown`: a switch point whose behaviour could not be
/// told numerically (the function or its slope is not finite beside it).
public struct Breakpoint: Hashable, Sendable {
    public var x: Double
    public var kind: Kind

    /// What happens at the point (see the type's documentation).
    public enum Kind: Hashable, Sendable {
        case jump, kink, unknown
    }

    public init(x: Double, kind: Kind) {
        self.x = x
        self.kind = kind
    }
}
