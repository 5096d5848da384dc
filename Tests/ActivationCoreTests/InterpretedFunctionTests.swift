import ActivationCore
import Formula
import Testing

/// Formulas interpreted through Formula agree with the built-ins and analyse the same way.
@Suite struct InterpretedFunctionTests {
    static func interpreted(_ source: String, id: String = "formula", parameters: [String: Double] = [:]) throws -> ActivationFunction {
        let expression = try FormulaParser.parse(source, names: Set(parameters.keys))
        return Catalog.interpreted(id: id, formula: expression, parameters: parameters)
    }

    @Test(arguments: [
        ("gelu", "x * Phi(x)", [String: Double]()),
        ("gelu-tanh", "0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))", [:]),
        ("silu", "x * sigmoid(x)", [:]),
        ("mish", "x * tanh(softplus(x))", [:]),
        ("elu", "if(x > 0, x, alpha * expm1(x))", ["alpha": 1.0]),
        ("leaky-relu", "max(x, negative_slope * x)", ["negative_slope": 0.01]),
        ("hardswish", "x * clamp(x + 3, 0, 6) / 6", [:]),
        ("softsign", "x / (1 + abs(x))", [:]),
        ("sparse-plus", "if(x <= -1, 0, if(x >= 1, x, (x + 1)^2 / 4))", [:]),
    ])
    func formulaAgreesWithBuiltIn(id: String, source: String, parameters: [String: Double]) throws {
        let formula = try Self.interpreted(source, id: id, parameters: parameters)
        let builtIn = try #require(Catalog.builtIn(id, parameters: parameters))
        #expect(!formula.isBuiltIn && builtIn.isBuiltIn)
        #expect(formula.breakpoints.map(\.x) == builtIn.breakpoints.map(\.x))
        for x in stride(from: -6.0, through: 6.0, by: 0.0625) {
            let a = formula.value(x), b = builtIn.value(x)
            #expect(abs(a - b) <= 1e-13 * max(1, abs(b)), "\(id)(\(x)): formula \(a), built-in \(b)")
            if let da = formula.derivative(x), let db = builtIn.derivative(x) {
                #expect(abs(da - db) <= 1e-12 * max(1, abs(db)), "\(id)′(\(x)): formula \(da), built-in \(db)")
            } else {
                #expect(formula.derivative(x) == nil && builtIn.derivative(x) == nil, "\(id)′(\(x)) nil on one side only")
            }
            #expect(abs(formula.value(Float(x)) - builtIn.value(Float(x))) <= 1e-5 * max(1, abs(builtIn.value(Float(x)))))
        }
    }

    @Test(arguments: ["gelu", "silu", "mish", "elu", "hardswish", "softsign", "sparse-plus"])
    func formulaAnalysesLikeBuiltIn(id: String) throws {
        let sources = [
            "gelu": "x * Phi(x)", "silu": "x * sigmoid(x)", "mish": "x * tanh(softplus(x))",
            "elu": "if(x > 0, x, expm1(x))", "hardswish": "x * clamp(x + 3, 0, 6) / 6",
            "softsign": "x / (1 + abs(x))", "sparse-plus": "if(x <= -1, 0, if(x >= 1, x, (x + 1)^2 / 4))",
        ]
        let a = PropertyAnalysis.analyze(try Self.interpreted(sources[id]!, id: id))
        let b = PropertyAnalysis.analyze(Catalog.builtIn(id)!)
        #expect(a.smoothness == b.smoothness)
        #expect(a.monotonic == b.monotonic && a.symmetry == b.symmetry && a.deadZone == b.deadZone)
        #expect(a.range.lowerClosed == b.range.lowerClosed && a.range.upperClosed == b.range.upperClosed)
        #expect(abs(a.range.lower - b.range.lower) <= 1e-12 || a.range.lower == b.range.lower)
        #expect((a.minimum == nil) == (b.minimum == nil))
        if let m = a.minimum, let n = b.minimum {
            #expect(abs(m.x - n.x) <= 1e-9 && abs(m.y - n.y) <= 1e-12)
        }
        #expect(a.saturatesNegative == b.saturatesNegative && a.saturatesPositive == b.saturatesPositive)
    }

    @Test func pathologicalFormulaFinishesAndSaysWhatItCouldNotDecide() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let p = PropertyAnalysis.analyze(try Self.interpreted("if(sin(1000 * x) > 0, 1, 0)"))
        #expect(clock.now - start < .seconds(20))
        #expect(p.smoothness == .discontinuous)
        #expect(!p.monotonic)
        #expect(!p.undecided.isEmpty)
    }

    @Test func formulaUndefinedFarOutStillGetsAnAnswer() throws {
        // exp(x)/exp(x) is NaN beyond x ≈ 709 (∞/∞): the limit comes from the finite part.
        let p = PropertyAnalysis.analyze(try Self.interpreted("x * exp(x) / exp(x)"))
        #expect(p.monotonic)
        #expect(p.range.description == "(-∞, ∞)")
        #expect(p.undecided.contains { $0.contains("estimated") })
    }
}
