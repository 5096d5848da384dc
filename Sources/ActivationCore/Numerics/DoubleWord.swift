import RealModule

/// An unevaluated sum `hi + lo` with `|lo| ≤ ulp(hi)/2`: about twice the precision of `T`.
///
/// The built-ins use it for the few intermediate steps whose rounding would otherwise be
/// amplified (a sum `1 + e` before a division, a product `β·x` before an exponential, `x²`
/// inside `exp(-x²/2)`). Every operation is error-free or loses only O(ulp²), so the only
/// rounding that reaches the result is the final one plus the error of the libm primitive.
@usableFromInline
struct DoubleWord<T: Real & BinaryFloatingPoint> {
    @usableFromInline var hi: T
    @usableFromInline var lo: T

    @inlinable @inline(__always)
    init(_ hi: T, _ lo: T) {
        self.hi = hi
        self.lo = lo
    }

    @inlinable @inline(__always)
    init(_ value: T) {
        self.hi = value
        self.lo = 0
    }

    /// The value rounded to `T`.
    @inlinable @inline(__always)
    var value: T { hi + lo }

    /// `a + b` exactly (Knuth's TwoSum: no condition on the magnitudes).
    @inlinable @inline(__always)
    static func sum(_ a: T, _ b: T) -> DoubleWord {
        let s = a + b
        let bb = s - a
        let err = (a - (s - bb)) + (b - bb)
        return DoubleWord(s, err)
    }

    /// `a · b` exactly (the rounding error recovered with a fused multiply-add).
    @inlinable @inline(__always)
    static func product(_ a: T, _ b: T) -> DoubleWord {
        let p = a * b
        let err = (-p).addingProduct(a, b)
        return DoubleWord(p, err)
    }

    /// Renormalizes so that `lo` is below half an ulp of `hi` (Dekker's FastTwoSum).
    @inlinable @inline(__always)
    static func normalized(_ hi: T, _ lo: T) -> DoubleWord {
        let s = hi + lo
        return DoubleWord(s, lo - (s - hi))
    }

    @inlinable @inline(__always)
    static prefix func - (a: DoubleWord) -> DoubleWord { DoubleWord(-a.hi, -a.lo) }

    @inlinable @inline(__always)
    static func + (a: DoubleWord, b: T) -> DoubleWord {
        let s = sum(a.hi, b)
        return normalized(s.hi, s.lo + a.lo)
    }

    @inlinable @inline(__always)
    static func + (a: T, b: DoubleWord) -> DoubleWord { b + a }

    @inlinable @inline(__always)
    static func + (a: DoubleWord, b: DoubleWord) -> DoubleWord {
        let s = sum(a.hi, b.hi)
        let t = sum(a.lo, b.lo)
        let u = normalized(s.hi, s.lo + t.hi)
        return normalized(u.hi, u.lo + t.lo)
    }

    @inlinable @inline(__always)
    static func - (a: DoubleWord, b: DoubleWord) -> DoubleWord { a + (-b) }

    @inlinable @inline(__always)
    static func - (a: T, b: DoubleWord) -> DoubleWord { (-b) + a }

    @inlinable @inline(__always)
    static func - (a: DoubleWord, b: T) -> DoubleWord { a + (-b) }

    @inlinable @inline(__always)
    static func * (a: DoubleWord, b: T) -> DoubleWord {
        let p = product(a.hi, b)
        return normalized(p.hi, p.lo.addingProduct(a.lo, b))
    }

    @inlinable @inline(__always)
    static func * (a: T, b: DoubleWord) -> DoubleWord { b * a }

    @inlinable @inline(__always)
    static func * (a: DoubleWord, b: DoubleWord) -> DoubleWord {
        let p = product(a.hi, b.hi)
        let cross = (a.hi * b.lo).addingProduct(a.lo, b.hi)
        return normalized(p.hi, p.lo + cross)
    }

    /// `a / b` to about twice the precision of `T` (one correction step on the quotient).
    @inlinable @inline(__always)
    static func / (a: DoubleWord, b: DoubleWord) -> DoubleWord {
        let q = a.hi / b.hi
        // r = a - q·b, computed with the product's rounding error recovered.
        let p = product(q, b.hi)
        let r = ((a.hi - p.hi) - p.lo + a.lo) - q * b.lo
        return normalized(q, r / b.hi)
    }

    @inlinable @inline(__always)
    static func / (a: T, b: DoubleWord) -> DoubleWord { DoubleWord(a) / b }

    @inlinable @inline(__always)
    static func / (a: DoubleWord, b: T) -> DoubleWord {
        let q = a.hi / b
        let p = product(q, b)
        let rem = ((a.hi - p.hi) - p.lo) + a.lo
        return normalized(q, rem / b)
    }

    /// The square, exact to about twice the precision of `T`.
    @inlinable @inline(__always)
    var squared: DoubleWord { self * self }

    /// `√self` with one Newton correction, to about twice the precision of `T`.
    @inlinable @inline(__always)
    var squareRoot: DoubleWord {
        let s = hi.squareRoot()
        guard s > 0, s.isFinite else { return DoubleWord(s) }
        let p = DoubleWord.product(s, s)
        let r = ((hi - p.hi) - p.lo) + lo
        return DoubleWord.normalized(s, r / (s + s))
    }
}
