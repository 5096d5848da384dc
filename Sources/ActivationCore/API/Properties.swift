/// An interval of the real line with open or closed ends; ±infinity for unbounded ends
/// (always open).
public struct Interval: Hashable, Sendable {
    public var lower: Double
    public var lowerClosed: Bool
    public var upper: Double
    public var upperClosed: Bool

    public init(lower: Double, lowerClosed: Bool, upper: Double, upperClosed: Bool) {
        self.lower = lower + 0  // −0 reads as 0
        self.lowerClosed = lowerClosed && lower.isFinite
        self.upper = upper + 0
        self.upperClosed = upperClosed && upper.isFinite
    }

    /// Interval notation, e.g. `[0, ∞)` or `(-1, 1)`.
    public var description: String {
        func number(_ v: Double) -> String {
            v == .infinity ? "∞" : v == -.infinity ? "-∞" : "\(v)"
        }
        return (lowerClosed ? "[" : "(") + number(lower) + ", " + number(upper) + (upperClosed ? "]" : ")")
    }
}

/// How many times a function is continuously differentiable on the whole real line.
public enum Smoothness: String, Sendable {
    case discontinuous
    case c0 = "C0"
    case c1 = "C1"
    case c2 = "C2"
    case cInfinity = "C∞"
}

/// Odd (f(−x) = −f(x)), even (f(−x) = f(x)) or neither.
public enum Symmetry: String, Sendable {
    case odd, even, none
}

/// A point of the graph: where an extremum is and its value.
public struct Extremum: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// The computed properties of an activation (see `PropertyAnalysis.analyze`).
public struct Properties: Hashable, Sendable {
    /// f(0).
    public var f0: Double
    /// f′(0), nil when 0 is a kink or jump.
    public var df0: Double?
    /// The range of f over ℝ (its closure's ends, open where only approached).
    public var range: Interval
    /// f is non-decreasing on ℝ (jumps included).
    public var monotonic: Bool
    /// The global minimum, when f is not monotonic and attains its lower bound.
    public var minimum: Extremum?
    public var smoothness: Smoothness
    public var boundedBelow: Bool
    public var boundedAbove: Bool
    /// f′ → 0 as x → −∞.
    public var saturatesNegative: Bool
    /// f′ → 0 as x → +∞.
    public var saturatesPositive: Bool
    /// f(0) = 0.
    public var zeroAtOrigin: Bool
    /// f(0) = 0 and f′(0) = 1.
    public var identityNearOrigin: Bool
    /// f′ = 0 on a half-line.
    public var deadZone: Bool
    public var symmetry: Symmetry
    /// The range of f′ where it exists.
    public var derivativeRange: Interval
    /// f′ is monotonic (non-decreasing or non-increasing) on ℝ.
    public var derivativeMonotonic: Bool
    /// f′ → 0 at an end of the line without being exactly 0 on a half-line there (that is a
    /// dead zone, reported as `deadNeurons`): gradients shrink but never vanish outright.
    public var vanishingGradient: Bool
    /// f′ is unbounded.
    public var explodingGradient: Bool
    /// A dead zone: units whose input stays there receive no gradient.
    public var deadNeurons: Bool
    /// What the analysis could not settle within its budget, in words; empty normally.
    public var undecided: [String]
}
