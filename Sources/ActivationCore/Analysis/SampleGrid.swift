import RealModule

/// The points the analysis evaluates: dense near the origin, geometric outward to ±1000,
/// and on both sides of every breakpoint. Symmetric about 0 apart from breakpoint offsets.
struct SampleGrid {
    let xs: [Double]
    /// Beyond this radius a sample only tells where f is heading, not a value it attains.
    let innerRadius: Double

    /// The fixed part of every grid, built once: sorted and without duplicates.
    static let base: [Double] = {
        var points: [Double] = [0]
        for i in 1...400 {
            let x = Double(i) / 20  // 0.05 … 20
            points += [x, -x]
        }
        for i in 1...80 {
            let x = 20 * Double.pow(50, Double(i) / 80)  // 20 … 1000, geometric
            points += [x, -x]
        }
        for i in 0...24 {
            let x = Double.pow(10, -8 + Double(i) / 4)  // 1e-8 … 1e-2
            points += [x, -x]
        }
        return Array(Set(points)).sorted()
    }()

    init(breakpoints: [Double]) {
        var extra: [Double] = []
        var widest = 0.0
        for b in breakpoints where b.isFinite {
            let scale = max(1, abs(b))
            for offset in [0x1p-30, 1e-6, 1e-3] {
                extra.append(b - offset * scale)
                extra.append(b + offset * scale)
            }
            widest = max(widest, abs(b))
        }
        // Sorted; `merge` drops the repeats (the extra points have no NaN).
        extra.sort()
        xs = extra.isEmpty ? Self.base : Self.merge(Self.base, extra)
        innerRadius = min(1000, max(20, widest + 5))
    }

    /// Merges two sorted arrays, dropping values already present (a value equal to the one
    /// before it: of 0 and −0, the first).
    static func merge(_ a: [Double], _ b: [Double]) -> [Double] {
        [Double](unsafeUninitializedCapacity: a.count + b.count) { out, count in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    var i = 0, j = 0, n = 0
                    while i < a.count || j < b.count {
                        let next: Double
                        if j >= b.count || (i < a.count && a[i] <= b[j]) { next = a[i]; i += 1 } else { next = b[j]; j += 1 }
                        if n == 0 || out[n - 1] != next {
                            out[n] = next
                            n += 1
                        }
                    }
                    count = n
                }
            }
        }
    }
}
