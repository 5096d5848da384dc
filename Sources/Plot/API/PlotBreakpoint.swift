/// A point where a curve is not smooth: a kink (continuous, the slope changes) or a jump
/// (the one-sided limits differ). The sampler always samples a breakpoint exactly, from
/// both sides, so a kink stays sharp and a jump is drawn as a gap with an open and a
/// filled dot instead of a steep line.
public struct PlotBreakpoint: Hashable, Sendable {
    /// Where the breakpoint is, in data coordinates.
    public var x: Double
    /// True for a jump discontinuity, false for a kink.
    public var isJump: Bool

    public init(x: Double, isJump: Bool) {
        self.x = x
        self.isJump = isJump
    }
}
