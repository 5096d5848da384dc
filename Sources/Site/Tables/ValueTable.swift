import ActivationCore
import Content
import Diagnostics

/// A table of f (and optionally f′) at chosen points, in Double or Float: what
/// `nonlin values` prints, for people checking an implementation against a reference.
public struct ValueTable: Sendable {
    public enum Precision: String, CaseIterable, Sendable { case double, float }

    public struct Point: Sendable {
        public var x: Double
        public var y: Double
        /// nil at a kink or jump, where the derivative does not exist.
        public var dy: Double?
    }

    public var id: String
    public var parameters: [(String, Double)]
    public var precision: Precision
    public var includeDerivative: Bool
    public var points: [Point]

    /// Evaluates activation `id` — the built-in when there is one, else the formula from
    /// `content` — with `overrides` replacing parameter defaults.
    public static func make(
        id: String, content: LoadedContent?, overrides: [String: Double], xs: [Double],
        derivative: Bool, precision: Precision
    ) -> Result<ValueTable, Diagnostic> {
        let document = content?.activation(id)
        var defaults: [String: Double] = [:]
        var names: [String] = []
        if let document {
            defaults = document.defaultValues
            names = document.parameters.map(\.name)
        } else if let specs = Catalog.parameters(ofBuiltIn: id) {
            for spec in specs { defaults[spec.name] = spec.defaultValue }
            names = specs.map(\.name)
        } else {
            let known = Catalog.builtInIDs + (content?.activations.map(\.id) ?? [])
            return .failure(Diagnostic(message: "unknown activation '\(id)'",
                                       hint: DidYouMean.suggestion(for: id, among: known).map { "did you mean '\($0)'?" }
                                           ?? "run `nonlin table` to list the ids"))
        }
        for (name, _) in overrides where !names.contains(name) {
            return .failure(Diagnostic(message: "'\(id)' has no parameter '\(name)'",
                                       hint: names.isEmpty ? "it takes no parameters" : "its parameters: \(names.joined(separator: ", "))"))
        }
        let values = defaults.merging(overrides) { $1 }
        let parameterValues = values.filter { names.contains($0.key) }
        guard let function = Catalog.builtIn(id, parameters: parameterValues)
            ?? document.map({ Catalog.interpreted(id: id, formula: $0.formula.expression, parameters: values) }) else {
            return .failure(Diagnostic(message: "unknown activation '\(id)'"))
        }
        let points = xs.map { x -> Point in
            switch precision {
            case .double:
                return Point(x: x, y: function.value(x), dy: derivative ? function.derivative(x) : nil)
            case .float:
                let xf = Float(x)
                return Point(x: Double(xf), y: Double(function.value(xf)), dy: derivative ? function.derivative(xf).map(Double.init) : nil)
            }
        }
        return .success(ValueTable(id: id, parameters: names.map { ($0, values[$0]!) }, precision: precision,
                                   includeDerivative: derivative, points: points))
    }

    /// Numbers for print: shortest round-trip in the chosen precision.
    func format(_ value: Double?) -> String {
        guard let value else { return "undefined" }
        if precision == .float, value.isFinite { return "\(Float(value))" }
        return NumberFormatting.roundTrip(value)
    }

    public func json() -> JSONValue {
        .object([
            ("id", .string(id)),
            ("parameters", .object(parameters.map { ($0.0, .number($0.1)) })),
            ("precision", .string(precision.rawValue)),
            ("points", .array(points.map { p in
                var fields: [(String, JSONValue)] = [("x", number(p.x)), ("y", number(p.y))]
                if includeDerivative { fields.append(("dy", p.dy.map(number) ?? .null)) }
                return .object(fields)
            })),
        ])
    }

    /// In Float precision, JSON numbers are the Float's shortest decimal, not the Double's.
    private func number(_ value: Double) -> JSONValue {
        if precision == .float, value.isFinite, let parsed = Double("\(Float(value))") { return .number(parsed) }
        return .number(value)
    }

    public func rendered(_ format: TableFormat) -> String {
        let headers = ["x", "f(x)"] + (includeDerivative ? ["f′(x)"] : [])
        let rows = points.map { p in [self.format(p.x), self.format(p.y)] + (includeDerivative ? [self.format(p.dy)] : []) }
        let numeric = headers.map { _ in true }
        switch format {
        case .json: return json().rendered() + "\n"
        case .csv: return TableRendering.csv(headers: ["x", "y"] + (includeDerivative ? ["dy"] : []), rows: rows)
        case .markdown: return TableRendering.markdown(headers: headers, rows: rows, numeric: numeric) + "\n"
        case .latex: return TableRendering.latex(headers: headers, rows: rows, numeric: numeric) + "\n"
        case .text:
            let title = id + (parameters.isEmpty ? "" : " (" + parameters.map { "\($0.0) = \(NumberFormatting.roundTrip($0.1))" }.joined(separator: ", ") + ")")
                + ", \(precision.rawValue) precision"
            return title + "\n" + TableRendering.box(headers: headers, rows: rows, numeric: numeric) + "\n"
        }
    }
}
