import ActivationCore
import Content

/// The machine-readable description of one activation: what `nonlin table --format json`
/// prints and `Output/data/activations.json` holds. Field names are part of the interface.
enum ActivationRecord {
    static func json(_ entry: ActivationEntry) -> JSONValue {
        let p = entry.properties
        let document = entry.document
        return .object([
            ("id", .string(entry.id)),
            ("name", .string(document.name)),
            ("formula", .string(document.formula.text)),
            ("parameters", .array(document.parameters.map { parameter in
                .object([
                    ("name", .string(parameter.name)),
                    ("symbol", .string(parameter.symbol)),
                    ("default", .number(parameter.defaultValue)),
                    ("learnable", .bool(parameter.learnable)),
                ])
            })),
            ("f0", .number(p.f0)),
            ("df0", .optionalNumber(p.df0)),
            ("range", interval(p.range)),
            ("monotonic", .bool(p.monotonic)),
            ("minimum", p.minimum.map { .object([("x", .number($0.x)), ("y", .number($0.y))]) } ?? .null),
            ("smoothness", .string(p.smoothness.rawValue)),
            ("bounded_below", .bool(p.boundedBelow)),
            ("bounded_above", .bool(p.boundedAbove)),
            ("saturates_negative", .bool(p.saturatesNegative)),
            ("saturates_positive", .bool(p.saturatesPositive)),
            ("zero_at_origin", .bool(p.zeroAtOrigin)),
            ("identity_near_origin", .bool(p.identityNearOrigin)),
            ("dead_zone", .bool(p.deadZone)),
            ("symmetry", .string(p.symmetry.rawValue)),
            ("derivative_range", interval(p.derivativeRange)),
            ("derivative_monotonic", .bool(p.derivativeMonotonic)),
            ("vanishing_gradient", .bool(p.vanishingGradient)),
            ("exploding_gradient", .bool(p.explodingGradient)),
            ("dead_neurons", .bool(p.deadNeurons)),
            ("year", document.year.map(JSONValue.integer) ?? .null),
            ("built_in", .bool(entry.function.isBuiltIn)),
        ])
    }

    static func interval(_ i: Interval) -> JSONValue {
        .object([
            ("lower", .number(i.lower)), ("lower_closed", .bool(i.lowerClosed)),
            ("upper", .number(i.upper)), ("upper_closed", .bool(i.upperClosed)),
        ])
    }
}
