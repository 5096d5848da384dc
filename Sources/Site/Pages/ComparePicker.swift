import Content
import Plot

/// The "compare anything" page (`compare/index.html`): the curated comparisons as links
/// (enough without JavaScript), plus a picker that overlays any ticked activations in one
/// plot, drawn by the page script from functions compiled at build time.
enum ComparePicker {
    static let initialSelection = ["relu", "gelu", "silu", "softplus"]
    static let xDomain = -4.0...4.0
    static let yDomain = -1.5...4.0

    static func context(_ contexts: PageContexts, into context: inout [String: Any]) throws {
        let model = contexts.model
        let picked = model.entries.filter { initialSelection.contains($0.id) }
        let curves = picked.enumerated().map { index, entry -> Curve in
            let f = entry.function
            return Curve(label: entry.document.name, style: .series(index + 1), breakpoints: entry.plotBreakpoints) { f.value($0) }
        }
        let spec = PlotSpec(curves: curves, xDomain: xDomain, yDomain: yDomain, width: 640, height: 400,
                            title: "Activations overlaid", description: "The ticked activations drawn on common axes.",
                            idPrefix: "pick", includeStyle: false, showsLegend: false)
        // Drawn once for the plot and the script's frame, and only when a picked activation changed.
        var prepared: PreparedPlot?
        func plot() -> PreparedPlot {
            if let prepared { return prepared }
            let plot = SVGPlot.prepare(spec)
            prepared = plot
            return plot
        }
        let signature = picked.map { contexts.signatures?.front($0.id) ?? "" }.joined(separator: " ")
        var svg = contexts.fragment("picker-plot", signature: signature) { plot().svg(idPrefix: spec.idPrefix, includeStyle: false) }
        // An empty layer for the curves the script draws, above the static ones.
        if let end = svg.range(of: "</svg>", options: .backwards) {
            svg.replaceSubrange(end, with: "<g class=\"picked\"></g></svg>")
        }
        context["plot_svg"] = svg
        context["legend"] = picked.enumerated().map { index, entry in
            TemplateFields(["name": entry.document.name, "series": "s\(index % 6 + 1)"])
        }
        context["choices_html"] = try contexts.fragment("picker-choices", signature: contexts.signatures?.everyName.joined(separator: " ") ?? "") {
            try contexts.render("partials/compare-choices", ["choices": model.entries.map { entry in
                TemplateFields(["id": entry.id, "name": entry.document.name, "checked": initialSelection.contains(entry.id)])
            }])
        }
        let frame = contexts.fragment("picker-frame", signature: signature) { Explorer.frameLiteral(plot().frame) }
        context["picker_script"] = script(contexts, frame: frame)
    }

    static func script(_ contexts: PageContexts, frame: String) -> String {
        let functions = contexts.model.entries.map { entry -> String in
            contexts.piece("picker-function", entry.id) {
                let d = entry.document
                let names = d.parameters.map(\.name) + d.constants.map(\.name)
                let locals = (d.parameters.map { ($0.name, $0.defaultValue) } + d.constants.map { ($0.name, $0.value) })
                    .map { "var \($0.0) = \(Explorer.javaScriptNumber($0.1));" }.joined(separator: " ")
                return "    \(JSONValue.quote(entry.id)): {name: \(JSONValue.quote(d.name)), f: function (x) { \(locals) return \(d.formula.expression.javaScript(parameters: names)); }}"
            }
        }
        return """
        window.NonlinCompare = {
          frame: \(frame),
          functions: {
        \(functions.joined(separator: ",\n"))
          }
        };
        """
    }
}
