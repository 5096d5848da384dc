import Formula
import Testing

@Suite struct EvaluationTests {
    @Test func sigmoidAndSoftplusStayFiniteAndAccurateInBothTails() throws {
        let s = try FormulaParser.parse("sigmoid(x)", names: [])
        #expect(s.evaluate(at: 800.0, parameters: [:]) == 1)
        #expect(s.evaluate(at: -800.0, parameters: [:]) == 0)
        let tail = s.evaluate(at: -40.0, parameters: [:])
        #expect(abs(tail / 4.248354255291589e-18 - 1) < 1e-14)
        let sp = try FormulaParser.parse("softplus(x)", names: [])
        #expect(sp.evaluate(at: 1000.0, parameters: [:]) == 1000)
        #expect(abs(sp.evaluate(at: -40.0, parameters: [:]) / 4.248354255291589e-18 - 1) < 1e-14)
        #expect(sp.evaluate(at: Float(-200), parameters: [:]) == 0)
        #expect(sp.evaluate(at: Float(200), parameters: [:]) == 200)
    }

    @Test func phiIsAccurateInTheLeftTail() throws {
        let phi = try FormulaParser.parse("Phi(x)", names: [])
        // Φ(−10) = 7.619853024160527e-24
        #expect(abs(phi.evaluate(at: -10.0, parameters: [:]) / 7.619853024160527e-24 - 1) < 1e-13)
        #expect(phi.evaluate(at: 0.0, parameters: [:]) == 0.5)
    }

    @Test func nanAndInfinitiesPropagateWithoutTrapping() throws {
        for formula in ["max(0, x)", "min(x, 1)", "clamp(x, -1, 1)", "if(x >= 0, 1, 0)", "sign(x)", "x^3", "sigmoid(x)"] {
            let e = try FormulaParser.parse(formula, names: [])
            #expect(e.evaluate(at: Double.nan, parameters: [:]).isNaN, "\(formula)")
            #expect(e.compiled(parameters: [:])(.nan).isNaN, "\(formula)")
            #expect(e.compiledFloat(parameters: [:])(.nan).isNaN, "\(formula)")
        }
        let e = try FormulaParser.parse("x / (1 + abs(x))", names: [])
        #expect(e.evaluate(at: Double.infinity, parameters: [:]).isNaN)
        #expect(try FormulaParser.parse("exp(x)", names: []).evaluate(at: 1000.0, parameters: [:]) == .infinity)
        #expect(try FormulaParser.parse("log(x)", names: []).evaluate(at: -1.0, parameters: [:]).isNaN)
        #expect(try FormulaParser.parse("1 / x", names: []).evaluate(at: 0.0, parameters: [:]) == .infinity)
    }

    @Test func powersOfNegativeBasesFollowTheRealNumbers() throws {
        #expect(try FormulaParser.parse("x^3", names: []).evaluate(at: -2.0, parameters: [:]) == -8)
        #expect(try FormulaParser.parse("x^0.5", names: []).evaluate(at: -4.0, parameters: [:]).isNaN)
        #expect(try FormulaParser.parse("x^0", names: []).evaluate(at: 0.0, parameters: [:]) == 1)
        #expect(try FormulaParser.parse("x^0.5", names: []).evaluate(at: 0.0, parameters: [:]) == 0)
    }

    @Test func compiledClosuresAgreeWithTheInterpreterInDoubleAndFloat() throws {
        for (formula, parameters) in ContentFormulas.all {
            let e = try ContentFormulas.parse(formula, parameters)
            let f = e.compiled(parameters: parameters)
            let g = e.compiledFloat(parameters: parameters.mapValues(Float.init))
            for i in -40...40 {
                let x = Double(i) / 4
                let expected = e.evaluate(at: x, parameters: parameters)
                #expect(f(x) == expected || (f(x).isNaN && expected.isNaN), "\(formula) at \(x)")
                let expectedFloat = e.evaluate(at: Float(x), parameters: parameters.mapValues(Float.init))
                #expect(g(Float(x)) == expectedFloat, "\(formula) at \(x) in Float")
                #expect(abs(Double(expectedFloat) - expected) <= 1e-5 * max(1, abs(expected)), "\(formula) at \(x): Float vs Double")
            }
        }
    }

    @Test func compiledClosuresAgreeWithTheInterpreterOnSeededRandomFormulas() throws {
        var generator = RandomFormulas(seed: 8080)
        generator.negativeNumbers = true
        var points = SeededGenerator(seed: 1)
        let parameters = ["alpha": 0.7, "beta": -1.3]
        let floatParameters = parameters.mapValues(Float.init)
        for _ in 0..<500 {
            let e = generator.expression(depth: 5)
            let f = e.compiled(parameters: parameters), g = e.compiledFloat(parameters: floatParameters)
            for _ in 0..<5 {
                let x = Double.random(in: -4...4, using: &points)
                let u = e.evaluate(at: x, parameters: parameters), v = f(x)
                #expect(u == v || (u.isNaN && v.isNaN), "\(e) at \(x): \(u) vs \(v)")
                let p = e.evaluate(at: Float(x), parameters: floatParameters), q = g(Float(x))
                #expect(p == q || (p.isNaN && q.isNaN), "\(e) at \(x) in Float: \(p) vs \(q)")
            }
        }
    }

    @Test func missingParametersAreNaN() throws {
        let e = try FormulaParser.parse("alpha * x", names: ["alpha"])
        #expect(e.evaluate(at: 1.0, parameters: [:]).isNaN)
        #expect(e.compiled(parameters: ["alpha": 2])(3) == 6)
    }

    @Test func theGELUTanhApproximationMatchesAKnownValue() throws {
        let e = try FormulaParser.parse("0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))", names: [])
        // 0.5·(1 + tanh(√(2/π)·1.044715)) = 0.8411919906082768
        #expect(abs(e.evaluate(at: 1.0, parameters: [:]) - 0.8411919906082768) < 1e-15)
    }
}
