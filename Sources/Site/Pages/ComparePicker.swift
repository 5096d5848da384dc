import Content
import Plot

/// The "compare anything" page (`compare/index.html`): the curated comparisons as links
/// (enough without JavaScript), plus a picker that overlays any ticked activations in one
/// plot, drawn by the page script from functions compiled at build time.
enum ComparePicker {
    static let initialSelection = ["relu", "gelu", "silu", "softplus"]
    static let xDomain = -4.0...4.0
    static let yDomain = -1.5...4.0

    static func context(_ model: SiteModel, into context: inout [String: Any]) {
        let picked = model.entries.filter { initialSelection.contains($0.id) }
        let curves = picked.enumerated().map { index, entry -> Curve in
            let f = entry.function
            return Curve(label: entry.document.name, style: .series(index + 1), breakpoints: entry.plotBreakpoints) { f.value($0) }
        }
        let spec = PlotSpec(curves: curves, xDomain: xDomain, yDomain: yDomain, width: 640, height: 400,
                            title: "Activations overlaid", description: "The ticked activations drawn on common axes.",
                            idPrefix: "pick", includeStyle: false, showsLegend: false)
        // An empty layer for the curves the script draws, above the static ones.
        var svg = SVGPlot.render(spec)
        if let end = svg.range(of: "</svg>", options: .backwards) {
            svg.replaceSubrange(end, with: "<g class=\"picked\"></g></svg>")
        }
        context["plot_svg"] = svg
        context["legend"] = picked.enumerated().map { index, entry in
            ["name": entry.document.name, "series": "s\(index % 6 + 1)"]
        }
        context["choices"] = model.entries.map { entry -> [String: Any] in
            ["id": entry.id, "name": entry.document.name, "checked": initialSelection.contains(entry.id)]
        }
        context["picker_script"] = script(model, frame: SVGPlot.frame(spec))
    }

    static func script(_ model: SiteModel, frame: PlotFrame) -> String {
        let functions = model.entries.map { entry -> String in
            let d = entry.document
            let names = d.parameters.map(\.name) + d.constants.map(\.name)
            let locals = (d.parameters.map { ($0.name, $0.defaultValue) } + d.constants.map { ($0.name, $0.value) })
                .map { "var \($0.0) = \(Explorer.javaScriptNumber($0.1));" }.joined(separator: " ")
            return "    \(JSONValue.quote(entry.id)): {name: \(JSONValue.quote(d.name)), f: function (x) { \(locals) return \(d.formula.expression.javaScript(parameters: names)); }}"
        }
        return """
        window.NonlinCompare = {
          frame: \(Explorer.frameLiteral(frame)),
          functions: {
        \(functions.joined(separator: ",\n"))
          }
        };
        """
    }
}
