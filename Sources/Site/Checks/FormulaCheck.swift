import ActivationCore
import Content
import Diagnostics

/// `nonlin check`'s core: holds each activation's written formula against its built-in
/// on a dense grid and reports the worst disagreement at the formula's position. This is
/// what catches a typo such as 0.047715 for 0.044715 before it is published.
public enum FormulaCheck {
    /// Relative tolerance where values are not tiny. Below `tinyScale` in magnitude the
    /// error is measured against `tinyScale` instead, so a formula written in a
    /// cancellation-prone textbook form (0.5x(1 + tanh(…)) far in the negative tail) is
    /// not blamed for rounding that has nothing to do with a wrong constant.
    public static let relativeTolerance = 1e-12
    static let tinyScale = 1e-3
    static let gridCount = 4001

    public static func check(_ content: LoadedContent, source: (String) -> String?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for document in content.activations {
            guard let builtIn = Catalog.builtIn(document.id, parameters: document.parameterDefaults) else { continue }
            let written = Catalog.interpreted(id: document.id, formula: document.formula.expression, parameters: document.defaultValues)
            guard let worst = worstMismatch(builtIn, written, domain: -20...20) else { continue }
            let text = SourceText(path: document.path, text: source(document.path) ?? "")
            let end = SourceLocation(line: document.formula.location.line,
                                     column: document.formula.location.column + document.formula.text.unicodeScalars.count)
            diagnostics.append(text.diagnostic(
                .error, SourceRange(start: document.formula.location, end: end),
                "formula disagrees with the built-in '\(document.id)': at x = \(NumberFormatting.roundTrip(worst.x)) the formula gives \(NumberFormatting.roundTrip(worst.written)), the built-in \(NumberFormatting.roundTrip(worst.builtIn))",
                hint: "check the formula's constants and operators against the original paper (relative error \(NumberFormatting.display(worst.relativeError, significant: 3)))"
            ))
        }
        return diagnostics
    }

    public struct Mismatch: Sendable {
        public var x: Double
        public var written: Double
        public var builtIn: Double
        public var relativeError: Double
    }

    /// The grid point where the two functions differ most, if anywhere beyond tolerance.
    /// Points within 1e-9 of a breakpoint are skipped (which side a kink takes is a convention).
    public static func worstMismatch(_ a: ActivationFunction, _ b: ActivationFunction, domain: ClosedRange<Double>) -> Mismatch? {
        let breakpoints = (a.breakpoints + b.breakpoints).map(\.x)
        var worst: Mismatch?
        for i in 0..<gridCount {
            let x = domain.lowerBound + (domain.upperBound - domain.lowerBound) * Double(i) / Double(gridCount - 1)
            if breakpoints.contains(where: { abs($0 - x) < 1e-9 }) { continue }
            let u = a.value(x), v = b.value(x)
            if u.isNaN && v.isNaN { continue }
            if u == v { continue }
            let error = abs(u - v) / max(abs(u), abs(v), tinyScale)
            if error > relativeTolerance || u.isNaN != v.isNaN, error > (worst?.relativeError ?? 0) || worst == nil {
                worst = Mismatch(x: x, written: v, builtIn: u, relativeError: error.isNaN ? .infinity : error)
            }
        }
        return worst
    }
}
