@testable import Formula

/// Whether two trees have the same kinds, operators, names and number bits (NaN equal to
/// itself, 0 unequal to −0), whatever their source ranges.
func sameBits(_ a: Expression, _ b: Expression) -> Bool {
    switch (a.kind, b.kind) {
    case (.number(let u), .number(let v)): return u.bitPattern == v.bitPattern
    case (.variable, .variable): return true
    case (.constant(let c), .constant(let d)): return c == d
    case (.parameter(let m), .parameter(let n)): return m == n
    case (.negate(let u), .negate(let v)): return sameBits(u, v)
    case (.binary(let o, let u1, let u2), .binary(let p, let v1, let v2)): return o == p && sameBits(u1, v1) && sameBits(u2, v2)
    case (.comparison(let o, let u1, let u2), .comparison(let p, let v1, let v2)): return o == p && sameBits(u1, v1) && sameBits(u2, v2)
    case (.logical(let o, let u1, let u2), .logical(let p, let v1, let v2)): return o == p && sameBits(u1, v1) && sameBits(u2, v2)
    case (.call(let f, let us), .call(let g, let vs)): return f == g && us.count == vs.count && zip(us, vs).allSatisfy(sameBits)
    case (.conditional(let c, let u1, let u2), .conditional(let d, let v1, let v2)):
        return sameBits(c, d) && sameBits(u1, v1) && sameBits(u2, v2)
    default: return false
    }
}
