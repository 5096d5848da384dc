import RealModule

/// Shared numerical kernels of the built-ins: products with an exponential that stay exact
/// down into the subnormal range, and a logistic sigmoid of a double-word argument.
@usableFromInline
enum Kernel {
    /// `a · exp(y)`, rounded once.
    ///
    /// `exp(y.hi)` carries the only libm error; `y.lo` enters as the factor `1 + y.lo`.
    /// When the result may be subnormal (y < −600), the exponential is computed scaled by
    /// 2¹⁰⁰⁰ and the product scaled back with a single rounding: multiplying a subnormal
    /// `exp` by `a` would otherwise multiply its absolute rounding error by `|a|` (for
    /// SiLU at x = −740 that is several hundred ulps).
    @inlinable
    static func timesExp<T: Real & BinaryFloatingPoint>(_ a: DoubleWord<T>, _ y: DoubleWord<T>) -> T {
        if y.hi > -600 {
            let e = T.exp(y.hi)
            let p = DoubleWord.product(a.hi, e)
            return p.hi + (p.lo + e * (a.lo + a.hi * y.lo))
        }
        if y.hi > -1600 {
            let shift: DoubleWord<T> = Constant.ln2() * T(1000)
            let shifted = y + shift
            let e = T.exp(shifted.hi)
            let p = DoubleWord.product(a.hi, e)
            let scaled = p.hi + (p.lo + e * (a.lo + a.hi * shifted.lo))
            return scaled * T(sign: .plus, exponent: -1000, significand: 1)
        }
        return y.hi.isNaN ? y.hi : a.hi * 0
    }

    /// `a · σ(t)` with σ the logistic sigmoid, rounded once.
    ///
    /// For t ≥ 0 it divides by `1 + exp(−t)` (a double word, so the sum is exact); for
    /// t < 0 it uses `exp(t)/(1 + exp(t))` through `timesExp`, which never cancels.
    @inlinable
    static func sigmoidTimes<T: Real & BinaryFloatingPoint>(_ a: DoubleWord<T>, _ t: DoubleWord<T>) -> T {
        if t.hi >= 0 {
            let e = T.exp(-t.hi)
            let denominator = 1 + DoubleWord(e, -e * t.lo)
            return (a / denominator).value
        }
        let e = T.exp(t.hi)
        let denominator = 1 + DoubleWord(e, e * t.lo)
        return timesExp(a / denominator, t)
    }

    /// σ(t)·(1 + x·k·σ(−t)), the derivative of x·σ(t(x)) with t′ = k: swish and gelu-sigmoid
    /// (x·k = t), and gelu-tanh (t = 2u, k = 2u′). Written in e = exp(−|t|) alone, so that
    /// the error of the one exponential enters the bracket scaled by e, not by |x·k|:
    /// e·(1 + e + x·k)/(1 + e)² for t < 0, (1 + e + x·k·e)/(1 + e)² for t ≥ 0. The bracket
    /// is where f′ crosses zero; it is a double word, so the crossing costs no accuracy.
    @inlinable
    static func sigmoidShapeDerivative<T: Real & BinaryFloatingPoint>(_ t: DoubleWord<T>, slope k: DoubleWord<T>, x: T) -> T {
        let xk = k * x
        if t.hi < 0 {
            let e = T.exp(t.hi)
            let eDW = DoubleWord(e, e * t.lo)
            let bracket = (xk + 1) + eDW
            let denominator = (1 + eDW).squared
            return timesExp(bracket / denominator, t)
        }
        let e = T.exp(-t.hi)
        let eDW = DoubleWord(e, -e * t.lo)
        let bracket = (1 + eDW) + xk * eDW
        return (bracket / (1 + eDW).squared).value
    }

    /// `scale·e/(1 + e)²` with e = exp(y), y ≤ 0: the bell shape of σ′ (scale 1, y = −|x|) and
    /// tanh′ (scale 4, y = −2|x|). The factor e is applied last through `timesExp`, so
    /// the result stays exact when it is subnormal.
    @inlinable
    static func bellShape<T: Real & BinaryFloatingPoint>(_ y: T, scale: T) -> T {
        let e = T.exp(y)
        let denominator = (1 + DoubleWord(e)).squared
        return timesExp(DoubleWord(scale) / denominator, DoubleWord(y))
    }
}
