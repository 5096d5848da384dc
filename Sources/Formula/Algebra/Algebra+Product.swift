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
        var factors: [Factor]

        init() {
            // Room for the usual few factors, so that collecting them allocates once.
            factors = []
            factors.reserveCapacity(4)
        }

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
            for i in factors.indices where factors[i].base == base {
                factors[i].exponent = Algebra.tidy(factors[i].exponent + exponent)
                return
            }
            factors.append(Factor(base: base, exponent: exponent))
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
        switch e.kind {
        case .binary(.multiply, let a, let b): product(a, times: b, written: e, range: range)
        case .binary(.divide, let a, let b): product(a, over: b, written: e, range: range)
        default: product(collecting: { $0.collect(e, inverted: false) }, written: e, range: range)
        }
    }

    /// `product(a * b)`, without making the node a · b unless it is the result.
    static func product(_ a: Expression, times b: Expression, range: SourceRange) -> Expression {
        product(a, times: b, written: a * b, range: range)
    }

    /// `product(a / b)`, without making the node a / b unless it is the result.
    static func product(_ a: Expression, over b: Expression, range: SourceRange) -> Expression {
        product(a, over: b, written: a / b, range: range)
    }

    private static func product(_ a: Expression, times b: Expression, written e: @autoclosure () -> Expression,
                                range: SourceRange) -> Expression {
        if let c = a.numberValue, c != 0, c.isFinite, isLoneFactor(b) {
            // What `build` gives for one factor with exponent 1 and a coefficient c ≠ 0.
            let magnitude = Swift.abs(c) == 1 ? b : .number(Swift.abs(c), range) * b
            return (c < 0 ? -magnitude : magnitude).at(range)
        }
        return product(collecting: {
            $0.collect(a, inverted: false)
            $0.collect(b, inverted: false)
        }, written: e(), range: range)
    }

    private static func product(_ a: Expression, over b: Expression, written e: @autoclosure () -> Expression,
                                range: SourceRange) -> Expression {
        product(collecting: {
            $0.collect(a, inverted: false)
            $0.collect(b, inverted: true)
        }, written: e(), range: range)
    }

    /// The normal form of the factors `collect` gathers; `e` (made only then) when folding
    /// them would overflow.
    private static func product(collecting collect: (inout ProductForm) -> Void, written e: @autoclosure () -> Expression,
                                range: SourceRange) -> Expression {
        var form = ProductForm()
        collect(&form)
        // A coefficient or a merged exponent that overflowed (x^1e308 · x^1e308), or a division
        // by zero, is left as written: folding it would print `inf`, which the formula
        // language cannot read back.
        guard form.numerator.isFinite, form.denominator.isFinite, form.denominator != 0,
              form.factors.allSatisfy({ $0.exponent.isFinite }) else { return e() }
        return build(form, range: range)
    }

    static func build(_ input: consuming ProductForm, range: SourceRange) -> Expression {
        var form = input
        // Removing nothing would still copy the array when its buffer is shared: look first.
        if form.factors.contains(where: { $0.exponent == 0 }) { form.factors.removeAll { $0.exponent == 0 } }
        // sign(u)·u = |u|
        var merged = false
        for i in form.factors.indices where form.factors[i].exponent == 1 {
            guard case .call(.sign, let arguments) = form.factors[i].base.kind,
                  let j = form.factors.firstIndex(where: { $0.base == arguments[0] && $0.exponent == 1 }) else { continue }
            form.factors[i].base = .call(.abs, arguments[0])
            form.factors[j].exponent = 0
            merged = true
        }
        if merged { form.factors.removeAll { $0.exponent == 0 } }
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
        let magnitude = Swift.abs(form.numerator)
        // Above the bar: |numerator| unless it is 1 (or nothing else is there), then the
        // factors with positive exponents; below it: the denominator unless it is 1, then
        // the others. Each side lists its factors by rank, in their order within a rank (as a
        // stable sort would), multiplied from the left.
        let count = form.factors.count
        let result = withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { ranks -> Expression in
            // ranks[i]: the rank of factor i, plus 8 when it stands below the bar.
            var hasUpper = false, present = 0
            for i in 0..<count {
                let upper = form.factors[i].exponent > 0
                ranks[i] = rank(form.factors[i].base) + (upper ? 0 : 8)
                hasUpper = hasUpper || upper
                present |= 1 << ranks[i]
            }
            func side(_ offset: Int, _ leading: Expression?) -> Expression? {
                var product = leading
                for r in offset..<(offset + 6) where present & (1 << r) != 0 {
                    for i in 0..<count where ranks[i] == r {
                        let exponent = Swift.abs(form.factors[i].exponent)
                        // `power` gives a base with exponent 1 back as it is.
                        let term = exponent == 1 ? form.factors[i].base
                            : power(form.factors[i].base, .number(exponent, range), range: range)
                        product = product.map { $0 * term } ?? term
                    }
                }
                return product
            }
            let top = side(0, magnitude != 1 || !hasUpper ? .number(magnitude, range) : nil)!
            guard let bottom = side(8, form.denominator != 1 ? .number(form.denominator, range) : nil) else { return top }
            return top / bottom
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
        switch e.kind {
        case .binary(.multiply, let a, let u):
            // c·u with c > 0: `build` would give u back as it is.
            if let c = a.numberValue, c > 0, c.isFinite, isLoneFactor(u) { return (c, u.at(e.range)) }
        case .binary(.power, let base, let exponent):
            if isPlainPower(base, exponent) { return (1, e) }
        case .binary(.divide, _, _), .negate, .number:
            break
        default:
            // A lone factor with exponent 1: `build` would give it back as it is.
            return (1, e)
        }
        return splitCoefficientByProductForm(e)
    }

    /// `splitCoefficient` taken the long way: the term collected into a `ProductForm` and
    /// built again without its coefficient.
    static func splitCoefficientByProductForm(_ e: Expression) -> (Double, Expression?) {
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

    /// Whether `build` gives base^n (n a number) back as it is, so that the term needs no
    /// `ProductForm`: `collect` takes it as the one factor base with exponent n, and n > 0,
    /// n ≠ 1 and finite keep it above the bar as base^n, which `power` leaves alone unless
    /// base is a number, a power, a product (for whole n) or a square root (for n = 2):
    /// those are left to the long way.
    static func isPlainPower(_ base: Expression, _ exponent: Expression) -> Bool {
        guard let n = exponent.numberValue, n > 0, n != 1, n.isFinite else { return false }
        switch base.kind {
        case .number, .binary(.power, _, _), .binary(.multiply, _, _), .binary(.divide, _, _), .negate, .call(.sqrt, _):
            return false
        default:
            return true
        }
    }

    /// Whether `ProductForm.collect` takes `u` whole with exponent 1 (no product, quotient,
    /// power, negation, number or piecewise part), and `build` gives it back as it is: c·u,
    /// the commonest term of a derivative, then needs no `ProductForm`.
    static func isLoneFactor(_ u: Expression) -> Bool {
        switch u.kind {
        case .binary(.multiply, _, _), .binary(.divide, _, _), .binary(.power, _, _), .negate, .number, .conditional:
            false
        default:
            true
        }
    }
}
