import Diagnostics
import Formula

/// One activation as written in `Content/activations/<id>.md`: its front matter,
/// typed, and its Markdown body, split into sections. Produced by `ActivationFileParser`;
/// every field has already been checked.
public struct ActivationDocument: Sendable {
    public var id: String
    /// The path the file was read from, as the user would name it.
    public var path: String
    public var name: String
    public var fullName: String?
    public var aliases: [String]
    public var formula: FormulaSource
    public var parameters: [ParameterDeclaration]
    public var constants: [ConstantDeclaration]
    public var year: Int?
    public var paper: Paper?
    public var frameworks: [FrameworkName]
    public var approximates: Reference?
    public var related: [Reference]
    public var plotView: PlotView?
    public var body: MarkdownBody

    /// Parameter default values by name: what a built-in implementation takes
    /// (constants such as SELU's λ are part of the built-in itself).
    public var parameterDefaults: [String: Double] {
        Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.defaultValue) })
    }

    /// Parameter default values and constant values, by name: what evaluating the
    /// formula as written needs.
    public var defaultValues: [String: Double] {
        var values: [String: Double] = [:]
        for p in parameters { values[p.name] = p.defaultValue }
        for c in constants { values[c.name] = c.value }
        return values
    }

    /// Display symbols by name (α for `alpha`), for rendering formulas.
    public var symbols: [String: String] {
        var symbols: [String: String] = [:]
        for p in parameters { symbols[p.name] = p.symbol }
        for c in constants { symbols[c.name] = c.symbol }
        return symbols
    }
}

/// The formula as written, where it is, and what it parsed to.
public struct FormulaSource: Sendable {
    public var text: String
    public var expression: Expression
    /// The file position of the formula's first character.
    public var location: SourceLocation
}

/// A tunable parameter of an activation (`negative_slope`, `alpha`, …).
public struct ParameterDeclaration: Hashable, Sendable {
    public var name: String
    public var defaultValue: Double
    public var symbol: String
    public var description: String
    public var learnable: Bool
    /// The values worth exploring (the explorer's slider), when the file gives them.
    public var range: ClosedRange<Double>?
    public var location: SourceLocation?
}

/// A fixed named number in a formula (SELU's λ and α): shown by symbol, never tuned.
public struct ConstantDeclaration: Hashable, Sendable {
    public var name: String
    public var value: Double
    public var symbol: String
    public var description: String
}

/// The paper that introduced an activation.
public struct Paper: Hashable, Sendable {
    public var title: String
    public var authors: String?
    public var url: String?
}

/// The machine-learning frameworks Nonlin documents names for.
public enum Framework: String, CaseIterable, Hashable, Sendable, Comparable {
    case pytorch, jax, keras, keras2

    public var displayName: String {
        switch self {
        case .pytorch: "PyTorch"
        case .jax: "JAX"
        case .keras: "Keras 3"
        case .keras2: "Keras 2"
        }
    }

    public static func < (a: Framework, b: Framework) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One name an activation has in a framework, with its default arguments.
public struct FrameworkName: Hashable, Sendable {
    public var framework: Framework
    public var name: String
    /// The default-argument text as in the framework's signature, e.g. `negative_slope=0.01`.
    public var defaults: String
    /// Where this framework differs from the others or from the formula.
    public var note: String?
}

/// An id named in front matter (`related`, `approximates`), with where it was written,
/// so a dangling reference can be reported at its position.
public struct Reference: Hashable, Sendable {
    public var id: String
    public var location: SourceLocation?
}

/// The plot window a page asks for; absent values are chosen automatically.
public struct PlotView: Hashable, Sendable {
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>?
}
