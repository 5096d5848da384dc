import Diagnostics

extension Algebra {
    /// base^exponent in normal form.
    static func power(_ base: Expression, _ exponent: Expression, range: SourceRange) -> Expression {
        if let n = exponent.numberValue {
            if n == 0 { return .number(1, range) }
            if n == 1 { return base }
            if let m = base.numberValue, let folded = foldable(StableMath.power(m, n)) { return .number(folded, range) }
            let integral = n == n.rounded()
            // Exponents and coefficients that would overflow are not folded (see `product`).
            if case .binary(.power, let inner, let k) = base.kind, let k = k.numberValue, integral, (k * n).isFinite {
                return power(inner, .number(Algebra.tidy(k * n), range), range: range)
            }
            if case .call(.sqrt, let arguments) = base.kind, n == 2 { return arguments[0] }
            if integral, isProduct(base) {
                var form = ProductForm()
                form.collect(base, inverted: false)
                form.numerator = StableMath.power(form.numerator, n)
                form.denominator = StableMath.power(form.denominator, n)
                for i in form.factors.indices { form.factors[i].exponent *= n }
                if form.numerator.isFinite, form.denominator.isFinite, form.denominator != 0,
                   form.factors.allSatisfy({ $0.exponent.isFinite }) {
                    return build(form, range: range)
                }
            }
        }
        if base.isNumber(1) { return base }
        return base.raised(to: exponent).at(range)
    }

    static func isProduct(_ e: Expression) -> Bool {
        switch e.kind {
        case .binary(.multiply, _, _), .binary(.divide, _, _), .negate: true
        default: false
        }
    }

    /// A function call with its argument(s) already simplified.
    static func call(_ function: MathFunction, _ arguments: [Expression], range: SourceRange) -> Expression {
        // All arguments numbers: folded when the result reads short (no array of the values).
        if let a = arguments[0].numberValue, arguments.count < 2 || arguments[1].numberValue != nil,
           arguments.count < 3 || arguments[2].numberValue != nil,
           let folded = foldable(StableMath.apply(function, a, arguments.count > 1 ? arguments[1].numberValue! : 0,
                                                  arguments.count > 2 ? arguments[2].numberValue! : 0)) {
            return .number(folded, range)
        }
        let u = arguments[0]
        switch function {
        case .abs:
            if case .negate(let inner) = u.kind { return call(.abs, [inner], range: range) }
            if case .call(.abs, _) = u.kind { return u }
        case .sign:
            if case .call(.sign, _) = u.kind { return u }
        case .sqrt:
            if case .binary(.power, let inner, let n) = u.kind, n.isNumber(2) { return call(.abs, [inner], range: range) }
        case .log:
            if case .call(.exp, let inner) = u.kind { return inner[0] }
        case .min, .max:
            if arguments[0] == arguments[1] { return u }
        default:
            break
        }
        return Expression(.call(function, arguments), range: range)
    }
}
