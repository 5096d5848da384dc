import Content

/// The frameworks page: every activation × PyTorch, JAX, Keras 3 (and Keras 2 where it
/// differed), with exact names and defaults, and each disagreement noted — all taken from
/// the front matter.
enum FrameworkTable {
    /// The row template: one row per activation, rendered on its own (and reused by serve while
    /// the activation's front matter is unchanged). A templates folder made before it existed
    /// gets the rows as a list for its own `{{#rows}}` section.
    static let rowTemplate = "partials/framework-row"

    static func context(_ contexts: PageContexts, into context: inout [String: Any]) throws {
        let model = contexts.model
        let frameworks = Framework.allCases
        context["frameworks"] = frameworks.map(\.displayName)
        let disagreements = model.entries.reduce(0) { count, entry in
            count + (entry.document.frameworks.contains { $0.note != nil } ? 1 : 0)
        }
        func row(_ index: Int) -> [String: Any] {
            let document = model.entries[index].document
            return [
                "id": document.id, "name": document.name, "href": "../activations/\(document.id)/",
                "differs": document.frameworks.contains { $0.note != nil },
                "cells_html": cellsHTML(document, frameworks: frameworks),
            ]
        }
        if contexts.templates?.names.contains(rowTemplate) == true {
            context["rows_html"] = try contexts.pieces("framework-row", template: rowTemplate, row)
        } else {
            context["rows"] = model.entries.indices.map { TemplateFields(row($0)) }
        }
        context["disagreements"] = String(disagreements)
        context["count"] = String(model.entries.count)
    }

    /// A row's cells, one `<td>` per framework: each of the activation's names there as
    /// `<div class="fw-entry"><code>name</code>`, its defaults and note (if any) in spans, or
    /// `<span class="missing">—</span>` when the framework has none. Made here rather than by
    /// template sections, which cost ~12 template lookups a row, most of them climbing
    /// through the row and the page for the keys an entry lacks.
    static func cellsHTML(_ document: ActivationDocument, frameworks: [Framework]) -> String {
        var html = ""
        for framework in frameworks {
            html += "<td>"
            var missing = true
            for name in document.frameworks where name.framework == framework {
                missing = false
                html += "<div class=\"fw-entry\"><code>"
                // An empty name was a missing field, which the template looked up on the row.
                html += TemplateEscaping.escape(name.name.isEmpty ? document.name : name.name)
                html += "</code>"
                if !name.defaults.isEmpty {
                    html += "<span class=\"defaults\">"
                    html += TemplateEscaping.escape(name.defaults)
                    html += "</span>"
                }
                if let note = name.note, !note.isEmpty {
                    html += "<span class=\"note\">"
                    html += TemplateEscaping.escape(note)
                    html += "</span>"
                }
                html += "</div>"
            }
            if missing { html += "<span class=\"missing\">—</span>" }
            html += "</td>"
        }
        return html
    }
}
