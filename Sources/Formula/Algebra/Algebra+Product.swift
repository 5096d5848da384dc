import Diagnostics

extension Algebra {
    /// A base raised to a numeric exponent; a negative exponent puts it under the fraction bar.
    struct Factor {
        var base: Expression
        var exponent: Double
    }

    /// A product or quotient taken apart: numeric coefficients above and below the
    /// fraction bar, and the other factors with their exponents.
    struct ProductForm {
        var numerator = 1.0
        var denominator = 1.0
        var factors: [Factor] = []

        mutating func collect(_ e: Expression, inverted: Bool) {
            switch e.kind {
            case .binary(.multiply, let a, let b):
                collect(a, inverted: inverted)
                collect(b, inverted: inverted)
            case .binary(.divide, let a, let b):
                collect(a, inverted: inverted)
                collect(b, inverted: !inverted)
            case .negate(let a):
                numerator = -numerator
                collect(a, inverted: inverted)
            case .number(let v) where v != 0 || !inverted:
                if inverted { denominator *= v } else { numerator *= v }
            case .binary(.power, let base, let exponent):
                if let n = exponent.numberValue {
                    add(base, inverted ? -n : n)
                } else {
                    add(e, inverted ? -1 : 1)
                }
            default:
                add(e, inverted ? -1 : 1)
            }
        }

        /// Adds a factor, merging it with an equal base already present (x·x → x²).
        mutating func add(_ base: Expression, _ exponent: Double) {
            if let i = factors.firstIndex(where: { $0.base == base }) {
                factors[i].exponent = Algebra.tidy(factors[i].exponent + exponent)
            } else {
                factors.append(Factor(base: base, exponent: exponent))
            }
        }
    }

    /// The order factors are written in: numbers, then names, then other x-free
    /// factors, then powers of x, then functions of x, then sums, then piecewise parts.
    static func rank(_ e: Expression) -> Int {
        if !e.dependsOnX {
            switch e.kind {
            case .parameter, .constant: return 0
            default: return 1
            }
        }
        switch e.kind {
        case .variable: return 2
        case .binary(.add, _, _), .binary(.subtract, _, _): return 4
        case .conditional: return 5
        default: return 3
        }
    }

    /// A product or quotient in normal form.
    static func product(_ e: Expression, range: SourceRange) -> Expression {
        if let (c, factor) = numberTimesLoneFactor(e) {
            // What `build` gives for one factor with exponent 1 and a coefficient c ≠ 0.
            let magnitude = Swift.abs(c) == 1 ? factor : .number(Swift.abs(c), range) * factor
            return (c < 0 ? -magnitude : magnitude).at(range)
        }
        var form = ProductForm()
        form.collect(e, inverted: false)
        // A coefficient or a merged exponent that overflowed (x^1e308 · x^1e308), or a division
        // by zero, is left as written: folding it would print `inf`, which the formula
        // language cannot read back.
        guard form.numerator.isFinite, form.denominator.isFinite, form.denominator != 0,
              form.factors.allSatisfy({ $0.exponent.isFinite }) else { return e }
        return build(form, range: range)
    }

    static func build(_ input: ProductForm, range: SourceRange) -> Expression {
        var form = input
        form.factors.removeAll { $0.exponent == 0 }
        // sign(u)·u = |u|
        for i in form.factors.indices where form.factors[i].exponent == 1 {
            guard case .call(.sign, let arguments) = form.factors[i].base.kind,
                  let j = form.factors.firstIndex(where: { $0.base == arguments[0] && $0.exponent == 1 }) else { continue }
            form.factors[i].base = .call(.abs, arguments[0])
            form.factors[j].exponent = 0
        }
        form.factors.removeAll { $0.exponent == 0 }
        if form.numerator == 0 { return .number(0, range) }
        if form.denominator < 0 {
            form.numerator = -form.numerator
            form.denominator = -form.denominator
        }
        reduce(&form.numerator, &form.denominator)
        // A number times a lone piecewise part goes into its branches: {1/6 if …; 0 otherwise}.
        if form.factors.count == 1, form.factors[0].exponent == 1, form.numerator != 1 || form.denominator != 1,
           case .conditional(let c, let a, let b) = form.factors[0].base.kind {
            let scale = { (branch: Expression) -> Expression in
                product(.number(form.numerator) * branch / .number(form.denominator), range: range)
            }
            return conditional(c, scale(a), scale(b), range: range)
        }
        let negative = form.numerator < 0
        let upper = form.factors.filter { $0.exponent > 0 }.sorted { rank($0.base) < rank($1.base) }
        let lower = form.factors.filter { $0.exponent < 0 }.sorted { rank($0.base) < rank($1.base) }
        var top = upper.map { power($0.base, .number($0.exponent), range: range) }
        if Swift.abs(form.numerator) != 1 || top.isEmpty { top.insert(.number(Swift.abs(form.numerator), range), at: 0) }
        var bottom = lower.map { power($0.base, .number(-$0.exponent), range: range) }
        if form.denominator != 1 { bottom.insert(.number(form.denominator, range), at: 0) }
        var result = top.dropFirst().reduce(top[0]) { $0 * $1 }
        if let first = bottom.first {
            result = result / bottom.dropFirst().reduce(first) { $0 * $1 }
        }
        return (negative ? -result : result).at(range)
    }

    /// Reduces n/d: by their greatest common divisor when both are integers, or to one
    /// number when the quotient reads short (0.5/2 → 0.25, but 1/3 stays a fraction).
    static func reduce(_ n: inout Double, _ d: inout Double) {
        guard d != 1, d != 0 else { return }
        if n == n.rounded(), d == d.rounded(), Swift.abs(n) < 1e15, d < 1e15 {
            var a = Int64(Swift.abs(n)), b = Int64(d)
            while b != 0 { (a, b) = (b, a % b) }
            if a > 1 {
                n /= Double(a)
                d /= Double(a)
            }
            return
        }
        if let q = foldable(n / d), NumberFormatting.text(q).count <= 8 {
            n = q
            d = 1
        }
    }

    /// The numeric coefficient of a term and what it multiplies (nil for a bare number).
    static func splitCoefficient(_ e: Expression) -> (Double, Expression?) {
        // c·u with c > 0: `build` would give u back as it is.
        if let (c, factor) = numberTimesLoneFactor(e), c > 0 { return (c, factor.at(e.range)) }
        switch e.kind {
        case .binary(.multiply, _, _), .binary(.divide, _, _), .binary(.power, _, _), .negate, .number:
            break
        default:
            // A lone factor with exponent 1: `build` would give it back as it is.
            return (1, e)
        }
        var form = ProductForm()
        form.collect(e, inverted: false)
        let coefficient = form.numerator
        if coefficient == 0 { return (0, nil) }
        form.numerator = coefficient < 0 ? -1 : 1
        let rest = build(form, range: e.range)
        if let value = rest.numberValue { return (coefficient * value, nil) }
        if case .negate(let inner) = rest.kind { return (-coefficient, inner) }
        return (Swift.abs(coefficient), rest)
    }

    /// c·u for a finite number c ≠ 0 and a factor u that `ProductForm.collect` takes whole
    /// (no product, quotient, power, negation, number or piecewise part): the commonest
    /// term of a derivative, whose normal form needs no `ProductForm`.
    static func numberTimesLoneFactor(_ e: Expression) -> (Double, Expression)? {
        guard case .binary(.multiply, let a, let u) = e.kind, let c = a.numberValue, c != 0, c.isFinite else { return nil }
        switch u.kind {
        case .binary(.multiply, _, _), .binary(.divide, _, _), .binary(.power, _, _), .negate, .number, .conditional:
            return nil
        default:
            return (c, u)
        }
    }
}
