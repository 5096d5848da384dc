/// A plot's curves sampled once at its size, kept in data coordinates so that smaller
/// plots of the same curves over the same x range can be drawn from them rather than
/// sampled again: the print card's plot and the table's sparkline from the page's plot.
///
/// A smaller plot takes a curve's samples only where that keeps its own guarantee (within
/// 0.1 px of the curve at its scale, corners and jumps exact; `SampledCurve.reprojected`
/// says when); otherwise it samples that curve itself. Large (a few thousand points per
/// curve): keep the drawn strings, not this value.
public struct SampledPlot: Sendable {
    let spec: PlotSpec
    let layout: PlotLayout
    let curves: [SampledCurve]

    /// The plot of the spec it was sampled from, drawn from these samples: what
    /// `SVGPlot.prepare(spec)` gives.
    public func prepared() -> PreparedPlot {
        PreparedPlot(PlotRenderer(self))
    }
}

extension SVGPlot {
    /// `render(spec)`, each curve drawn from `plot`'s samples of it where they are fine
    /// enough. `spec.curves` must be the same functions as `plot`'s curves, in the same
    /// order (a curve beyond theirs is sampled).
    public static func render(_ spec: PlotSpec, reusing plot: SampledPlot) -> String {
        PlotRenderer(spec, reusing: plot).svg()
    }

    /// `sparkline(curve, ...)` drawn from `plot`'s samples of its curve at `index` (the same
    /// function as `curve`) where they are fine enough.
    public static func sparkline(_ curve: Curve, xDomain: ClosedRange<Double>, yDomain: ClosedRange<Double>? = nil,
                                 label: String, width: Double = 96, height: Double = 32,
                                 reusing plot: SampledPlot, index: Int) -> String {
        Sparkline(curve: curve, xDomain: xDomain, yDomain: yDomain, label: label, width: width, height: height,
                  reusing: (plot, index)).svg()
    }
}
