@testable import Formula
import Testing

/// Formulas whose values are NaN or infinite somewhere, or that switch branches millions
/// of times, go through every stage (parse, evaluate, differentiate, breakpoints, render)
/// without trapping and in bounded time: the numbers say "undefined", the code never stops.
@Suite(.timeLimit(.minutes(1))) struct NonFiniteNumericsTests {
    func parse(_ text: String, names: Set<String> = []) throws -> Expression {
        try FormulaParser.parse(text, names: names)
    }

    /// Every stage, on points that include zeros, huge values and the non-finite ones.
    func exerciseEveryStage(_ e: Expression) {
        let points: [Double] = [-.infinity, -1e300, -1000, -1, -0.0, 0, 1e-300, 1, 1000, 1e300, .infinity, .nan]
        let f = e.compiled(parameters: [:]), df = e.derivative().compiled(parameters: [:])
        for x in points {
            _ = e.evaluate(at: x, parameters: [String: Double]())
            _ = e.evaluate(at: Float(x), parameters: [String: Float]())
            _ = f(x)
            _ = df(x)
        }
        _ = e.breakpoints(parameters: [:], in: -5...5)
        _ = e.derivative().derivative()
        _ = e.mathML(symbols: [:])
        _ = e.latex(symbols: [:])
        _ = e.plainText(symbols: [:])
    }

    @Test func divisionByZeroIsInfiniteWithTheSignOfZero() throws {
        let e = try parse("1 / x")
        #expect(e.evaluate(at: 0.0, parameters: [:]) == .infinity)
        #expect(e.evaluate(at: -0.0, parameters: [:]) == -.infinity)
        #expect(e.derivative().evaluate(at: 0.0, parameters: [:]) == -.infinity)
        exerciseEveryStage(e)
    }

    @Test(arguments: ["0 / 0", "log(-1)", "sqrt(-1)", "log(x) * 0 / 0", "(x - x) / (x - x)"])
    func undefinedEverywhereIsNaNEverywhere(_ text: String) throws {
        let e = try parse(text)
        for x in [-2.0, 0, 3] { #expect(e.evaluate(at: x, parameters: [:]).isNaN, "\(text) at \(x)") }
        exerciseEveryStage(e)
    }

    @Test func logarithmOfZeroIsMinusInfinity() throws {
        let e = try parse("log(x)")
        #expect(e.evaluate(at: 0.0, parameters: [:]) == -.infinity)
        #expect(e.evaluate(at: -1.0, parameters: [:]).isNaN)
        #expect(e.derivative().evaluate(at: 0.0, parameters: [:]) == .infinity)
        exerciseEveryStage(e)
    }

    @Test func doubleExponentialOverflowsToInfinityAndUnderflowsToOne() throws {
        let e = try parse("exp(exp(x))")
        #expect(e.evaluate(at: 10.0, parameters: [:]) == .infinity)
        #expect(e.evaluate(at: -1000.0, parameters: [:]) == 1)
        #expect(e.evaluate(at: 1.0, parameters: [:]) == .exp(.exp(1.0)))
        let slope = e.derivative()
        #expect(slope.evaluate(at: 10.0, parameters: [:]) == .infinity)
        #expect(slope.evaluate(at: -1000.0, parameters: [:]) == 0)
        exerciseEveryStage(e)
    }

    @Test func hugeLiteralsMultiplyToInfinityButAreNotFoldedIntoTheFormula() throws {
        let e = try parse("1e308 * 1e308 * x")
        #expect(e.evaluate(at: 1.0, parameters: [:]) == .infinity)
        #expect(e.evaluate(at: 0.0, parameters: [:]).isNaN)
        // The simplifier leaves an overflowing coefficient as written: a literal infinity
        // would print as "inf", which does not parse back.
        let printed = e.simplified().description
        #expect(!printed.contains("inf"), "\(printed)")
        #expect(try FormulaParser.parse(printed, names: []) == e.simplified())
        exerciseEveryStage(e)
    }

    @Test func literalTooLargeForADoubleIsAParseError() {
        #expect(throws: FormulaError.self) { try parse("1e999 * x") }
    }

    /// A condition that flips about 3,000 times on [−5, 5] and 600 million times on
    /// [−10⁶, 10⁶]: the breakpoint search keeps to its sample budget and root limit.
    @Test(arguments: [-5.0...5.0, -1e6...1e6])
    func conditionThatFlipsMillionsOfTimesHasBoundedBreakpoints(_ interval: ClosedRange<Double>) throws {
        let e = try parse("if(sin(1000 * x) > 0, 1, 0)")
        let points = e.breakpoints(parameters: [:], in: interval)
        #expect(points.count <= Expression.rootLimit)
        #expect(points.allSatisfy { interval.contains($0.x) })
        #expect(zip(points, points.dropFirst()).allSatisfy { $0.x < $1.x })
        for x in stride(from: -5.0, through: 5.0, by: 0.001) {
            let value = e.evaluate(at: x, parameters: [String: Double]())
            #expect(value == 0 || value == 1)
        }
        #expect(e.derivative().evaluate(at: 0.5, parameters: [:]) == 0)
        exerciseEveryStage(e)
    }

    @Test func conditionOnNaNIsNaNNotABranch() throws {
        let e = try parse("if(log(x) > 0, 1, 2)")
        #expect(e.evaluate(at: -1.0, parameters: [:]).isNaN)
        #expect(e.evaluate(at: 0.5, parameters: [:]) == 2)
        #expect(e.evaluate(at: 3.0, parameters: [:]) == 1)
        #expect(e.breakpoints(parameters: [:], in: -5...5).map(\.x) == [1])
        exerciseEveryStage(e)
    }

    @Test func jumpAcrossAPoleIsFoundWithoutEvaluatingAtThePole() throws {
        let e = try parse("if(1 / x > 0, 1, -1)")
        #expect(e.breakpoints(parameters: [:], in: -5...5) == [Breakpoint(x: 0, kind: .jump)])
        // A pole between samples, and a root just beside a pole (1/x > 1000 holds on (0, 0.001)).
        #expect(try parse("if(1 / (x - 0.3) > 0, 1, -1)").breakpoints(parameters: [:], in: -5...5).map(\.kind) == [.jump])
        let narrow = try parse("if(1 / x > 1000, 1, 0)").breakpoints(parameters: [:], in: -5...5).map(\.x)
        #expect(narrow.count == 2 && narrow[0] == 0 && abs(narrow[1] - 0.001) < 1e-15)
        exerciseEveryStage(e)
    }

    @Test(arguments: ["x^x", "2^(2^(2^x))", "x^-1000", "(-8)^(1 / 3)", "abs(x)^0.5 / x", "sinh(x) / cosh(x) * exp(x^2)"])
    func powersAndOverflowsNeverTrap(_ text: String) throws {
        exerciseEveryStage(try parse(text))
    }

    @Test func missingParameterValueIsNaN() throws {
        let e = try parse("alpha * x", names: ["alpha"])
        #expect(e.evaluate(at: 1.0, parameters: [String: Double]()).isNaN)
        #expect(e.compiled(parameters: [:])(1).isNaN)
    }

    // MARK: Depth and length

    @Test(arguments: [
        String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000),
        String(repeating: "-", count: 10_000) + "x",
        String(repeating: "exp(", count: 10_000) + "x" + String(repeating: ")", count: 10_000),
        "x" + String(repeating: " + x", count: 100_000),
        "x" + String(repeating: "^x", count: 10_000),
    ])
    func deepOrLongFormulaIsAnErrorNotAStackOverflow(_ text: String) {
        #expect(throws: FormulaError.self) { try parse(text) }
    }

    /// Found by the fuzzer: printing nested negations was exponential in their depth.
    @Test func printingNestedNegationsIsFast() throws {
        let text = String(repeating: "-", count: 90) + "1" // 2^90 steps before the fix
        let e = try parse(text)
        #expect(e.description.count < 1_000)
        #expect(try parse(e.description) == e)
    }
}
