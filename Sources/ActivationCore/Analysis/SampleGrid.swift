import RealModule

/// The points the analysis evaluates: dense near the origin, geometric outward to ±1000,
/// and on both sides of every breakpoint. Symmetric about 0 apart from breakpoint offsets.
struct SampleGrid {
    let xs: [Double]
    /// Beyond this radius a sample only tells where f is heading, not a value it attains.
    let innerRadius: Double

    init(breakpoints: [Double]) {
        var points: [Double] = [0]
        for i in 1...2000 {
            let x = Double(i) / 100  // 0.01 … 20
            points += [x, -x]
        }
        for i in 1...160 {
            let x = 20 * Double.pow(50, Double(i) / 160)  // 20 … 1000, geometric
            points += [x, -x]
        }
        for i in 0...24 {
            let x = Double.pow(10, -8 + Double(i) / 4)  // 1e-8 … 1e-2
            points += [x, -x]
        }
        for b in breakpoints where b.isFinite {
            let scale = max(1, abs(b))
            for offset in [0x1p-30, 1e-6, 1e-3] { points += [b - offset * scale, b + offset * scale] }
        }
        xs = Array(Set(points)).sorted()
        let widest = breakpoints.filter(\.isFinite).map(abs).max() ?? 0
        innerRadius = min(1000, max(20, widest + 5))
    }
}
