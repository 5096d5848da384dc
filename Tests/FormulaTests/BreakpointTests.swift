import Formula
import Testing

@Suite struct BreakpointTests {
    func breakpoints(_ formula: String, _ parameters: [String: Double] = [:], in interval: ClosedRange<Double> = -10...10) throws -> [Breakpoint] {
        try FormulaParser.parse(formula, names: Set(parameters.keys)).breakpoints(parameters: parameters, in: interval)
    }

    @Test func stepsAndSignJumpWhileMaxMinAbsClampKink() throws {
        #expect(try breakpoints("if(x >= 0, 1, 0)") == [Breakpoint(x: 0, kind: .jump)])
        #expect(try breakpoints("sign(x - 1)") == [Breakpoint(x: 1, kind: .jump)])
        #expect(try breakpoints("max(0, x)") == [Breakpoint(x: 0, kind: .kink)])
        #expect(try breakpoints("abs(x + 2)") == [Breakpoint(x: -2, kind: .kink)])
        #expect(try breakpoints("clamp(x + 3, 0, 6) / 6") == [Breakpoint(x: -3, kind: .kink), Breakpoint(x: 3, kind: .kink)])
        #expect(try breakpoints("min(max(0, x), 6)") == [Breakpoint(x: 0, kind: .kink), Breakpoint(x: 6, kind: .kink)])
        #expect(try breakpoints("clamp(x, min_val, max_val)", ["min_val": -1, "max_val": 1]) == [Breakpoint(x: -1, kind: .kink), Breakpoint(x: 1, kind: .kink)])
    }

    @Test func anIfWhoseBranchesMeetIsAKinkAndOneThatIsSmoothIsNone() throws {
        #expect(try breakpoints("if(x >= 0, x, a * x)", ["a": 0.25]) == [Breakpoint(x: 0, kind: .kink)])
        #expect(try breakpoints("if(x >= 0, x, a * x)", ["a": 1]) == [])
        #expect(try breakpoints("if(x > 0, x, alpha * expm1(x))", ["alpha": 1]) == [])
        #expect(try breakpoints("if(x > 0, x, alpha * expm1(x))", ["alpha": 2]) == [Breakpoint(x: 0, kind: .kink)])
        #expect(try breakpoints("max(0, x) + min(0, alpha * expm1(x / alpha))", ["alpha": 1.5]) == [])
    }

    @Test func nestedAndNonlinearConditionsAreFound() throws {
        #expect(try breakpoints("if(x > lambd, x - lambd, if(x < -lambd, x + lambd, 0))", ["lambd": 0.5])
                == [Breakpoint(x: -0.5, kind: .kink), Breakpoint(x: 0.5, kind: .kink)])
        #expect(try breakpoints("if(abs(x) > lambd, x, 0)", ["lambd": 0.5])
                == [Breakpoint(x: -0.5, kind: .jump), Breakpoint(x: 0.5, kind: .jump)])
        // x³ = 2 is not linear: the root is found numerically, to the last bit.
        let cubic = try breakpoints("if(x^3 > 2, 1, 0)")
        #expect(cubic.count == 1)
        #expect(abs(cubic[0].x - 1.2599210498948732) < 1e-15)
        #expect(cubic[0].kind == .jump)
    }

    @Test func closePairsOfNonlinearRootsAreFoundInAWideWindow() throws {
        let points = try breakpoints("if(x^2 < 0.01, 1, 0)", in: -1000...1000)
        #expect(points.map(\.kind) == [.jump, .jump])
        #expect(points.count == 2 && abs(points[0].x + 0.1) < 1e-15 && abs(points[1].x - 0.1) < 1e-15)
        let shrink = try breakpoints("if(abs(x) > lambd, x, 0)", ["lambd": 0.3], in: -1000...1000)
        #expect(shrink.map(\.x) == [-0.3, 0.3])
    }

    @Test func unreachableSwitchPointsAreNotReported() throws {
        // The inner max switches at x = 5, but only x < 0 reaches it.
        #expect(try breakpoints("if(x < 0, max(x, 5), x)") == [Breakpoint(x: 0, kind: .jump)])
        #expect(try breakpoints("if(x > 1, 0, 0)") == [])
    }

    @Test func breakpointsOutsideTheIntervalAreLeftOut() throws {
        #expect(try breakpoints("max(0, x - 20)") == [])
        #expect(try breakpoints("max(0, x - 20)", in: 0...30) == [Breakpoint(x: 20, kind: .kink)])
    }

    @Test func everyContentFormulaHasTheExpectedBreakpoints() throws {
        for (formula, parameters) in ContentFormulas.all {
            let points = try breakpoints(formula, parameters)
            #expect(points == points.sorted { $0.x < $1.x })
            #expect(Set(points.map(\.x)).count == points.count)
        }
        #expect(try breakpoints("if(x <= -1, 0, if(x < 1, (x + 1)^2 / 4, x))") == [])
        let derivative = try FormulaParser.parse("if(x <= -1, 0, if(x < 1, (x + 1)^2 / 4, x))", names: []).derivative()
        #expect(derivative.breakpoints(parameters: [:], in: -10...10) == [Breakpoint(x: -1, kind: .kink), Breakpoint(x: 1, kind: .kink)])
    }
}
