import RealModule

// Functions made of linear pieces. They round at most once, so they are exact to half an ulp
// in any type. Kinks belong to the right-hand piece unless stated otherwise.
extension BuiltIns {
    /// identity: f(x) = x.
    @inlinable public static func identity<T: Real & BinaryFloatingPoint>(_ x: T) -> T { x }
    /// identity′ = 1.
    @inlinable public static func identityDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T { x.isNaN ? x : 1 }

    /// step: 1 for x ≥ 0, else 0 (the Heaviside step with H(0) = 1). Jump at 0.
    @inlinable public static func step<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        x < 0 ? 0 : (x.isNaN ? x : 1)
    }
    /// step′ = 0 away from the jump at 0.
    @inlinable public static func stepDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T { x.isNaN ? x : 0 }

    /// relu: max(0, x). Kink at 0. relu(−0) = +0.
    @inlinable public static func relu<T: Real & BinaryFloatingPoint>(_ x: T) -> T { x <= 0 ? 0 : x }
    /// relu′: 0 for x < 0, 1 for x ≥ 0.
    @inlinable public static func reluDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        x < 0 ? 0 : (x.isNaN ? x : 1)
    }

    /// leaky-relu: x for x ≥ 0, negative_slope·x for x < 0. Kink at 0.
    @inlinable public static func leakyReLU<T: Real & BinaryFloatingPoint>(_ x: T, negativeSlope: T) -> T {
        x < 0 ? negativeSlope * x : x
    }
    /// leaky-relu′: negative_slope for x < 0, 1 for x ≥ 0.
    @inlinable public static func leakyReLUDerivative<T: Real & BinaryFloatingPoint>(_ x: T, negativeSlope: T) -> T {
        x < 0 ? negativeSlope : (x.isNaN ? x : 1)
    }

    /// prelu: x for x ≥ 0, a·x for x < 0 (a is learnable). Kink at 0.
    @inlinable public static func prelu<T: Real & BinaryFloatingPoint>(_ x: T, a: T) -> T { x < 0 ? a * x : x }
    /// prelu′: a for x < 0, 1 for x ≥ 0.
    @inlinable public static func preluDerivative<T: Real & BinaryFloatingPoint>(_ x: T, a: T) -> T {
        x < 0 ? a : (x.isNaN ? x : 1)
    }

    /// frelu, the flexible ReLU: relu(x) + b (b is learnable). Kink at 0.
    @inlinable public static func frelu<T: Real & BinaryFloatingPoint>(_ x: T, b: T) -> T { x < 0 ? b : x + b }
    /// frelu′: 0 for x < 0, 1 for x ≥ 0.
    @inlinable public static func freluDerivative<T: Real & BinaryFloatingPoint>(_ x: T, b: T) -> T {
        reluDerivative(x)
    }

    /// relu6: min(max(0, x), 6). Kinks at 0 and 6; 6 belongs to the constant piece.
    @inlinable public static func relu6<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        x <= 0 ? 0 : (x >= 6 ? 6 : x)
    }
    /// relu6′: 1 on [0, 6), else 0.
    @inlinable public static func relu6Derivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        x < 0 || x >= 6 ? 0 : (x.isNaN ? x : 1)
    }

    /// hardtanh: x clamped to [min_val, max_val]. Kinks at both ends, which belong to the middle piece.
    @inlinable public static func hardtanh<T: Real & BinaryFloatingPoint>(_ x: T, minVal: T, maxVal: T) -> T {
        x < minVal ? minVal : (x > maxVal ? maxVal : x)
    }
    /// hardtanh′: 1 on [min_val, max_val], else 0.
    @inlinable public static func hardtanhDerivative<T: Real & BinaryFloatingPoint>(_ x: T, minVal: T, maxVal: T) -> T {
        x < minVal || x > maxVal ? 0 : (x.isNaN ? x : 1)
    }

    /// hardsigmoid: relu6(x + 3)/6. Kinks at −3 and 3, which belong to the constant pieces.
    /// `x + 3` is kept exact (a double word) so the result is rounded once.
    @inlinable public static func hardsigmoid<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if x <= -3 { return 0 }
        if x >= 3 { return 1 }
        if x.isNaN { return x }
        return (DoubleWord.sum(x, 3) / 6).value
    }
    /// hardsigmoid′: 1/6 on (−3, 3), else 0.
    @inlinable public static func hardsigmoidDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        x <= -3 || x >= 3 ? 0 : (x.isNaN ? x : 1 / 6)
    }

    /// hardswish: x·relu6(x + 3)/6. Kinks at −3 and 3, which belong to the outer pieces.
    /// `x·(x + 3)` is kept exact so the result is rounded once.
    @inlinable public static func hardswish<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if x <= -3 { return 0 }
        if x >= 3 { return x }
        if x.isNaN { return x }
        return (DoubleWord.sum(x, 3) * x / 6).value
    }
    /// hardswish′: (2x + 3)/6 on (−3, 3), 0 below, 1 above.
    @inlinable public static func hardswishDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if x <= -3 { return 0 }
        if x >= 3 { return 1 }
        if x.isNaN { return x }
        return (DoubleWord.sum(2 * x, 3) / 6).value
    }

    /// softshrink: x − λ for x > λ, x + λ for x < −λ, else 0. Kinks at ±λ, which belong to the zero piece.
    @inlinable public static func softshrink<T: Real & BinaryFloatingPoint>(_ x: T, lambd: T) -> T {
        x > lambd ? x - lambd : (x < -lambd ? x + lambd : (x.isNaN ? x : 0))
    }
    /// softshrink′: 1 for |x| > λ, else 0.
    @inlinable public static func softshrinkDerivative<T: Real & BinaryFloatingPoint>(_ x: T, lambd: T) -> T {
        x > lambd || x < -lambd ? 1 : (x.isNaN ? x : 0)
    }

    /// hardshrink: x for |x| > λ, else 0. Jumps at ±λ (for λ > 0); the points ±λ map to 0.
    @inlinable public static func hardshrink<T: Real & BinaryFloatingPoint>(_ x: T, lambd: T) -> T {
        x > lambd || x < -lambd ? x : (x.isNaN ? x : 0)
    }
    /// hardshrink′: 1 for |x| > λ, else 0.
    @inlinable public static func hardshrinkDerivative<T: Real & BinaryFloatingPoint>(_ x: T, lambd: T) -> T {
        softshrinkDerivative(x, lambd: lambd)
    }

    /// rrelu in evaluation mode: x for x ≥ 0, x·(lower + upper)/2 for x < 0. Kink at 0.
    /// The sum `lower + upper` is kept exact so the result is rounded once.
    @inlinable public static func rrelu<T: Real & BinaryFloatingPoint>(_ x: T, lower: T, upper: T) -> T {
        x < 0 && x.isFinite ? (DoubleWord.sum(lower, upper) * x * (1 / 2)).value : (x < 0 ? (lower + upper) / 2 * x : x)
    }
    /// rrelu′: (lower + upper)/2 for x < 0, 1 for x ≥ 0.
    @inlinable public static func rreluDerivative<T: Real & BinaryFloatingPoint>(_ x: T, lower: T, upper: T) -> T {
        x < 0 ? (DoubleWord.sum(lower, upper) * (1 / 2)).value : (x.isNaN ? x : 1)
    }

    /// sparse-plus: 0 for x ≤ −1, (x + 1)²/4 for −1 < x < 1, x for x ≥ 1. C¹ (no kink):
    /// the pieces meet with equal slopes at ±1, the second derivative jumps.
    @inlinable public static func sparsePlus<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if x <= -1 { return 0 }
        if x >= 1 { return x }
        if x.isNaN { return x }
        return (DoubleWord.sum(x, 1).squared * (1 / 4)).value
    }
    /// sparse-plus′: 0 for x ≤ −1, (x + 1)/2 for −1 < x < 1, 1 for x ≥ 1.
    @inlinable public static func sparsePlusDerivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if x <= -1 { return 0 }
        if x >= 1 { return 1 }
        if x.isNaN { return x }
        return (DoubleWord.sum(x, 1) * (1 / 2)).value
    }
}
