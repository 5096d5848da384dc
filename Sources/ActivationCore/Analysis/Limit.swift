/// The behaviour of a function as x → ±∞, classified from its values at |x| = 10³, 10⁶,
/// 10¹², 10¹⁰⁰ and 10³⁰⁰ (not by sampling up to x = 10).
enum Limit: Equatable {
    case finite(Double)
    case plusInfinity
    case minusInfinity
    /// No limit could be established (oscillation, NaN out there, budget).
    case unknown

    static let magnitudes: [Double] = [1e3, 1e6, 1e12, 1e100, 1e300]
    /// −`magnitudes`, and −`magnitudes` followed by `magnitudes` (made once).
    static let farPoints: (minus: [Double], both: [Double]) = {
        let minus = magnitudes.map { -$0 }
        return (minus, minus + magnitudes)
    }()
    /// Used when g is not finite at the magnitudes above (say exp(x)/exp(x)): an estimate.
    static let nearMagnitudes: [Double] = [30, 100, 300, 700]

    /// The limit from g's values at `side`·magnitudes, or from |x| ≤ 700 when g is NaN far
    /// out (so the far values give none); `estimated` tells the caller to say so. An
    /// oscillation far out stays `.unknown`.
    static func withFallback(_ g: (Double) -> Double, values: [Double], side: Double) -> (limit: Limit, estimated: Bool) {
        let far = classify(values)
        guard far == .unknown, values.contains(where: \.isNaN) else { return (far, false) }
        let near = classify(nearMagnitudes.map { g(side * $0) })
        return (near, near != .unknown)
    }

    static func classify(_ raw: [Double]) -> Limit {
        // An infinity far out is an answer in itself; NaN after it (inf − inf) is not a denial.
        var values: [Double] = []
        for v in raw {
            if v.isNaN { break }
            values.append(v)
            if v.isInfinite { return v > 0 ? .plusInfinity : .minusInfinity }
        }
        guard values.count >= 3 else { return .unknown }
        let n = values.count
        let (a, b, c) = (values[n - 3], values[n - 2], values[n - 1])
        let scale = max(1, abs(c))
        if abs(c - b) <= 1e-9 * scale && abs(b - a) <= 1e-6 * scale {
            // Values shrinking towards 0 (1e-100, 1e-300) converge to 0 itself.
            return .finite(abs(c) < 1e-100 ? 0 : c)
        }
        let first = b - a, second = c - b
        // Monotone tail: growth that does not slow down diverges; growth that slows by
        // orders of magnitude converges (slowly) to about c.
        if first > 0 && second > 0 {
            return abs(second) < 1e-3 * abs(first) ? .finite(c) : .plusInfinity
        }
        if first < 0 && second < 0 {
            return abs(second) < 1e-3 * abs(first) ? .finite(c) : .minusInfinity
        }
        return .unknown
    }

    var finiteValue: Double? {
        if case .finite(let v) = self { return v }
        return nil
    }
}
