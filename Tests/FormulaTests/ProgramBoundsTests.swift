@testable import Formula
import Testing

/// `Program.valuesOrSigns` may put ±1 in place of a value only where the value is certainly
/// finite, non-zero and of that sign; the root search must find the same roots to the bit.
struct ProgramBoundsTests {
    static let parameters = ["alpha": 1.5, "beta": -0.7]

    /// Differences whose tails underflow to exactly 0 (a root there), poles, domains and flat stretches.
    static let tricky = [
        "exp(x)", "exp(-x^2)", "erfc(x)", "Phi(x) - 0", "sigmoid(x) - 0.5", "tanh(1000 * x)", "1 / x",
        "log(x)", "sqrt(x) - 1", "x^2 - 1e-7", "x^3 - 2", "softplus(x) - 3", "expm1(x) + 1", "log1p(x)",
        "atan(x) - 1.5", "erf(x) - 0.999999", "sinh(x) - 1e300", "x * atan(x) - 5.95", "abs(x) - 1",
        "sign(x - 1) + 0.5", "max(x, 2) - min(x, 3)", "clamp(x, -1, 1) - 0.25", "if(x > 1 and x < 5, x, -x) - 2",
        "if(x > 1 or x < -5, exp(x), log(x)) - 3", "x - 1e-300", "exp(-abs(x)) - 1e-320",
    ]

    func formulas() throws -> [Expression] {
        var result = try Self.tricky.map { try FormulaParser.parse($0, names: ["alpha", "beta"]) }
        var random = RandomFormulas(seed: 4242)
        random.negativeNumbers = true
        for _ in 0..<400 {
            let e = random.expression(depth: 5)
            result += [e, e.derivativeForEvaluation()]
        }
        return result.filter(\.dependsOnX)
    }

    @Test func placeholdersStandOnlyForCertainSigns() throws {
        var replaced = 0
        for window in [Expression.commonWindow, -3.0...7.0] {
            let points = Expression.samplePoints(window)
            for e in try formulas() {
                let program = e.program(parameters: Self.parameters)
                let values = program.evaluate(points), signs = program.valuesOrSigns(points)
                for (value, sign) in zip(values, signs) where value.bitPattern != sign.bitPattern {
                    replaced += 1
                    #expect(sign == 1 || sign == -1, "\(e)")
                    #expect(value.isFinite && value != 0 && (value < 0) == (sign < 0), "\(e): \(value) as \(sign)")
                }
            }
        }
        #expect(replaced > 1_000_000)
    }

    @Test func boundsHoldEveryValueInTheirRange() throws {
        var rng = SeededGenerator(seed: 9)
        var bounded = 0
        for e in try formulas() {
            let program = e.program(parameters: Self.parameters)
            for _ in 0..<6 {
                let scale = [1e-3, 0.1, 1, 10, 1000].randomElement(using: &rng)!
                let lo = Double.random(in: -1000...1000, using: &rng), hi = lo + Double.random(in: 0...scale, using: &rng)
                guard let bounds = program.bounds(over: lo, hi) else { continue }
                bounded += 1
                var xs = [lo, hi]
                for _ in 0..<30 { xs.append(Double.random(in: lo...hi, using: &rng)) }
                for (x, value) in zip(xs, program.evaluate(xs)) {
                    #expect(value >= bounds.lower && value <= bounds.upper, "\(e) at \(x): \(value) not in \(bounds)")
                }
            }
        }
        #expect(bounded > 500)
    }

    /// The scan passes over runs four samples at a time: it still finds every zero sample and
    /// one root between each pair of samples whose signs differ (NaN between breaks a pair).
    @Test func rootsAreTheZerosAndSignChangesOfTheSamples() throws {
        let points = Expression.samplePoints(Expression.commonWindow)
        var checked = 0
        for e in try formulas() where e.linearCoefficients(parameters: Self.parameters) == nil {
            let values = e.program(parameters: Self.parameters).evaluate(points)
            var expected: [ClosedRange<Double>] = values[0] == 0 ? [points[0]...points[0]] : []
            for k in points.indices.dropFirst() where expected.count < Expression.rootLimit {
                let (a, b) = (values[k - 1], values[k])
                if b == 0 {
                    expected.append(points[k]...points[k])
                } else if a != 0, !a.isNaN, !b.isNaN, (a < 0) != (b < 0) {
                    expected.append(points[k - 1]...points[k])
                }
            }
            let found = e.roots(parameters: Self.parameters, in: Expression.commonWindow)
            #expect(found.count == expected.count, "\(e)")
            for (root, range) in zip(found, expected) { #expect(range.contains(root), "\(e): \(root) not in \(range)") }
            checked += expected.count
        }
        #expect(checked > 200)
    }

    @Test func rootsAreThoseOfEverySampleEvaluated() throws {
        for window in [Expression.commonWindow, -3.0...7.0] {
            let points = Expression.samplePoints(window)
            for e in try formulas() {
                // Every sample evaluated, no stretch ruled out: the roots the search finds
                // while it passes over the stretches it ruled out must be the same.
                let values = e.program(parameters: Self.parameters).evaluate(points)
                let plain = e.roots(parameters: Self.parameters, in: window, samples: SampledSigns((values, []))).roots
                let found = e.roots(parameters: Self.parameters, in: window)
                #expect(found.map(\.bitPattern) == plain.map(\.bitPattern), "\(e)")
            }
        }
    }
}
