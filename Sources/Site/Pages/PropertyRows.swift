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
        for row in rows(p) {
            html += "<dt>"
            html += TemplateEscaping.escape(row.label)
            html += "</dt><dd data-key=\""
            html += TemplateEscaping.escape(row.key)
            html += "\">"
            html += TemplateEscaping.escape(row.value)
            html += "</dd>\n"
        }
        return html
    }

    /// Label/value rows; `key` names the rows the parameter explorer recomputes.
    static func rows(_ p: Properties) -> [(label: String, value: String, key: String)] {
        func yes(_ b: Bool) -> String { b ? "yes" : "no" }
        let minimum = p.minimum.map { "\(NumberFormatting.display($0.y, significant: 6)) at x = \(NumberFormatting.display($0.x, significant: 6))" }
        var rows: [(String, String)] = [
            ("f(0)", NumberFormatting.display(p.f0, significant: 6)),
            ("f′(0)", p.df0.map { NumberFormatting.display($0, significant: 6) } ?? "undefined (kink)"),
            ("Range", PropertyText.interval(p.range)),
            ("Monotonic", yes(p.monotonic)),
            ("Minimum", minimum ?? "none"),
        ]
        rows += [
            ("Smoothness", p.smoothness.rawValue),
            ("Symmetry", p.symmetry.rawValue),
            ("Saturates", PropertyText.saturation(p)),
            ("Dead zone", yes(p.deadZone)),
            ("Identity near 0", yes(p.identityNearOrigin)),
            ("Range of f′", PropertyText.interval(p.derivativeRange)),
            ("f′ monotonic", yes(p.derivativeMonotonic)),
        ]
        if !p.undecided.isEmpty { rows.append(("Not decided", p.undecided.joined(separator: ", "))) }
        return rows.map { row in
            let key = switch row.0 {
            case "f(0)": "f0"
            case "f′(0)": "df0"
            case "Minimum": "minimum"
            default: ""
            }
            return (label: row.0, value: row.1, key: key)
        }
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
