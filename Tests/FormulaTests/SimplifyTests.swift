@testable import Formula
import Testing

@Suite struct SimplifyTests {
    func s(_ formula: String, names: Set<String> = ["a", "b"]) throws -> String {
        try FormulaParser.parse(formula, names: names).simplified().description
    }

    @Test func foldsConstantsAndRemovesZeroAndOneIdentities() throws {
        #expect(try s("0 * x + 1 * x^1 + 0") == "x")
        #expect(try s("2 * 3 + x - 0") == "6 + x")
        #expect(try s("x / 1") == "x")
        #expect(try s("x^0") == "1")
        #expect(try s("3 * 0.044715") == "0.134145")
        #expect(try s("sqrt(2)") == "sqrt(2)")
        #expect(try s("sqrt(4) * x") == "2 * x")
        #expect(try s("-(-x)") == "x")
    }

    @Test func collectsFactorsAndTerms() throws {
        #expect(try s("x * x") == "x^2")
        #expect(try s("x * 2 * x * 3") == "6 * x^2")
        #expect(try s("x + x") == "2 * x")
        #expect(try s("a * x / a") == "x")
        #expect(try s("x / x^3") == "1 / x^2")
        #expect(try s("2 * x / 4") == "x / 2")
        #expect(try s("-x + 1") == "1 - x")
        #expect(try s("sign(x) * x") == "abs(x)")
        #expect(try s("(2 * x)^2") == "4 * x^2")
        #expect(try s("sqrt(x)^2") == "x")
    }

    @Test func solvesLinearConditionsForX() throws {
        #expect(try s("if(x + 3 >= 0, 1, 2)") == "if(x >= -3, 1, 2)")
        #expect(try s("if(0 < x, 1, 2)") == "if(x > 0, 1, 2)")
        #expect(try s("if(2 * x - 4 > 0, 1, 2)") == "if(x > 2, 1, 2)")
        #expect(try s("if(-x > a, 1, 2)") == "if(x < -a, 1, 2)")
        #expect(try s("if(x > 0, 0, 1)") == "if(x <= 0, 1, 0)")
        #expect(try s("if(x > 0, a, a)") == "a")
        #expect(try s("if(2 > 1, a, b)") == "a")
    }

    @Test func simplifiedTreesKeepTheirValuesOnSeededRandomFormulas() throws {
        var generator = RandomFormulas(seed: 4242)
        var points = SeededGenerator(seed: 3)
        let parameters = ["alpha": 0.7, "beta": 1.3]
        var compared = 0
        for _ in 0..<400 {
            let e = generator.expression(depth: 4)
            let simple = e.simplified()
            for _ in 0..<4 {
                let x = Double.random(in: -3...3, using: &points)
                let u = e.evaluate(at: x, parameters: parameters), v = simple.evaluate(at: x, parameters: parameters)
                guard u.isFinite, abs(u) < 1e8 else { continue }
                #expect(abs(u - v) <= 1e-9 * max(1, abs(u)), "\(e) simplified to \(simple) at \(x): \(u) vs \(v)")
                compared += 1
            }
        }
        #expect(compared > 800)
    }

    @Test func simplificationIsIdempotent() throws {
        var generator = RandomFormulas(seed: 77)
        for _ in 0..<300 {
            let once = generator.expression(depth: 4).simplified()
            #expect(once.simplified() == once, "\(once)")
        }
    }
}
