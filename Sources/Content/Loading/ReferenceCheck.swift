import Diagnostics

/// Checks references between files: `related`, `approximates` and comparison members
/// must name activations that exist.
enum ReferenceCheck {
    static func check(
        activations: [ActivationDocument], site: SiteConfiguration?, known: Set<String>, sitePath: String,
        readSource: (String) -> String?
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func dangling(_ reference: Reference, path: String, what: String) {
            let source = SourceText(path: path, text: readSource(path) ?? "")
            let suggestion = DidYouMean.suggestion(for: reference.id, among: known.sorted())
            diagnostics.append(source.diagnostic(at: reference.location, "\(what) names '\(reference.id)', which is not an activation",
                                                 hint: suggestion.map { "did you mean '\($0)'?" }
                                                     ?? "use the id of a file in activations/ (its name without .md)"))
        }
        // By index: `for document in activations` would copy every document (a retain
        // for each of its fields) to read two of them.
        for index in activations.indices {
            for reference in activations[index].related where !known.contains(reference.id) {
                dangling(reference, path: activations[index].path, what: "related")
            }
            if let approximated = activations[index].approximates {
                let path = activations[index].path
                if !known.contains(approximated.id) {
                    dangling(approximated, path: path, what: "approximates")
                } else if approximated.id == activations[index].id {
                    let source = SourceText(path: path, text: readSource(path) ?? "")
                    diagnostics.append(source.diagnostic(at: approximated.location, "an activation cannot approximate itself",
                                                         hint: "name the activation this one approximates, or remove the line"))
                }
            }
        }
        for comparison in site?.comparisons ?? [] {
            for member in comparison.members where !known.contains(member.id) {
                dangling(member, path: sitePath, what: "comparison '\(comparison.slug)'")
            }
        }
        return diagnostics
    }
}
