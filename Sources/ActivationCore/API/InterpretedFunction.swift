import Formula

/// A formula prepared for evaluation: f and f′ as `Program`s, for one x at a time (the
/// closures `value` and `derivative`) and for many x at once (the analysis grid, plots).
/// A class, so that reaching one closure through `ActivationFunction` retains one object,
/// not all its fields.
///
/// What the site never asks for is made when asked: f″ (unless the breakpoint searches
/// made it already) and the `Float` closures.
@usableFromInline
final class InterpretedFunction: Sendable {
    @usableFromInline let value: @Sendable (Double) -> Double
    @usableFromInline let derivative: @Sendable (Double) -> Double
    let valueProgram: Program
    let derivativeProgram: Program
    /// f′ and f in one program (their common parts once), for the analysis grid;
    /// `derivativeProgram` is its first part.
    let derivativeAndValueProgram: Program
    let formula: Expression
    /// f′ as an expression, from which f″ is made.
    let derivativeExpression: Expression
    let parameters: [String: Double]
    /// f″ = `derivativeExpression.derivativeForEvaluation()` and its program, when made already.
    private let knownSecondDerivative: (expression: Expression?, program: Program?)

    /// `derivativeProgram` is `derivativeAndValueProgram.withoutOthers`; `scalarCodes` are
    /// the `scalarCode`s of `valueProgram` and `derivativeProgram` (the closures use them).
    init(formula: Expression, derivative: Expression, parameters: [String: Double], valueProgram: Program,
         derivativeAndValueProgram: Program, derivativeProgram: Program, scalarCodes: (value: ScalarCode, derivative: ScalarCode),
         secondDerivative: (Expression?, Program?)) {
        self.formula = formula
        self.derivativeExpression = derivative
        self.parameters = parameters
        self.valueProgram = valueProgram
        self.derivativeAndValueProgram = derivativeAndValueProgram
        self.derivativeProgram = derivativeProgram
        let (valueCode, derivativeCode) = scalarCodes
        self.value = { valueCode.evaluate(at: $0) }
        self.derivative = { derivativeCode.evaluate(at: $0) }
        self.knownSecondDerivative = secondDerivative
    }

    /// f″ as a program: the one the breakpoint searches made, else made now (from their f″
    /// if they made that).
    func secondDerivativeProgram() -> Program {
        if let program = knownSecondDerivative.program { return program }
        let expression = knownSecondDerivative.expression ?? derivativeExpression.derivativeForEvaluation()
        return expression.program(parameters: parameters)
    }

    /// f in single precision, compiled at each use: evaluate many values through one use
    /// (the buffer entry points do).
    @usableFromInline var valueFloat: @Sendable (Float) -> Float {
        formula.compiledFloat(parameters: parameters.mapValues(Float.init))
    }

    /// f′ in single precision, compiled at each use (see `valueFloat`).
    @usableFromInline var derivativeFloat: @Sendable (Float) -> Float {
        derivativeExpression.compiledFloat(parameters: parameters.mapValues(Float.init))
    }
}
