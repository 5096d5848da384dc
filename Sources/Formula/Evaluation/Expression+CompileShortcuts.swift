import RealModule

extension Expression {
    /// Closures for a binary operation whose operand is `x` itself or a constant, which
    /// save a closure call per operand: `x * c`, `c * u`, `u + c`, `u / c`, `x^n`…
    static func binaryShortcut<T: Real & BinaryFloatingPoint & Sendable>(
        _ op: BinaryOperator, _ a: Expression, _ b: Expression, parameters: [String: T]
    ) -> (@Sendable (T) -> T)? {
        let isX = { (e: Expression) -> Bool in if case .variable = e.kind { return true } else { return false } }
        if !b.dependsOnX {
            let c = b.evaluate(at: T.zero, parameters: parameters)
            if isX(a) {
                switch op {
                case .add: return { $0 + c }
                case .subtract: return { $0 - c }
                case .multiply: return { $0 * c }
                case .divide: return { $0 / c }
                case .power: return nil
                }
            }
            let f = a.compile(parameters: parameters)
            switch op {
            case .add: return { f($0) + c }
            case .subtract: return { f($0) - c }
            case .multiply: return { f($0) * c }
            case .divide: return { f($0) / c }
            case .power: return nil
            }
        }
        if !a.dependsOnX {
            let c = a.evaluate(at: T.zero, parameters: parameters)
            if isX(b) {
                switch op {
                case .add: return { c + $0 }
                case .subtract: return { c - $0 }
                case .multiply: return { c * $0 }
                case .divide: return { c / $0 }
                case .power: return { StableMath.power(c, $0) }
                }
            }
            let g = b.compile(parameters: parameters)
            switch op {
            case .add: return { c + g($0) }
            case .subtract: return { c - g($0) }
            case .multiply: return { c * g($0) }
            case .divide: return { c / g($0) }
            case .power: return { StableMath.power(c, g($0)) }
            }
        }
        if isX(a), op == .multiply || op == .add {
            let g = b.compile(parameters: parameters)
            if op == .multiply { return { $0 * g($0) } }
            return { $0 + g($0) }
        }
        return nil
    }
}
