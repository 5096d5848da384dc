/// The few elementary functions Plot needs, written out because Plot imports nothing
/// (the standard library has no logarithm or power without Foundation or libm).
enum PlotMath {
    static let ln2 = 0.6931471805599453
    static let ln10 = 2.302585092994046

    /// The natural logarithm. The argument is split as m · 2^e with m in [√½, √2), and
    /// ln m = 2 atanh((m − 1)/(m + 1)) converges to full precision in a dozen terms there
    /// because |(m − 1)/(m + 1)| < 0.18.
    static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return .infinity }
        var exponent = Double(x.exponent)
        var m = x.significand
        if m > 1.4142135623730951 {
            m /= 2
            exponent += 1
        }
        let z = (m - 1) / (m + 1)
        let z2 = z * z
        var power = z
        var sum = 0.0
        for k in 0..<13 {
            sum += power / Double(2 * k + 1)
            power *= z2
        }
        return 2 * sum + exponent * ln2
    }

    static func log10(_ x: Double) -> Double {
        log(x) / ln10
    }

    /// 10^n for an integer n; exact for |n| ≤ 22.
    static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(n) { result *= 10 }
        return n >= 0 ? result : 1 / result
    }
}
