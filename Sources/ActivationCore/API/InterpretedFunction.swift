import Formula

/// A formula compiled for evaluation: f, f′ and f″ as closures (from `Expression.compiled`),
/// for one x at a time, and f and f′ as `Program`s, for many x at once (the analysis grid).
/// A class, so that reaching one closure through `ActivationFunction` retains one object,
/// not all seven fields.
@usableFromInline
final class InterpretedFunction: Sendable {
    @usableFromInline let value: @Sendable (Double) -> Double
    @usableFromInline let valueFloat: @Sendable (Float) -> Float
    @usableFromInline let derivative: @Sendable (Double) -> Double
    @usableFromInline let derivativeFloat: @Sendable (Float) -> Float
    let secondDerivative: @Sendable (Double) -> Double
    let valueProgram: Program
    let derivativeProgram: Program
    /// f′ and f in one program (their common parts once), for the analysis grid;
    /// `derivativeProgram` is its first part.
    let derivativeAndValueProgram: Program

    init(value: @escaping @Sendable (Double) -> Double, valueFloat: @escaping @Sendable (Float) -> Float,
         derivative: @escaping @Sendable (Double) -> Double, derivativeFloat: @escaping @Sendable (Float) -> Float,
         secondDerivative: @escaping @Sendable (Double) -> Double, valueProgram: Program, derivativeProgram: Program,
         derivativeAndValueProgram: Program) {
        self.value = value
        self.valueFloat = valueFloat
        self.derivative = derivative
        self.derivativeFloat = derivativeFloat
        self.secondDerivative = secondDerivative
        self.valueProgram = valueProgram
        self.derivativeProgram = derivativeProgram
        self.derivativeAndValueProgram = derivativeAndValueProgram
    }
}
