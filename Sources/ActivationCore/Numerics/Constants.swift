import RealModule

/// Irrational and decimal constants as double words (`hi + lo`, computed with mpmath at
/// 60 digits), so that multiplying by them adds no rounding of its own.
@usableFromInline
enum Constant {
    @inlinable static func dw<T: Real & BinaryFloatingPoint>(_ hi: Double, _ lo: Double) -> DoubleWord<T> {
        DoubleWord(T(hi), T(lo))
    }
    /// 1/√2
    @inlinable static func inverseSqrt2<T>() -> DoubleWord<T> { dw(0.7071067811865476, -4.833646656726457e-17) }
    /// 1/√(2π)
    @inlinable static func inverseSqrt2Pi<T>() -> DoubleWord<T> { dw(0.3989422804014327, -2.49232720227773e-17) }
    /// 1/√π
    @inlinable static func inverseSqrtPi<T>() -> DoubleWord<T> { dw(0.5641895835477563, 7.66772980658294e-18) }
    /// 2/√π
    @inlinable static func twoOverSqrtPi<T>() -> DoubleWord<T> { dw(1.1283791670955126, 1.533545961316588e-17) }
    /// ln 2
    @inlinable static func ln2<T>() -> DoubleWord<T> { dw(0.6931471805599453, 2.3190468138462996e-17) }
    /// SELU's λ = 1.0507009873554804934193349852946
    @inlinable static func seluLambda<T>() -> DoubleWord<T> { dw(1.0507009873554805, 3.9874847667154144e-17) }
    /// SELU's λ·α with α = 1.6732632423543772848170429916717
    @inlinable static func seluLambdaAlpha<T>() -> DoubleWord<T> { dw(1.7580993408473768, 1.41535193800845e-17) }
    /// 2·√(2/π), the linear coefficient of 2u in the tanh approximation of GELU
    @inlinable static func geluTanhLinear<T>() -> DoubleWord<T> { dw(1.5957691216057308, -9.96930880911092e-17) }
    /// 2·√(2/π)·0.044715, the cubic coefficient of 2u in the tanh approximation of GELU
    @inlinable static func geluTanhCubic<T>() -> DoubleWord<T> { dw(0.07135481627260025, -6.175149918155315e-19) }
    /// 3·2·√(2/π)·0.044715
    @inlinable static func geluTanhCubicTimes3<T>() -> DoubleWord<T> { dw(0.21406444881780073, 1.2025242832367862e-17) }
    /// 1.702, the sigmoid approximation of GELU (not exact in binary)
    @inlinable static func geluSigmoidScale<T>() -> DoubleWord<T> { dw(1.702, 4.263256414560601e-17) }
}
