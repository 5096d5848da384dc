import RealModule

// Rational and square-root activations.
extension BuiltIns {
    /// softsign: x/(1 + |x|), with 1 + |x| exact, rounded once.
    @inlinable public static func softsign<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if x.isNaN { return x }
        if x.isInfinite { return x > 0 ? 1 : -1 }
        return (DoubleWord(x) / DoubleWord.sum(1, abs(x))).value
    }
    /// softsign′ = 1/(1 + |x|)², computed as the square of the reciprocal (no overflow).
    @inlinable public static func softsignDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if x.isNaN { return x }
        if x.isInfinite { return 0 }
        let reciprocal = DoubleWord(1) / DoubleWord.sum(1, abs(x))
        return reciprocal.squared.value
    }

    /// squareplus: (x + √(x² + b))/2. For x < 0 it is b/(2(√(x² + b) − x)), which does not cancel;
    /// √(x² + b) is a double word (exact x², one Newton step).
    @inlinable public static func squareplus<T: Real & BinaryFloatingPoint>(_ x: T, b: T) -> T {
        if T.self == Float.self { return T(squareplus(Double(x), b: Double(b))) }
        if x.isNaN { return x }
        if x.isInfinite { return x > 0 ? x : 0 }
        let root = squareplusRoot(x, b: b)
        if x >= 0 { return ((root + x) * (1 / 2)).value }
        return (DoubleWord(b) / ((root - DoubleWord(x)) * 2)).value
    }
    /// squareplus′ = (1 + x/√(x² + b))/2; for x < 0, b/(2r(r − x)) with r = √(x² + b).
    @inlinable public static func squareplusDerivative<T: Real & BinaryFloatingPoint>(_ x: T, b: T) -> T {
        if T.self == Float.self { return T(squareplusDerivative(Double(x), b: Double(b))) }
        if x.isNaN { return x }
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let root = squareplusRoot(x, b: b)
        if x >= 0 { return ((DoubleWord(x) / root + 1) * (1 / 2)).value }
        if x < -1e150 { return b / (2 * x) / (2 * x) }
        return (DoubleWord(b) / (root * (root - DoubleWord(x)) * 2)).value
    }

    /// √(x² + b) as a double word; for |x| > 10¹⁵⁰ (x² would overflow) |x| + b/(2|x|).
    @inlinable static func squareplusRoot<T: Real & BinaryFloatingPoint>(_ x: T, b: T) -> DoubleWord<T> {
        let a = abs(x)
        if a > 1e150 { return DoubleWord(a) + b / (2 * a) }
        return (DoubleWord.product(x, x) + b).squareRoot
    }
}
