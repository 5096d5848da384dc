import RealModule

/// The built-in activations: careful, generic implementations of each function and its
/// derivative, for any `Real & BinaryFloatingPoint` type (in practice `Float` and `Double`).
///
/// Naming: `name(_:)` is the function, `nameDerivative(_:)` its first derivative; parameters
/// are labelled arguments named after the catalog's parameter names (`negative_slope` is
/// `negativeSlope:`), without defaults: `Catalog.parameters(ofBuiltIn:)` holds the defaults.
///
/// Conventions:
/// - `Float` is evaluated in `Double` and rounded once, so `Float` results are within about
///   half an ulp of the exact value; piecewise-linear functions are computed in `T` directly.
/// - At a kink or a jump the derivative functions return the derivative of the piece that
///   contains the point (the piece the value is computed from, stated per function). The
///   true derivative does not exist there: `ActivationFunction.derivative(_:)` returns `nil`.
/// - NaN in gives NaN out; ±∞ give the limits.
/// - No intermediate overflows or cancels where the result is finite and representable:
///   each function documents the rearrangement it uses.
public enum BuiltIns {}
