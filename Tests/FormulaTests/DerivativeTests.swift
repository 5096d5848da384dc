@testable import Formula
import Testing

@Suite struct DerivativeTests {
    func d(_ formula: String, names: Set<String> = []) throws -> String {
        try FormulaParser.parse(formula, names: names).derivative().description
    }

    @Test func derivativesReadAsAPersonWouldWriteThem() throws {
        #expect(try d("sigmoid(x)") == "sigmoid(x) * (1 - sigmoid(x))")
        #expect(try d("x * sigmoid(x)") == "sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x))")
        #expect(try d("tanh(x)") == "1 - tanh(x)^2")
        #expect(try d("x - tanh(x)") == "tanh(x)^2")
        #expect(try d("softplus(x)") == "sigmoid(x)")
        #expect(try d("softplus(beta * x) / beta", names: ["beta"]) == "sigmoid(beta * x)")
        #expect(try d("-softplus(-x)") == "sigmoid(-x)")
        #expect(try d("Phi(x)") == "exp(-(x^2 / 2)) / sqrt(2 * pi)")
        #expect(try d("erf(x)") == "2 * exp(-x^2) / sqrt(pi)")
        #expect(try d("x / (1 + abs(x))") == "1 / (1 + abs(x))^2")
        #expect(try d("x * x * x") == "3 * x^2")
        #expect(try d("exp(x)") == "exp(x)")
        #expect(try d("log(x)") == "1 / x")
        #expect(try d("sqrt(x)") == "1 / (2 * sqrt(x))")
        #expect(try d("(x + sqrt(x^2 + b)) / 2", names: ["b"]) == "(1 + x / sqrt(x^2 + b)) / 2")
        #expect(try d("alpha * expm1(x / alpha)", names: ["alpha"]) == "exp(x / alpha)")
        #expect(try d("x") == "1")
        #expect(try d("3") == "0")
    }

    @Test func piecewiseConstructsGivePiecewiseDerivatives() throws {
        #expect(try d("if(x >= 0, 1, 0)") == "0")
        #expect(try d("sign(x)") == "0")
        #expect(try d("max(0, x)") == "if(x > 0, 1, 0)")
        #expect(try d("min(0, x)") == "if(x < 0, 1, 0)")
        #expect(try d("abs(x)") == "sign(x)")
        #expect(try d("if(x >= 0, x, negative_slope * x)", names: ["negative_slope"]) == "if(x >= 0, 1, negative_slope)")
        #expect(try d("if(x > 0, x, alpha * expm1(x))", names: ["alpha"]) == "if(x > 0, 1, alpha * exp(x))")
        #expect(try d("clamp(x + 3, 0, 6) / 6") == "if(x >= -3 and x <= 3, 1 / 6, 0)")
        #expect(try d("min(max(0, x), 6)") == "if(x <= 6 and x > 0, 1, 0)")
        // Switches inside products become one brace over intervals.
        #expect(try d("x * clamp(x + 3, 0, 6) / 6") == "if(x < -3, 0, if(x <= 3, (2 * x + 3) / 6, 1))")
        #expect(try d("x * max(0, x)") == "if(x >= 0, 2 * x, 0)")
        #expect(try d("if(x > lambd, x - lambd, if(x < -lambd, x + lambd, 0))", names: ["lambd"]) == "if(x > lambd or x < -lambd, 1, 0)")
        #expect(try d("if(x <= -1, 0, if(x < 1, (x + 1)^2 / 4, x))") == "if(x <= -1, 0, if(x < 1, (x + 1) / 2, 1))")
    }

    @Test func derivativesAgreeWithCentralDifferencesOnSeededRandomFormulas() throws {
        var checked = 0
        var generator = RandomFormulas(seed: 20_240_601, smoothOnly: true)
        var points = SeededGenerator(seed: 7)
        let parameters = ["alpha": 0.7, "beta": 1.3]
        for _ in 0..<300 {
            let e = generator.expression(depth: 4)
            let f = e.compiled(parameters: parameters)
            let df = e.derivative().compiled(parameters: parameters)
            for _ in 0..<3 {
                let x = Double.random(in: -2...2, using: &points)
                let h = 1e-3
                let samples = [f(x - 2 * h), f(x - h), f(x + h), f(x + 2 * h)]
                guard samples.allSatisfy({ $0.isFinite && abs($0) < 1e6 }) else { continue }
                let estimate = (samples[0] - 8 * samples[1] + 8 * samples[2] - samples[3]) / (12 * h)
                let exact = df(x)
                let scale = max(1, abs(exact), samples.map(abs).max()!)
                #expect(abs(exact - estimate) <= 1e-6 * scale, "d/dx \(e) at \(x): \(exact) vs \(estimate); derivative \(e.derivative())")
                checked += 1
            }
        }
        #expect(checked > 600)
    }

    @Test func piecewiseDerivativesAgreeWithCentralDifferencesAwayFromBreakpoints() throws {
        var checked = 0
        var generator = RandomFormulas(seed: 99, smoothOnly: false)
        var points = SeededGenerator(seed: 11)
        let parameters = ["alpha": 0.7, "beta": 1.3]
        for _ in 0..<300 {
            let e = generator.expression(depth: 3)
            let f = e.compiled(parameters: parameters)
            let df = e.derivative().compiled(parameters: parameters)
            let breaks = e.breakpoints(parameters: parameters, in: -3...3).map(\.x)
            for _ in 0..<3 {
                let x = Double.random(in: -2...2, using: &points)
                let h = 1e-4
                if breaks.contains(where: { abs($0 - x) < 1e-2 }) { continue }
                let samples = [f(x - 2 * h), f(x - h), f(x + h), f(x + 2 * h)]
                guard samples.allSatisfy({ $0.isFinite && abs($0) < 1e4 }) else { continue }
                let estimate = (samples[0] - 8 * samples[1] + 8 * samples[2] - samples[3]) / (12 * h)
                let exact = df(x)
                guard exact.isFinite, abs(exact) < 1e4 else { continue }
                let scale = max(1, abs(exact), samples.map(abs).max()!)
                #expect(abs(exact - estimate) <= 1e-5 * scale, "d/dx \(e) at \(x): \(exact) vs \(estimate); derivative \(e.derivative())")
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    @Test func everyContentFormulaHasAFiniteDerivativeMatchingFiniteDifferences() throws {
        for (formula, parameters) in ContentFormulas.all {
            let e = try ContentFormulas.parse(formula, parameters)
            let f = e.compiled(parameters: parameters)
            let df = e.derivative().compiled(parameters: parameters)
            for i in -20...20 {
                let x = Double(i) * 0.37 + 0.011
                let h = 1e-5
                let estimate = (f(x + h) - f(x - h)) / (2 * h)
                #expect(abs(df(x) - estimate) <= 1e-6 * max(1, abs(estimate)), "\(formula) at \(x)")
            }
        }
    }
}
