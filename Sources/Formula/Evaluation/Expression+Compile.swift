import RealModule

extension Expression {
    /// A closure tree that evaluates the formula in Double: names are resolved once, so
    /// a call does no dictionary look-ups. Missing parameters are NaN.
    public func compiled(parameters: [String: Double]) -> @Sendable (Double) -> Double {
        compile(parameters: parameters)
    }

    /// As `compiled(parameters:)`, in Float.
    public func compiledFloat(parameters: [String: Float]) -> @Sendable (Float) -> Float {
        compile(parameters: parameters)
    }

    /// The generic closure compiler behind `compiled` and `compiledFloat`.
    public func compile<T: Real & BinaryFloatingPoint & Sendable>(parameters: [String: T]) -> @Sendable (T) -> T {
        // A part that does not depend on x is computed once.
        if !dependsOnX, !isCondition {
            let c = evaluate(at: T.zero, parameters: parameters)
            return { _ in c }
        }
        switch kind {
        case .number(let value):
            let c = T(value)
            return { _ in c }
        case .variable:
            return { $0 }
        case .constant(let constant):
            let c = T(constant.value)
            return { _ in c }
        case .parameter(let name):
            let c = parameters[name] ?? .nan
            return { _ in c }
        case .negate(let a):
            let f = a.compile(parameters: parameters)
            return { -f($0) }
        case .binary(let op, let a, let b):
            if let fast = Self.binaryShortcut(op, a, b, parameters: parameters) { return fast }
            let f = a.compile(parameters: parameters), g = b.compile(parameters: parameters)
            switch op {
            case .add: return { f($0) + g($0) }
            case .subtract: return { f($0) - g($0) }
            case .multiply: return { f($0) * g($0) }
            case .divide: return { f($0) / g($0) }
            case .power:
                if case .number(let n) = b.kind {
                    if n == 2 { return { let u = f($0); return u * u } }
                    if n == 3 { return { let u = f($0); return u * u * u } }
                    let exponent = T(n)
                    return { StableMath.power(f($0), exponent) }
                }
                return { StableMath.power(f($0), g($0)) }
            }
        case .call(let function, let arguments):
            let fs = arguments.map { $0.compile(parameters: parameters) }
            switch fs.count {
            case 1:
                return Self.unary(function, fs[0])
            case 2:
                let f = fs[0], g = fs[1]
                return { StableMath.apply(function, f($0), g($0)) }
            default:
                let f = fs[0], g = fs[1], h = fs[2]
                return { StableMath.apply(function, f($0), g($0), h($0)) }
            }
        case .conditional(let condition, let then, let otherwise):
            let test = condition.compileCondition(parameters: parameters)
            let f = then.compile(parameters: parameters), g = otherwise.compile(parameters: parameters)
            return { x in
                switch test(x) {
                case true?: f(x)
                case false?: g(x)
                case nil: .nan
                }
            }
        case .comparison, .logical:
            let test = compileCondition(parameters: parameters)
            return { x in test(x).map { $0 ? 1 : 0 } ?? .nan }
        }
    }

    /// A one-argument function applied to `f`, chosen once at compile time.
    static func unary<T: Real & BinaryFloatingPoint & Sendable>(
        _ function: MathFunction, _ f: @escaping @Sendable (T) -> T
    ) -> @Sendable (T) -> T {
        switch function {
        case .exp: { T.exp(f($0)) }
        case .log: { T.log(f($0)) }
        case .log1p: { T.log(onePlus: f($0)) }
        case .expm1: { T.expMinusOne(f($0)) }
        case .sqrt: { T.sqrt(f($0)) }
        case .abs: { Swift.abs(f($0)) }
        case .sign: { StableMath.sign(f($0)) }
        case .tanh: { T.tanh(f($0)) }
        case .sinh: { T.sinh(f($0)) }
        case .cosh: { T.cosh(f($0)) }
        case .sin: { T.sin(f($0)) }
        case .cos: { T.cos(f($0)) }
        case .atan: { T.atan(f($0)) }
        case .erf: { T.erf(f($0)) }
        case .erfc: { T.erfc(f($0)) }
        case .sigmoid: { StableMath.sigmoid(f($0)) }
        case .softplus: { StableMath.softplus(f($0)) }
        case .phi: { StableMath.phi(f($0)) }
        case .min, .max, .clamp: { StableMath.apply(function, f($0)) }
        }
    }

    /// A condition as a closure; nil means a NaN was compared.
    func compileCondition<T: Real & BinaryFloatingPoint & Sendable>(parameters: [String: T]) -> @Sendable (T) -> Bool? {
        switch kind {
        case .comparison(let op, let a, let b):
            let f = a.compile(parameters: parameters), g = b.compile(parameters: parameters)
            return { op.holds(f($0), g($0)) }
        case .logical(let op, let a, let b):
            let p = a.compileCondition(parameters: parameters), q = b.compileCondition(parameters: parameters)
            return { x in
                guard let u = p(x), let v = q(x) else { return nil }
                return op == .and ? (u && v) : (u || v)
            }
        default:
            let f = compile(parameters: parameters)
            return { x in let v = f(x); return v.isNaN ? nil : v != 0 }
        }
    }
}
