import Formula

/// Resolves an id to an activation: one of the 31 built-ins, or an interpreted formula.
public enum Catalog {
    /// The built-in ids, in the catalog's order.
    public static let builtInIDs: [String] = BuiltInTable.entries.map(\.id)

    /// The parameters of a built-in with their defaults, or nil if there is no such built-in.
    public static func parameters(ofBuiltIn id: String) -> [ParameterSpec]? {
        BuiltInTable.entry(id)?.parameters
    }

    /// The built-in `id` with the given parameter values; missing parameters take their
    /// defaults. Nil if there is no such built-in or a parameter name is not one of its own
    /// (a misspelt name would otherwise silently fall back to the default).
    public static func builtIn(_ id: String, parameters: [String: Double] = [:]) -> ActivationFunction? {
        guard let entry = BuiltInTable.entry(id) else { return nil }
        let known = Set(entry.parameters.map(\.name))
        guard parameters.keys.allSatisfy(known.contains) else { return nil }
        var bound: [String: Double] = [:]
        for spec in entry.parameters { bound[spec.name] = parameters[spec.name] ?? spec.defaultValue }
        let kernel = entry.make(bound)
        return ActivationFunction(
            id: id, isBuiltIn: true, parameters: bound, breakpoints: kernel.breakpoints,
            smoothJoins: kernel.smoothJoins, storage: .builtIn(kernel))
    }
}
