import Formula

/// A formula compiled for evaluation: f, f′ and f″ as closures (from `Expression.compiled`),
/// for one x at a time, and f and f′ as `Program`s, for many x at once (the analysis grid).
@usableFromInline
struct InterpretedFunction: Sendable {
    @usableFromInline let value: @Sendable (Double) -> Double
    @usableFromInline let valueFloat: @Sendable (Float) -> Float
    @usableFromInline let derivative: @Sendable (Double) -> Double
    @usableFromInline let derivativeFloat: @Sendable (Float) -> Float
    let secondDerivative: @Sendable (Double) -> Double
    let valueProgram: Program
    let derivativeProgram: Program
}
