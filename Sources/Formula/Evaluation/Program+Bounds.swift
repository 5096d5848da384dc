import RealModule

extension Program {
    /// The values at `xs` (sorted ascending), except where a stretch of them is certainly
    /// finite and of one sign: there each holds 1 or −1 instead of its value. Enough for a
    /// search for sign changes, which then evaluates only the stretches it cannot rule out.
    ///
    /// A stretch is ruled out by bounding every instruction over the stretch's x range
    /// (`bounds(over:_:)`); a stretch that cannot be is halved, down to 32 points, which
    /// are evaluated as `evaluate(_:)` would.
    public func valuesOrSigns(_ xs: [Double]) -> [Double] {
        valuesOrSignsAndRuledOut(xs).values
    }

    /// `valuesOrSigns(_:)`, and the stretches of indices it ruled out (each holding one
    /// sign, ±1), in increasing order.
    func valuesOrSignsAndRuledOut(_ xs: [Double]) -> (values: [Double], ruledOut: [Range<Int>]) {
        var ruledOut: [Range<Int>] = []
        let values = [Double](unsafeUninitializedCapacity: xs.count) { output, count in
            xs.withUnsafeBufferPointer { input in
                withUnsafeTemporaryAllocation(of: ValueBounds.self, capacity: instructions.count) { scratch in
                    fill(input, output, 0, input.count, scratch, &ruledOut)
                }
            }
            count = xs.count
        }
        return (values, ruledOut)
    }

    private func fill(_ input: UnsafeBufferPointer<Double>, _ output: UnsafeMutableBufferPointer<Double>,
                      _ start: Int, _ end: Int, _ scratch: UnsafeMutableBufferPointer<ValueBounds>,
                      _ ruledOut: inout [Range<Int>]) {
        if end - start > 32, let bounds = bounds(over: input[start], input[end - 1], scratch) {
            if bounds.lower > 0 || bounds.upper < 0 {
                let sign: Double = bounds.lower > 0 ? 1 : -1
                for i in start..<end { output[i] = sign }
                ruledOut.append(start..<end)
                return
            }
        }
        if end - start <= 32 {
            evaluate(UnsafeBufferPointer(rebasing: input[start..<end]), into: UnsafeMutableBufferPointer(rebasing: output[start..<end]))
            return
        }
        let middle = start + (end - start) / 2
        fill(input, output, start, middle, scratch, &ruledOut)
        fill(input, output, middle, end, scratch, &ruledOut)
    }

    /// Bounds on the values at every x in [lo, hi] (see `bounds(over:_:)`), nil when the
    /// program cannot be bounded there.
    public func range(over lo: Double, _ hi: Double) -> ClosedRange<Double>? {
        guard let bounds = bounds(over: lo, hi), bounds.lower <= bounds.upper else { return nil }
        return bounds.lower...bounds.upper
    }

    /// Bounds on the result over every x in [lo, hi], nil when some instruction cannot be
    /// bounded there (it may be NaN or infinite, or is not handled).
    ///
    /// Arithmetic is bounded through the monotonicity of rounding (a correctly rounded +, −,
    /// ×, ÷ of values inside the operands' bounds lies between the rounded results at the
    /// corners), widened by an ulp for good measure. A library function is bounded through
    /// the monotonicity of the exact function, widened by `ValueBounds.libraryError`, far
    /// more than any libm's error.
    func bounds(over lo: Double, _ hi: Double) -> ValueBounds? {
        withUnsafeTemporaryAllocation(of: ValueBounds.self, capacity: instructions.count) { bounds(over: lo, hi, $0) }
    }

    private func bounds(over lo: Double, _ hi: Double, _ b: UnsafeMutableBufferPointer<ValueBounds>) -> ValueBounds? {
        for (k, instruction) in instructions.enumerated() {
            guard let value = Self.bounds(of: instruction, x: ValueBounds(lower: lo, upper: hi), b) else { return nil }
            b[k] = value
        }
        return b[result]
    }

    private static func bounds(of instruction: Instruction, x: ValueBounds, _ b: UnsafeMutableBufferPointer<ValueBounds>) -> ValueBounds? {
        switch instruction {
        case .x:
            return x
        case .constant(let c):
            return ValueBounds.rounded(c, c)
        case .negate(let a):
            return ValueBounds(lower: -b[a].upper, upper: -b[a].lower)
        case .binary(let op, let a, let c):
            let u = b[a], v = b[c]
            switch op {
            case .add: return .rounded(u.lower + v.lower, u.upper + v.upper)
            case .subtract: return .rounded(u.lower - v.upper, u.upper - v.lower)
            case .multiply: return .corners(u, v, *)
            case .divide: return v.lower > 0 || v.upper < 0 ? .corners(u, v, /) : nil
            case .power: return nil
            }
        case .power(let a, let exponent):
            let u = b[a]
            if exponent == 2 {
                let l = u.lower * u.lower, h = u.upper * u.upper
                if u.lower >= 0 { return .rounded(l, h) }
                if u.upper <= 0 { return .rounded(h, l) }
                return .rounded(0, Swift.max(l, h))
            }
            // u·u·u rounded twice is still non-decreasing in u.
            if exponent == 3 { return .rounded(u.lower * u.lower * u.lower, u.upper * u.upper * u.upper) }
            return nil
        case .unary(let function, let a):
            return unaryBounds(function, b[a])
        case .binaryCall(let function, let a, let c):
            let u = b[a], v = b[c]
            switch function {
            case .max: return ValueBounds(lower: Swift.max(u.lower, v.lower), upper: Swift.max(u.upper, v.upper))
            case .min: return ValueBounds(lower: Swift.min(u.lower, v.lower), upper: Swift.min(u.upper, v.upper))
            default: return nil
            }
        case .clamp(let a, let l, let h):
            let u = b[a], low = b[l], high = b[h]
            return ValueBounds(lower: Swift.min(Swift.max(u.lower, low.lower), high.lower),
                               upper: Swift.min(Swift.max(u.upper, low.upper), high.upper))
        case .comparison(let op, let a, let c):
            return ValueBounds.truth(comparison(op, b[a], b[c]))
        case .logical(let op, let a, let c):
            let p = b[a].truth, q = b[c].truth
            switch op {
            case .and:
                if p == true && q == true { return .truth(true) }
                if p == false || q == false { return .truth(false) }
            case .or:
                if p == true || q == true { return .truth(true) }
                if p == false && q == false { return .truth(false) }
            }
            return .truth(nil)
        case .truth(let a):
            return .truth(b[a].truth)
        case .select(let c, let a, let d):
            switch b[c].truth {
            case true?: return b[a]
            case false?: return b[d]
            case nil: return ValueBounds(lower: Swift.min(b[a].lower, b[d].lower), upper: Swift.max(b[a].upper, b[d].upper))
            }
        }
    }

    /// Whether `op` holds for every pair of values (true), for none (false), or is not known.
    private static func comparison(_ op: ComparisonOperator, _ u: ValueBounds, _ v: ValueBounds) -> Bool? {
        switch op {
        case .less: u.upper < v.lower ? true : (u.lower >= v.upper ? false : nil)
        case .lessOrEqual: u.upper <= v.lower ? true : (u.lower > v.upper ? false : nil)
        case .greater: u.lower > v.upper ? true : (u.upper <= v.lower ? false : nil)
        case .greaterOrEqual: u.lower >= v.upper ? true : (u.upper < v.lower ? false : nil)
        }
    }

    private static func unaryBounds(_ function: MathFunction, _ u: ValueBounds) -> ValueBounds? {
        func increasing(_ f: (Double) -> Double) -> ValueBounds? { .library(f(u.lower), f(u.upper)) }
        switch function {
        case .exp: return increasing { .exp($0) }
        case .expm1: return increasing { .expMinusOne($0) }
        case .log: return u.lower > 0 ? increasing { .log($0) } : nil
        case .log1p: return u.lower > -1 ? increasing { .log(onePlus: $0) } : nil
        case .sqrt: return u.lower >= 0 ? increasing { .sqrt($0) } : nil
        case .tanh: return increasing { .tanh($0) }
        case .sinh: return increasing { .sinh($0) }
        case .atan: return increasing { .atan($0) }
        case .erf: return increasing { .erf($0) }
        case .erfc: return .library(.erfc(u.upper), .erfc(u.lower))
        case .sigmoid: return increasing { StableMath.sigmoid($0) }
        case .softplus: return increasing { StableMath.softplus($0) }
        case .phi:
            // erfc(−x/√2)/2 bounded step by step, since the rounded argument adds its own error.
            let root2 = Double.sqrt(2)
            guard let scaled = ValueBounds.corners(ValueBounds(lower: -u.upper, upper: -u.lower), ValueBounds(lower: root2, upper: root2), /),
                  let tail = ValueBounds.library(.erfc(scaled.upper), .erfc(scaled.lower)) else { return nil }
            return .rounded(tail.lower / 2, tail.upper / 2)
        case .abs:
            if u.lower >= 0 { return u }
            if u.upper <= 0 { return ValueBounds(lower: -u.upper, upper: -u.lower) }
            return ValueBounds(lower: 0, upper: Swift.max(-u.lower, u.upper))
        case .sign:
            if u.lower > 0 { return ValueBounds(lower: 1, upper: 1) }
            if u.upper < 0 { return ValueBounds(lower: -1, upper: -1) }
            return ValueBounds(lower: -1, upper: 1)
        case .cosh, .sin, .cos, .min, .max, .clamp:
            return nil
        }
    }
}

/// Finite bounds on the values an instruction takes over a range of x.
struct ValueBounds {
    var lower: Double
    var upper: Double

    /// The relative (and, near underflow, absolute) error allowed a library function:
    /// thousands of times what glibc documents for any function bounded here.
    static let libraryError = 1e-12
    static let libraryUnderflow = 1e-300

    /// Bounds from rounded results, each moved out by an ulp; nil unless both are finite.
    static func rounded(_ lower: Double, _ upper: Double) -> ValueBounds? {
        guard lower.isFinite, upper.isFinite else { return nil }
        return ValueBounds(lower: lower.nextDown, upper: upper.nextUp)
    }

    /// Bounds from a monotone library function's values at the two ends, widened by its error.
    static func library(_ lower: Double, _ upper: Double) -> ValueBounds? {
        guard lower.isFinite, upper.isFinite else { return nil }
        let slack = 3 * libraryError * Swift.max(Swift.abs(lower), Swift.abs(upper)) + 3 * libraryUnderflow
        return rounded(lower - slack, upper + slack)
    }

    /// Bounds of u ∘ v for an operation monotone in each operand on these bounds
    /// (× anywhere, ÷ when v keeps one sign): the extremes are at the corners.
    static func corners(_ u: ValueBounds, _ v: ValueBounds, _ op: (Double, Double) -> Double) -> ValueBounds? {
        let a = op(u.lower, v.lower), b = op(u.lower, v.upper), c = op(u.upper, v.lower), d = op(u.upper, v.upper)
        return rounded(Swift.min(Swift.min(a, b), Swift.min(c, d)), Swift.max(Swift.max(a, b), Swift.max(c, d)))
    }

    /// A truth value: 1, 0, or either when not known.
    static func truth(_ value: Bool?) -> ValueBounds {
        switch value {
        case true?: ValueBounds(lower: 1, upper: 1)
        case false?: ValueBounds(lower: 0, upper: 0)
        case nil: ValueBounds(lower: 0, upper: 1)
        }
    }

    /// Whether every value is non-zero (true), every value is zero (false), or neither is known.
    var truth: Bool? {
        if lower > 0 || upper < 0 { return true }
        if lower == 0 && upper == 0 { return false }
        return nil
    }
}
