extension Expression {
    /// slope·x + intercept when the expression is linear in x (for given parameter
    /// values); nil otherwise. Used to find switch points exactly.
    func linearCoefficients(parameters: [String: Double]) -> (slope: Double, intercept: Double)? {
        if !dependsOnX { return (0, evaluate(at: 0.0, parameters: parameters)) }
        switch kind {
        case .variable:
            return (1, 0)
        case .negate(let a):
            return a.linearCoefficients(parameters: parameters).map { (-$0.slope, -$0.intercept) }
        case .binary(.add, let a, let b), .binary(.subtract, let a, let b):
            guard let p = a.linearCoefficients(parameters: parameters), let q = b.linearCoefficients(parameters: parameters) else { return nil }
            if case .binary(.add, _, _) = kind { return (p.slope + q.slope, p.intercept + q.intercept) }
            return (p.slope - q.slope, p.intercept - q.intercept)
        case .binary(.multiply, let a, let b):
            guard let p = a.linearCoefficients(parameters: parameters), let q = b.linearCoefficients(parameters: parameters) else { return nil }
            if p.slope == 0 { return (p.intercept * q.slope, p.intercept * q.intercept) }
            if q.slope == 0 { return (p.slope * q.intercept, p.intercept * q.intercept) }
            return nil
        case .binary(.divide, let a, let b) where !b.dependsOnX:
            let d = b.evaluate(at: 0.0, parameters: parameters)
            return a.linearCoefficients(parameters: parameters).map { ($0.slope / d, $0.intercept / d) }
        default:
            return nil
        }
    }
}
