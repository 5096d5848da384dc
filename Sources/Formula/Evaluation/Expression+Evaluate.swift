import RealModule

extension Expression {
    /// The formula's value at `x`, computed in `T` (Float or Double) with IEEE behaviour.
    ///
    /// A parameter missing from `parameters` evaluates to NaN. An `if` whose condition
    /// compares a NaN is NaN (neither branch is taken). For repeated evaluation use
    /// `compiled(parameters:)`, which resolves names once.
    public func evaluate<T: Real & BinaryFloatingPoint>(at x: T, parameters: [String: T]) -> T {
        switch kind {
        case .number(let value): return T(value)
        case .variable: return x
        case .constant(let c): return T(c.value)
        case .parameter(let name): return parameters[name] ?? .nan
        case .negate(let a): return -a.evaluate(at: x, parameters: parameters)
        case .binary(let op, let a, let b):
            return StableMath.apply(op, a.evaluate(at: x, parameters: parameters), b.evaluate(at: x, parameters: parameters))
        case .call(let function, let arguments):
            let values = arguments.map { $0.evaluate(at: x, parameters: parameters) }
            return StableMath.apply(function, values[0], values.count > 1 ? values[1] : 0, values.count > 2 ? values[2] : 0)
        case .conditional(let condition, let then, let otherwise):
            switch condition.truth(at: x, parameters: parameters) {
            case true?: return then.evaluate(at: x, parameters: parameters)
            case false?: return otherwise.evaluate(at: x, parameters: parameters)
            case nil: return .nan
            }
        case .comparison, .logical:
            return truth(at: x, parameters: parameters).map { $0 ? 1 : 0 } ?? .nan
        }
    }

    /// The truth of a condition at `x`; nil when a comparison involves NaN.
    public func truth<T: Real & BinaryFloatingPoint>(at x: T, parameters: [String: T]) -> Bool? {
        switch kind {
        case .comparison(let op, let a, let b):
            return op.holds(a.evaluate(at: x, parameters: parameters), b.evaluate(at: x, parameters: parameters))
        case .logical(let op, let a, let b):
            guard let p = a.truth(at: x, parameters: parameters), let q = b.truth(at: x, parameters: parameters) else { return nil }
            return op == .and ? (p && q) : (p || q)
        default:
            let value = evaluate(at: x, parameters: parameters)
            return value.isNaN ? nil : value != 0
        }
    }
}
