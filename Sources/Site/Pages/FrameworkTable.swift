import Content

/// The frameworks page: every activation × PyTorch, JAX, Keras 3 (and Keras 2 where it
/// differed), with exact names and defaults, and each disagreement noted — all taken from
/// the front matter.
enum FrameworkTable {
    static func context(_ model: SiteModel, into context: inout [String: Any]) {
        let frameworks = Framework.allCases
        context["frameworks"] = frameworks.map(\.displayName)
        var disagreements = 0
        context["rows"] = model.entries.map { entry in
            let names = entry.document.frameworks
            let notes = names.compactMap(\.note)
            if !notes.isEmpty { disagreements += 1 }
            return TemplateFields([
                "id": entry.id, "name": entry.document.name, "href": "../activations/\(entry.id)/",
                "differs": !notes.isEmpty,
                "cells": frameworks.map { framework in
                    let entries = names.filter { $0.framework == framework }.map { name in
                        TemplateFields(text: ["name": name.name, "defaults": name.defaults, "note": name.note ?? ""])
                    }
                    return TemplateFields(["entries": entries, "missing": entries.isEmpty, "framework": framework.displayName])
                },
            ])
        }
        context["disagreements"] = String(disagreements)
        context["count"] = String(model.entries.count)
    }
}
