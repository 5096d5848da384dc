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
        // Entries are read in place by index (copying one retains each of its parts); the few picked are copied.
        let picked = model.entries.indices.filter { initialSelection.contains(model.entries[$0].id) }.map { model.entries[$0] }
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
            try choicesHTML(contexts)
        }
        let frame = contexts.fragment("picker-frame", signature: signature) { Explorer.frameLiteral(plot().frame) }
        context["picker_script"] = script(contexts, frame: frame)
    }

    /// The checkboxes: one `partials/compare-choice` per activation, each rendered on its own
    /// (from the template's skeleton, and reused by serve while the activation's front matter is
    /// unchanged). A templates folder made before it existed has `partials/compare-choices`, one
    /// section over the list of choices, which is rendered once with all of them.
    static func choicesHTML(_ contexts: PageContexts) throws -> String {
        let entries = contexts.model.entries
        func choice(_ index: Int) -> [String: Any] {
            let id = entries[index].id
            return ["id": id, "name": entries[index].document.name, "checked": initialSelection.contains(id)]
        }
        let names = contexts.templates?.names ?? []
        if !names.contains(choiceTemplate), names.contains(listTemplate) {
            return try contexts.render(listTemplate, ["choices": entries.indices.map { TemplateFields(choice($0)) }])
        }
        return try contexts.pieces("choice", template: choiceTemplate, choice)
    }

    static let choiceTemplate = "partials/compare-choice"
    static let listTemplate = "partials/compare-choices"

    /// One activation's entry in the script: its name and f at the default parameters.
    static func function(_ d: ActivationDocument) -> String {
        let names = d.parameters.map(\.name) + d.constants.map(\.name)
        let locals = (d.parameters.map { ($0.name, $0.defaultValue) } + d.constants.map { ($0.name, $0.value) })
            .map { "var \($0.0) = \(Explorer.javaScriptNumber($0.1));" }.joined(separator: " ")
        return "    \(JSONValue.quote(d.id)): {name: \(JSONValue.quote(d.name)), f: function (x) { \(locals) return \(d.formula.expression.javaScript(parameters: names)); }}"
    }

    static func script(_ contexts: PageContexts, frame: String) -> String {
        let entries = contexts.model.entries
        let functions = entries.indices.map { index in
            contexts.piece("picker-function", entries[index].id) { function(entries[index].document) }
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
