import RealModule

/// The language's functions on one floating-point type, in numerically careful forms.
///
/// Nothing traps: NaN and infinities propagate as IEEE 754 says. `min`, `max` and
/// `clamp` return NaN when any argument is NaN (Swift's `min`/`max` would not).
public enum StableMath {
    /// 1 / (1 + e^-x) without overflow: for x < 0 it is e^x / (1 + e^x), so e^-x never
    /// grows past 1 and the result keeps full relative accuracy in both tails.
    @inlinable
    public static func sigmoid<T: Real>(_ x: T) -> T {
        if x >= 0 { return 1 / (1 + T.exp(-x)) }
        let t = T.exp(x)
        return t / (1 + t)
    }

    /// log(1 + e^x) = max(x, 0) + log1p(e^-|x|): the exponential never overflows and
    /// the small term keeps its precision for very negative x.
    @inlinable
    public static func softplus<T: Real>(_ x: T) -> T {
        if x.isNaN { return x }
        return Swift.max(x, 0) + T.log(onePlus: T.exp(-Swift.abs(x)))
    }

    /// The standard normal CDF as erfc(-x/√2)/2, which keeps relative accuracy in the
    /// left tail where 1 + erf(x/√2) would cancel.
    @inlinable
    public static func phi<T: Real>(_ x: T) -> T {
        T.erfc(-x / T.sqrt(2)) / 2
    }

    /// −1, 0 or 1 (NaN for NaN).
    @inlinable
    public static func sign<T: FloatingPoint>(_ x: T) -> T {
        if x.isNaN { return x }
        return x > 0 ? 1 : (x < 0 ? -1 : 0)
    }

    @inlinable
    public static func maximum<T: FloatingPoint>(_ a: T, _ b: T) -> T {
        if a.isNaN || b.isNaN { return .nan }
        return a >= b ? a : b
    }

    @inlinable
    public static func minimum<T: FloatingPoint>(_ a: T, _ b: T) -> T {
        if a.isNaN || b.isNaN { return .nan }
        return a <= b ? a : b
    }

    /// min(max(x, lo), hi), so `hi` wins when lo > hi.
    @inlinable
    public static func clamp<T: FloatingPoint>(_ x: T, _ lo: T, _ hi: T) -> T {
        minimum(maximum(x, lo), hi)
    }

    /// x^y over the reals: integer exponents work for negative bases (x^3), 0^0 = 1,
    /// and a negative base with a fractional exponent is NaN.
    @inlinable
    public static func power<T: Real & BinaryFloatingPoint>(_ x: T, _ y: T) -> T {
        if y.isFinite, y.rounded() == y, Swift.abs(y) <= 9_007_199_254_740_992 {
            if y == 2 { return x * x }
            if y == 3 { return x * x * x }
            return T.pow(x, Int(y))
        }
        if x == 0, !y.isNaN { return y > 0 ? 0 : .infinity }
        return T.pow(x, y)
    }

    /// One arithmetic operator on two values (`^` as `power`).
    @inlinable
    public static func apply<T: Real & BinaryFloatingPoint>(_ op: BinaryOperator, _ u: T, _ v: T) -> T {
        switch op {
        case .add: u + v
        case .subtract: u - v
        case .multiply: u * v
        case .divide: u / v
        case .power: power(u, v)
        }
    }

    /// Evaluates one function at its arguments.
    @inlinable
    public static func apply<T: Real & BinaryFloatingPoint>(_ function: MathFunction, _ a: T, _ b: T = 0, _ c: T = 0) -> T {
        switch function {
        case .exp: T.exp(a)
        case .log: T.log(a)
        case .log1p: T.log(onePlus: a)
        case .expm1: T.expMinusOne(a)
        case .sqrt: T.sqrt(a)
        case .abs: Swift.abs(a)
        case .sign: sign(a)
        case .min: minimum(a, b)
        case .max: maximum(a, b)
        case .clamp: clamp(a, b, c)
        case .tanh: T.tanh(a)
        case .sinh: T.sinh(a)
        case .cosh: T.cosh(a)
        case .sin: T.sin(a)
        case .cos: T.cos(a)
        case .atan: T.atan(a)
        case .erf: T.erf(a)
        case .erfc: T.erfc(a)
        case .sigmoid: sigmoid(a)
        case .softplus: softplus(a)
        case .phi: phi(a)
        }
    }
}
