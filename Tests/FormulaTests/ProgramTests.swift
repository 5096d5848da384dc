@testable import Formula
import Testing

/// The flat `Program` gives exactly the values of the closures from `compiled(parameters:)`:
/// same bits, NaN where they are NaN, across blocks and on non-finite inputs.
@Suite struct ProgramTests {
    static let points: [Double] = {
        var xs: [Double] = [-.infinity, -1e300, -1000, -1, -0.0, 0, 1e-300, 1, 1000, 1e300, .infinity, .nan]
        // More points than one block, so several blocks run.
        for i in 0..<700 { xs.append(-35 + Double(i) * 0.1) }
        return xs
    }()

    /// The program over all points (in blocks), at each point alone (`evaluate(at:)`) and
    /// laid out for one point at a time (`scalarCode`) against the closures.
    func expectSameValues(_ e: Expression, parameters: [String: Double]) {
        let closure = e.compiled(parameters: parameters)
        let program = e.program(parameters: parameters)
        let code = program.scalarCode
        let values = program.evaluate(Self.points)
        for (x, value) in zip(Self.points, values) {
            let expected = closure(x), alone = program.evaluate(at: x), scalar = code.evaluate(at: x)
            #expect(value.bitPattern == expected.bitPattern || (value.isNaN && expected.isNaN),
                    "\(e) at \(x): program \(value), closures \(expected)")
            #expect(alone.bitPattern == expected.bitPattern || (alone.isNaN && expected.isNaN),
                    "\(e) at \(x): program at one point \(alone), closures \(expected)")
            #expect(scalar.bitPattern == expected.bitPattern || (scalar.isNaN && expected.isNaN),
                    "\(e) at \(x): scalar code \(scalar), closures \(expected)")
        }
    }

    static let parameters = ["alpha": 1.5, "beta": -0.25]

    /// `count` random formulas of depth 4 with negative numbers, from `seed`.
    static func randomFormulas(seed: UInt64, count: Int) -> [Expression] {
        var random = RandomFormulas(seed: seed)
        random.negativeNumbers = true
        return (0..<count).map { _ in random.expression(depth: 4) }
    }

    static func sameBits(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
    }

    @Test func randomFormulasAndTheirDerivativesEvaluateAsTheClosuresDo() {
        let parameters = Self.parameters
        for e in Self.randomFormulas(seed: 17, count: 300) {
            expectSameValues(e, parameters: parameters)
            expectSameValues(e.derivative(), parameters: parameters)
        }
    }

    @Test func contentFormulasEvaluateAsTheClosuresDo() throws {
        for (text, parameters) in ContentFormulas.all {
            let e = try FormulaParser.parse(text, names: Set(parameters.keys))
            expectSameValues(e, parameters: parameters)
            expectSameValues(e.derivative(), parameters: parameters)
        }
    }

    @Test func aJointProgramOfFAndItsDerivativesGivesEachOnesOwnValuesAndStartsWithFsOwnProgram() {
        let parameters = Self.parameters
        for f in Self.randomFormulas(seed: 29, count: 200) {
            let first = f.derivative(), second = first.derivativeForEvaluation()
            let joint = f.program([first, second], parameters: parameters)
            let all = joint.evaluateAll(Self.points)
            #expect(all.count == 3)
            // Its first part is f's own program, instruction for instruction.
            let alone = joint.withoutOthers, own = f.program(parameters: parameters)
            #expect(alone.instructions.count == own.instructions.count && alone.result == own.result)
            #expect(Self.sameBits(alone.evaluate(Self.points), all[0]))
            // Laid out for one point, the joint program is f's alone (the others left out).
            let code = joint.scalarCode
            #expect(Self.sameBits(Self.points.map(code.evaluate(at:)), all[0]))
            for (e, values) in zip([f, first, second], all) {
                let own = e.program(parameters: parameters).evaluate(Self.points)
                #expect(Self.sameBits(values, own), "\(e)")
            }
            // The others taken out alone: their own values, over blocks and one point at a time.
            for (k, e) in [first, second].enumerated() {
                let part = joint.other(k)
                #expect(Self.sameBits(part.evaluate(Self.points), all[k + 1]), "\(e)")
                #expect(Self.sameBits(Self.points.map(part.evaluate(at:)), all[k + 1]), "\(e)")
            }
        }
    }

    @Test func conditionOnNaNIsNaNAndRepeatedPartsAreComputedOnce() throws {
        let e = try FormulaParser.parse("if(log(x) > 0, sigmoid(x) * sigmoid(x), sigmoid(x))", names: [])
        let program = e.program(parameters: [:])
        #expect(program.evaluate([-1, 0.5, 3]).enumerated().allSatisfy { i, v in
            i == 0 ? v.isNaN : v == e.evaluate(at: [-1, 0.5, 3][i], parameters: [String: Double]())
        })
        let sigmoids = program.instructions.filter { if case .unary(.sigmoid, _) = $0 { true } else { false } }
        #expect(sigmoids.count == 1)
        #expect(program.evaluate(at: 3) == e.evaluate(at: 3.0, parameters: [String: Double]()))
    }

    @Test func manyDistinctPartsAreEachComputedOnceAndZerosKeepTheirSigns() throws {
        // 150 distinct exponentials, each written twice: more subtrees than the table of
        // emitted rows starts with, so it grows while they are emitted.
        let terms = (1...150).map { "exp(\($0) * x) * exp(\($0) * x)" }.joined(separator: " + ")
        let e = try FormulaParser.parse(terms, names: [])
        let program = e.program(parameters: [:])
        let exps = program.instructions.filter { if case .unary(.exp, _) = $0 { true } else { false } }
        #expect(exps.count == 150)
        let closure = e.compiled(parameters: [:])
        #expect(Self.sameBits(program.evaluate(Self.points), Self.points.map(closure)))
        // Equal trees apart from a zero's sign are not one row: if(x > 1, 0, x) and
        // if(x > 1, -0, x) give different bits.
        let zeros = try FormulaParser.parse("if(x > 1, 0, x) + 1 / if(x > 1, -0, x)", names: [])
        #expect(Self.sameBits(zeros.program(parameters: [:]).evaluate(Self.points), Self.points.map(zeros.compiled(parameters: [:]))))
        #expect(zeros.program(parameters: [:]).evaluate(at: 2) == -.infinity)
    }

    @Test func missingParameterIsNaN() throws {
        let e = try FormulaParser.parse("alpha * x", names: ["alpha"])
        let values = e.program(parameters: [:]).evaluate([1, 2])
        #expect(values.count == 2 && values.allSatisfy { $0.isNaN })
    }
}
