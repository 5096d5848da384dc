import ActivationCore
import Content
import Formula
import Plot

/// The parameter explorer of an activation page: sliders for each parameter and the
/// formula and its derivative compiled to JavaScript at build time, so the page can redraw
/// f and f′ in its own plot. The code comes from the parsed tree only (see
/// `Expression.javaScript`), never from the file's text.
enum Explorer {
    /// Template fields for `entry`'s page; nil when it has no parameters.
    static func context(_ entry: ActivationEntry) -> [String: Any]? {
        guard !entry.document.parameters.isEmpty else { return nil }
        let d = entry.document
        let names = d.parameters.map(\.name) + d.constants.map(\.name)
        let controls = d.parameters.map { p in
            let range = p.range ?? defaultRange(p.defaultValue)
            return TemplateFields([
                "name": p.name, "symbol": p.symbol, "id": "param-\(p.name)",
                "min": NumberFormatting.roundTrip(range.lowerBound), "max": NumberFormatting.roundTrip(range.upperBound),
                "step": NumberFormatting.roundTrip(niceStep(range)),
                "value": NumberFormatting.roundTrip(p.defaultValue),
            ])
        }
        return ["controls": controls, "page_script": script(entry, names: names)]
    }

    /// A power of ten giving 100 to 1,000 slider positions, so values read cleanly (0.01, not 0.0145).
    static func niceStep(_ range: ClosedRange<Double>) -> Double {
        let span = range.upperBound - range.lowerBound
        var step = 1.0
        while step > span / 100 { step /= 10 }
        while step * 10 <= span / 100 { step *= 10 }
        return step
    }

    /// `[d − s, d + s]` with `s = max(1, 2|d|)`, for parameters whose file gives no range.
    static func defaultRange(_ value: Double) -> ClosedRange<Double> {
        let span = max(1, 2 * abs(value))
        return (value - span)...(value + span)
    }

    /// The page's inline script: f and f′ as functions of x and a parameter object, the
    /// default parameters, and where the plot's data lands in its drawing.
    static func script(_ entry: ActivationEntry, names: [String]) -> String {
        let d = entry.document
        let locals = d.parameters.map { "var \($0.name) = p.\($0.name);" }
            + d.constants.map { "var \($0.name) = \(javaScriptNumber($0.value));" }
        let prologue = locals.joined(separator: " ")
        let f = d.formula.expression.javaScript(parameters: names)
        let df = entry.derivative.javaScript(parameters: names)
        let frame = entry.plotFrame()
        let defaults = d.parameters.map { "\($0.name): \(javaScriptNumber($0.defaultValue))" }.joined(separator: ", ")
        return """
        window.NonlinExplorer = {
          f: function (x, p) { \(prologue) return \(f); },
          df: function (x, p) { \(prologue) return \(df); },
          defaults: {\(defaults)},
          frame: \(frameLiteral(frame))
        };
        """
    }

    /// A plot frame as a JavaScript object literal, for the page scripts.
    static func frameLiteral(_ frame: PlotFrame) -> String {
        let fields = [("minX", frame.minX), ("minY", frame.minY), ("maxX", frame.maxX), ("maxY", frame.maxY),
                      ("x0", frame.xDomain.lowerBound), ("x1", frame.xDomain.upperBound),
                      ("y0", frame.yDomain.lowerBound), ("y1", frame.yDomain.upperBound)]
        return "{" + fields.map { "\($0.0): \(javaScriptNumber($0.1))" }.joined(separator: ", ") + "}"
    }

    static func javaScriptNumber(_ value: Double) -> String {
        value.isFinite ? NumberFormatting.roundTrip(value) : (value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity"))
    }
}
