/// How a curve is drawn. Each style has its own colour (a CSS custom property) and, so
/// that curves stay apart in black-and-white print, its own dash pattern.
public enum CurveStyle: Hashable, Sendable {
    /// The function itself: solid.
    case function
    /// The derivative: dashed.
    case derivative
    /// The n-th curve of an overlay (1-based; styles repeat after 6).
    case series(Int)
    /// An approximation error, usually on a logarithmic axis.
    case error

    /// The CSS class that carries the style's colour and dash.
    var cssClass: String {
        switch self {
        case .function: "f"
        case .derivative: "d"
        case .error: "e"
        case .series(let n): "s\(((max(n, 1) - 1) % 6) + 1)"
        }
    }
}

/// One function to plot, with its label (for the legend), its style and the breakpoints
/// its formula declares.
///
/// `function` gives one value at a time; `batch`, when present, gives the values at many
/// x in one call (a compiled formula's `Program`, a built-in's loop) and must agree with
/// `function` bit for bit, so that a plot does not depend on how its points were grouped.
public struct Curve: Sendable {
    public var label: String
    public var style: CurveStyle
    public var breakpoints: [PlotBreakpoint]
    public var function: @Sendable (Double) -> Double
    public var batch: (@Sendable ([Double]) -> [Double])?

    public init(label: String, style: CurveStyle, breakpoints: [PlotBreakpoint] = [],
                function: @escaping @Sendable (Double) -> Double,
                batch: (@Sendable ([Double]) -> [Double])? = nil) {
        self.label = label
        self.style = style
        self.breakpoints = breakpoints
        self.function = function
        self.batch = batch
    }

    /// The values at every x: one call of `batch`, or `function` point by point.
    func values(_ xs: [Double]) -> [Double] {
        if let batch, xs.count > 1 { return batch(xs) }
        return xs.map(function)
    }
}
