/// Plots as SVG text: a full plot from a `PlotSpec`, or a sparkline for a table row.
/// The output depends only on the input, byte for byte.
public enum SVGPlot {
    /// A complete `<svg>…</svg>` element, with `<title>` and `<desc>` for screen readers.
    public static func render(_ spec: PlotSpec) -> String {
        PlotRenderer(spec).svg()
    }

    /// A tiny plot of one curve (96×32 by default): the curve and a faint zero line,
    /// no text; `label` is its accessible name.
    public static func sparkline(_ curve: Curve, xDomain: ClosedRange<Double>, yDomain: ClosedRange<Double>? = nil,
                                 label: String, width: Double = 96, height: Double = 32) -> String {
        Sparkline(curve: curve, xDomain: xDomain, yDomain: yDomain, label: label, width: width, height: height).svg()
    }

    /// The CSS rules of the plots' `<style>` block, for a page's stylesheet when plots are
    /// rendered with `includeStyle: false`.
    public static let stylesheet: String = Stylesheet.css
}

extension SVGPlot {
    /// The vertical view a linear plot of `curves` over `xDomain` chooses when none is
    /// given. Plots of the same curves at other sizes choose the same view, so a caller
    /// drawing several can compute it once and pass it as their `yDomain`.
    public static func automaticYDomain(_ curves: [Curve], xDomain: ClosedRange<Double>) -> ClosedRange<Double> {
        AutomaticYDomain.linear(curves, xDomain: Domain.usable(xDomain))
    }

    /// The vertical views `automaticYDomain` and `sparkline` choose for several groups of
    /// `curves` (each group a list of indices into `curves`), each curve evaluated once for
    /// all groups: a page's plot of f and f′ and the sparkline of f share f's values.
    ///
    /// `together`, when given, returns every curve's values (in the order of `curves`) at
    /// the x it is given, bit for bit what each curve's own `batch` gives there: f and f′
    /// of a formula from one program. It is used when the curves' breakpoints lie at the
    /// same x (then the curves are evaluated at the same x).
    public static func automaticYDomains(_ groups: [[Int]], of curves: [Curve], xDomain: ClosedRange<Double>,
                                         together: (([Double]) -> [[Double]])? = nil) -> [ClosedRange<Double>] {
        let usable = Domain.usable(xDomain)
        let values: [[Double]]
        if let together, let first = curves.first,
           curves.allSatisfy({ $0.breakpoints.elementsEqual(first.breakpoints) { $0.x == $1.x } }) {
            values = together(AutomaticYDomain.points(around: first.breakpoints, xDomain: usable))
            precondition(values.count == curves.count, "together gave \(values.count) curves' values for \(curves.count)")
        } else {
            values = curves.map { AutomaticYDomain.values(of: $0, xDomain: usable) }
        }
        return groups.map { group in AutomaticYDomain.linear(parts: group.map { values[$0] }) }
    }
}
