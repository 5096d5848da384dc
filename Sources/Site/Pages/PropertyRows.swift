import ActivationCore

/// The properties box of an activation page, as label/value rows and reader-facing flags.
enum PropertyRows {
    /// The rows as the `<dl>` of the properties box: `<dt>label</dt><dd data-key="key">value</dd>`,
    /// one a line. `data-key` is what explorer.js finds the rows it recomputes by, so the
    /// markup is made here, not by a template section (which cost ~40 template lookups a page).
    static func html(_ p: Properties) -> String {
        var html = ""
        html.reserveCapacity(1024)
        // Appended piece by piece: a `+` chain makes a new string at each step.
        forEachRow(p) { label, value, key in
            html += "<dt>"
            html += TemplateEscaping.escape(label)
            html += "</dt><dd data-key=\""
            html += TemplateEscaping.escape(key)
            html += "\">"
            html += TemplateEscaping.escape(value)
            html += "</dd>\n"
        }
        return html
    }

    /// Label/value rows; `key` names the rows the parameter explorer recomputes.
    static func rows(_ p: Properties) -> [(label: String, value: String, key: String)] {
        var rows: [(label: String, value: String, key: String)] = []
        forEachRow(p) { rows.append((label: $0, value: $1, key: $2)) }
        return rows
    }

    /// Hands each row to `row` in order, without gathering them first.
    private static func forEachRow(_ p: Properties, _ row: (_ label: String, _ value: String, _ key: String) -> Void) {
        func yes(_ b: Bool) -> String { b ? "yes" : "no" }
        row("f(0)", NumberFormatting.display(p.f0, significant: 6), "f0")
        row("f′(0)", p.df0.map { NumberFormatting.display($0, significant: 6) } ?? "undefined (kink)", "df0")
        row("Range", PropertyText.interval(p.range), "")
        row("Monotonic", yes(p.monotonic), "")
        let minimum = p.minimum.map { "\(NumberFormatting.display($0.y, significant: 6)) at x = \(NumberFormatting.display($0.x, significant: 6))" }
        row("Minimum", minimum ?? "none", "minimum")
        row("Smoothness", p.smoothness.rawValue, "")
        row("Symmetry", p.symmetry.rawValue, "")
        row("Saturates", PropertyText.saturation(p), "")
        row("Dead zone", yes(p.deadZone), "")
        row("Identity near 0", yes(p.identityNearOrigin), "")
        row("Range of f′", PropertyText.interval(p.derivativeRange), "")
        row("f′ monotonic", yes(p.derivativeMonotonic), "")
        if !p.undecided.isEmpty { row("Not decided", p.undecided.joined(separator: ", "), "") }
    }

    static func flags(_ p: Properties) -> [[String: String]] {
        var flags: [[String: String]] = []
        if p.vanishingGradient {
            flags.append(["title": "Vanishing gradient", "text": "f′ tends to 0 at an end of the real line, so large inputs pass back little gradient."])
        }
        if p.explodingGradient {
            flags.append(["title": "Exploding gradient", "text": "f′ is unbounded, so gradients can grow without limit."])
        }
        if p.deadNeurons {
            flags.append(["title": "Dead neurons", "text": "f′ is 0 on a whole half-line: a unit stuck there stops learning."])
        }
        return flags
    }
}
