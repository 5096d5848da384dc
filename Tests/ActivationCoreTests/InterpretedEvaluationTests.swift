import ActivationCore
import Formula
import Testing

/// An interpreted activation evaluates through its programs (f″ and the `Float` closures made
/// only when asked): every path gives the bits of the formula's own closures, and the
/// smoothness that needs f″ comes out as the formula says.
@Suite struct InterpretedEvaluationTests {
    static let formulas: [(source: String, parameters: [String: Double])] = [
        ("x * sigmoid(x)", [:]),
        ("if(x > 0, x, alpha * expm1(x))", ["alpha": 1.5]),
        ("x * clamp(x + 3, 0, 6) / 6", [:]),
        ("max(x * atan(x), 1.08 * x)", [:]),
        ("x / (1 + abs(x)) + sign(x - 1) * beta", ["beta": 0.25]),
        ("if(x <= -1 or x >= 2, 0, (x + 1)^3 * log1p(x^2))", [:]),
    ]

    static let points: [Double] = [-.infinity, -1e300, -700, -3, -1, -0.0, 0, 1e-300, 0.5, 2, 700, 1e300, .infinity, .nan]
        + stride(from: -4.0, through: 4.0, by: 0.125).map { $0 }

    static func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }

    @Test func valuesAndSlopesAreTheBitsOfTheFormulasClosures() throws {
        for (source, parameters) in Self.formulas {
            let formula = try FormulaParser.parse(source, names: Set(parameters.keys))
            let function = Catalog.interpreted(id: "f", formula: formula, parameters: parameters)
            let f = formula.compiled(parameters: parameters), df = formula.derivative().compiled(parameters: parameters)
            let batch = function.values(Self.points), slopes = function.derivativesIgnoringKinks(Self.points)
            for (i, x) in Self.points.enumerated() {
                #expect(Self.same(function.value(x), f(x)), "\(source) at \(x)")
                #expect(Self.same(function.valueFunction(x), f(x)), "\(source) at \(x)")
                #expect(Self.same(batch[i], f(x)), "\(source) at \(x), batch")
                #expect(Self.same(function.derivativeIgnoringKinks(x), df(x)), "\(source)′ at \(x)")
                #expect(Self.same(slopes[i], df(x)), "\(source)′ at \(x), batch")
            }
        }
    }

    @Test func jointValuesAndSlopesAreTheBitsOfEachBatch() throws {
        let builtIns = ["relu", "gelu", "silu", "elu", "softplus"].compactMap { Catalog.builtIn($0, parameters: [:]) }
        var functions = builtIns
        for (source, parameters) in Self.formulas {
            let formula = try FormulaParser.parse(source, names: Set(parameters.keys))
            functions.append(Catalog.interpreted(id: "f", formula: formula, parameters: parameters))
        }
        #expect(builtIns.count == 5)
        // Blocks of 256 points: the joint pass runs several blocks and a partial one.
        let xs = Self.points + stride(from: -40.0, through: 40.0, by: 0.0625).map { $0 }
        for function in functions {
            let (values, slopes) = function.valuesAndDerivativesIgnoringKinks(xs)
            let alone = function.values(xs), slopesAlone = function.derivativesIgnoringKinks(xs)
            #expect(values.count == xs.count && slopes.count == xs.count)
            for i in xs.indices {
                #expect(Self.same(values[i], alone[i]), "\(function.id) at \(xs[i])")
                #expect(Self.same(slopes[i], slopesAlone[i]), "\(function.id)′ at \(xs[i])")
            }
            let none = function.valuesAndDerivativesIgnoringKinks([])
            #expect(none.values.isEmpty && none.derivatives.isEmpty)
        }
    }

    @Test func singlePrecisionIsTheFormulasFloatClosures() throws {
        for (source, parameters) in Self.formulas {
            let formula = try FormulaParser.parse(source, names: Set(parameters.keys))
            let function = Catalog.interpreted(id: "f", formula: formula, parameters: parameters)
            let floatParameters = parameters.mapValues(Float.init)
            let f = formula.compiledFloat(parameters: floatParameters)
            let df = formula.derivative().compiledFloat(parameters: floatParameters)
            let xs = Self.points.map(Float.init)
            let values = function.evaluate(xs), slopes = function.evaluateDerivative(xs)
            for (i, x) in xs.enumerated() {
                #expect(function.value(x).bitPattern == f(x).bitPattern || f(x).isNaN, "\(source) at \(x)")
                #expect(values[i].bitPattern == f(x).bitPattern || f(x).isNaN, "\(source) at \(x), buffer")
                #expect(slopes[i].bitPattern == df(x).bitPattern || df(x).isNaN, "\(source)′ at \(x), buffer")
            }
        }
    }

    @Test(arguments: [
        // f″ jumps where the pieces meet: C1. Here f has no breakpoint at all, so f″ is made
        // only for the join found on f′ or by the analysis.
        ("if(x > 0, x^2, 0)", Smoothness.c1),
        // f″ is continuous too: C2 (the join is a breakpoint of f″ only).
        ("if(x > 0, x^3, 0)", Smoothness.c2),
        // No switch: f″ is never needed.
        ("x * tanh(x)", Smoothness.cInfinity),
        ("max(0, x)", Smoothness.c0),
    ])
    func smoothnessThatNeedsTheSecondDerivative(source: String, expected: Smoothness) throws {
        let function = Catalog.interpreted(id: "f", formula: try FormulaParser.parse(source, names: []), parameters: [:])
        #expect(PropertyAnalysis.analyze(function).smoothness == expected, "\(source)")
    }
}
