import ActivationCore
import Content
import Formula
import Plot

/// One activation with everything the site shows about it computed: the function it
/// evaluates (built-in or interpreted), its properties, its formula and derivative in
/// every notation, and its plots. Nothing here is typed by hand.
struct ActivationEntry: Sendable {
    private(set) var document: ActivationDocument
    let function: ActivationFunction
    let properties: Properties
    let derivative: Expression
    let formulaMathML: String
    let derivativeMathML: String
    let formulaText: String
    let derivativeText: String
    let formulaLaTeX: String
    /// How wide the formula is laid out, in ems (see `Expression.displayWidth`).
    let formulaDisplayWidth: Double
    let xDomain: ClosedRange<Double>
    let plotBreakpoints: [PlotBreakpoint]
    /// Plots and inline formulas drawn from the fields above, on first use.
    let renderings = EntryRenderings()

    var id: String { document.id }

    /// The same computed entry for a document whose prose changed but whose numbers did not.
    func with(document: ActivationDocument) -> ActivationEntry {
        var copy = self
        copy.document = document
        return copy
    }

    init(document: ActivationDocument) {
        self.document = document
        let values = document.defaultValues
        let expression = document.formula.expression
        let derivative = expression.derivative()
        self.derivative = derivative
        function = Catalog.builtIn(document.id, parameters: document.parameterDefaults)
            ?? Catalog.interpreted(id: document.id, formula: expression, parameters: values, derivative: derivative)
        properties = PropertyAnalysis.analyze(function)
        let symbols = document.symbols
        // The formula laid out once for its MathML, its LaTeX and its width.
        let typeset = expression.typeset(symbols: symbols)
        formulaMathML = typeset.mathML()
        derivativeMathML = derivative.mathML(symbols: symbols)
        formulaText = expression.plainText(symbols: symbols)
        derivativeText = derivative.plainText(symbols: symbols)
        formulaLaTeX = typeset.latex
        formulaDisplayWidth = typeset.displayWidth
        xDomain = document.plotView?.x ?? -5...5
        plotBreakpoints = function.breakpoints.map { PlotBreakpoint(x: $0.x, isJump: $0.kind == .jump) }
    }

    /// The curve of f, for plots (evaluated in batches: a formula's `Program`, a built-in's loop).
    var functionCurve: Curve {
        let function = self.function
        return Curve(label: "f(x)", style: .function, breakpoints: plotBreakpoints,
                     function: function.valueFunction, batch: { function.values($0) })
    }

    /// The curve of f′ (at a kink, one of its one-sided values), for plots.
    var derivativeCurve: Curve {
        let function = self.function
        return Curve(label: "f′(x)", style: .derivative, breakpoints: plotBreakpoints.map { PlotBreakpoint(x: $0.x, isJump: true) },
                     function: function.derivativeIgnoringKinksFunction, batch: { function.derivativesIgnoringKinks($0) })
    }

    /// The curve of f under another label and style, for comparison overlays.
    func functionCurve(label: String, style: CurveStyle) -> Curve {
        var curve = functionCurve
        curve.label = label
        curve.style = style
        return curve
    }

    /// The function and its derivative, as drawn on the activation's page and in `plots/<id>.svg`.
    /// The spec of the page's main plot (f and f′), shared by the SVG and the explorer;
    /// `compact` drops the legend and axis titles, for small multiples such as the print card.
    func plotSpec(includeStyle: Bool, idPrefix: String, width: Double = 480, height: Double = 320, compact: Bool = false) -> PlotSpec {
        PlotSpec(
            curves: [functionCurve, derivativeCurve], xDomain: xDomain, yDomain: document.plotView?.y ?? automaticYDomain,
            width: width, height: height,
            title: "\(document.name) and its derivative",
            description: "Plot of f(x) = \(formulaText) (solid) and f′(x) (dashed) for x from \(NumberFormatting.display(xDomain.lowerBound)) to \(NumberFormatting.display(xDomain.upperBound)).",
            xLabel: compact ? "" : "x", yLabel: compact ? "" : "y", idPrefix: idPrefix, includeStyle: includeStyle,
            showsLegend: !compact
        )
    }

    /// The vertical view of f and f′ when the file sets none, computed once for the page's
    /// plot and the print card's (each would choose the same one). Left to each plot when
    /// it is not a finite, non-empty range, which a plot would not take as given unchanged.
    private var automaticYDomain: ClosedRange<Double>? { automaticYDomains.plot }

    /// The automatic views of the plots and of the sparkline, from one evaluation of f and f′.
    private var automaticYDomains: EntryRenderings.AutomaticYDomains {
        renderings.automaticYDomains {
            let function = self.function
            let views = SVGPlot.automaticYDomains([[0, 1], [0]], of: [functionCurve, derivativeCurve], xDomain: xDomain) { xs in
                let both = function.valuesAndDerivativesIgnoringKinks(xs)
                return [both.values, both.derivatives]
            }
            let view = views[0]
            let usable = view.lowerBound.isFinite && view.upperBound.isFinite && view.upperBound > view.lowerBound
            return EntryRenderings.AutomaticYDomains(plot: usable ? view : nil, sparkline: views[1])
        }
    }

    /// The main plot (f and f′), sampled once: `plotSVG(...)` writes its forms and
    /// `plotFrame()` says where its data lands.
    /// The print card's plot and the sparkline are drawn at the same time from its samples
    /// (where those are fine enough at their scales), which are then let go.
    private var mainPlot: PreparedPlot {
        renderings.mainPlot {
            let sampled = SVGPlot.sample(plotSpec(includeStyle: false, idPrefix: "fp"))
            _ = renderings.printPlot { SVGPlot.render(printPlotSpec, reusing: sampled) }
            _ = renderings.sparkline {
                SVGPlot.sparkline(functionCurve, xDomain: xDomain, yDomain: sparklineYDomain, label: sparklineLabel,
                                  reusing: sampled, index: 0)
            }
            return sampled.prepared()
        }
    }

    /// Where the main plot's data lands in its drawing.
    func plotFrame() -> PlotFrame { mainPlot.frame }

    /// The main plot inline in a page (`fp` ids, no style block) or standalone (`p` ids,
    /// its own style block).
    func plotSVG(standalone: Bool) -> String {
        standalone ? mainPlot.svg(idPrefix: "p", includeStyle: true) : mainPlot.svg(idPrefix: "fp", includeStyle: false)
    }

    /// The small plot of the print card: no legend or axis titles; ids prefixed by the entry's id.
    func printPlotSVG() -> String {
        _ = mainPlot
        return renderings.printPlot { SVGPlot.render(printPlotSpec) }
    }

    private var printPlotSpec: PlotSpec {
        plotSpec(includeStyle: false, idPrefix: "pc-\(id)", width: 260, height: 150, compact: true)
    }

    /// The table row's sparkline of f, drawn with the main plot (from its samples).
    func sparkline() -> String {
        _ = mainPlot
        return renderings.sparkline {
            SVGPlot.sparkline(functionCurve, xDomain: xDomain, yDomain: sparklineYDomain, label: sparklineLabel)
        }
    }

    private var sparklineYDomain: ClosedRange<Double> { document.plotView?.y ?? automaticYDomains.sparkline }
    private var sparklineLabel: String { "\(document.name): \(formulaText)" }
}
