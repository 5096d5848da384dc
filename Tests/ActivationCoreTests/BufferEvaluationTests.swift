import ActivationCore
import Formula
import Testing

/// Buffer evaluation gives exactly the scalar results, for every built-in and a formula.
@Suite struct BufferEvaluationTests {
    static let xs: [Double] = stride(from: -50.0, through: 50.0, by: 0.37).map { $0 } + [0, -0.0, 6, -3, 3, .nan, .infinity, -.infinity]

    static func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }

    @Test(arguments: Catalog.builtInIDs)
    func buffersMatchScalarEvaluation(id: String) throws {
        let f = try #require(Catalog.builtIn(id))
        let values = f.evaluate(Self.xs), slopes = f.evaluateDerivative(Self.xs)
        for (i, x) in Self.xs.enumerated() {
            #expect(Self.same(values[i], f.value(x)), "\(id)(\(x))")
            #expect(Self.same(slopes[i], f.derivativeIgnoringKinks(x)), "\(id)′(\(x))")
        }
        let floats = Self.xs.map(Float.init)
        let floatValues = f.evaluate(floats), floatSlopes = f.evaluateDerivative(floats)
        for (i, x) in floats.enumerated() {
            #expect(Self.same(Double(floatValues[i]), Double(f.value(x))), "Float \(id)(\(x))")
            #expect(Self.same(Double(floatSlopes[i]), Double(f.derivative(x) ?? floatSlopes[i])), "Float \(id)′(\(x))")
        }
    }

    @Test func unsafeBuffersAndFormulas() throws {
        let formula = Catalog.interpreted(id: "f", formula: try FormulaParser.parse("x * sigmoid(x)", names: []), parameters: [:])
        var output = [Double](repeating: 0, count: Self.xs.count)
        Self.xs.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { formula.evaluate(input, into: $0) }
        }
        for (i, x) in Self.xs.enumerated() { #expect(Self.same(output[i], formula.value(x))) }
        #expect(formula.evaluate([Float]()) == [])
    }

    @Test func nonFiniteInputsGiveLimitsOrNaN() throws {
        for id in Catalog.builtInIDs {
            let f = try #require(Catalog.builtIn(id))
            #expect(f.value(Double.nan).isNaN, "\(id)(nan)")
            #expect(!f.value(Double.infinity).isNaN, "\(id)(+inf)")
            #expect(!f.derivativeIgnoringKinks(Double.infinity).isNaN && !f.derivativeIgnoringKinks(-Double.infinity).isNaN, "\(id)′(±inf)")
            #expect(!f.value(-Double.infinity).isNaN, "\(id)(−inf)")
        }
    }
}
