import ActivationCore
import Testing

/// Every built-in's hand-written derivative agrees with a central difference of its value.
@Suite struct BuiltInDerivativeTests {
    static let points: [Double] = stride(from: -8.0, through: 8.0, by: 0.173).map { $0 } + [-30, -12.5, 15, 40]

    @Test(arguments: Catalog.builtInIDs)
    func derivativeMatchesCentralDifference(id: String) throws {
        let f = try #require(Catalog.builtIn(id))
        let avoid = f.breakpoints.map(\.x) + [-1, 1]  // sparse-plus joins are fine but f″ jumps there
        for x in Self.points where !avoid.contains(where: { abs($0 - x) < 1e-3 }) {
            let h = 1e-5 * max(1, abs(x))
            // Fourth-order central difference.
            let numeric = (8 * (f.value(x + h) - f.value(x - h)) - (f.value(x + 2 * h) - f.value(x - 2 * h))) / (12 * h)
            let exact = try #require(f.derivative(x))
            let scale = max(1, abs(f.value(x)), abs(exact))
            #expect(abs(numeric - exact) <= 1e-8 * scale, "\(id)′(\(x)) = \(exact), difference quotient \(numeric)")
        }
    }

    @Test(arguments: Catalog.builtInIDs)
    func finiteEverywhereFromMinus1000To1000(id: String) throws {
        let f = try #require(Catalog.builtIn(id))
        var x = -1000.0
        while x <= 1000 {
            // exp(x) itself overflows above ln(greatestFiniteMagnitude) ≈ 709.78.
            if !(id == "exponential" && x > 709.78) {
                #expect(f.value(x).isFinite, "\(id)(\(x)) = \(f.value(x))")
                #expect(f.derivativeIgnoringKinks(x).isFinite, "\(id)′(\(x)) = \(f.derivativeIgnoringKinks(x))")
                #expect(f.value(Float(x)).isFinite || (id == "exponential" && x > 88.7), "\(id)(Float(\(x)))")
            }
            x += x.magnitude > 20 ? 0.731 : 0.0173
        }
    }

    @Test func kinksHaveNoDerivative() throws {
        #expect(Catalog.builtIn("relu")!.derivative(0.0) == nil)
        #expect(Catalog.builtIn("relu")!.derivative(Float(0)) == nil)
        #expect(Catalog.builtIn("step")!.derivative(0.0) == nil)
        #expect(Catalog.builtIn("hardtanh")!.derivative(-1.0) == nil)
        #expect(Catalog.builtIn("elu")!.derivative(0.0) == 1)  // alpha = 1: C¹
        #expect(Catalog.builtIn("elu", parameters: ["alpha": 2])!.derivative(0.0) == nil)
        #expect(Catalog.builtIn("relu")!.derivativeIgnoringKinks(0) == 1)
    }

    @Test func catalogListsThe31BuiltInsWithTheirParameters() {
        #expect(Catalog.builtInIDs.count == 31)
        #expect(Catalog.builtInIDs.first == "identity" && Catalog.builtInIDs.last == "exponential")
        #expect(Catalog.parameters(ofBuiltIn: "hardtanh")?.map(\.name) == ["min_val", "max_val"])
        #expect(Catalog.parameters(ofBuiltIn: "prelu")?.first?.learnable == true)
        #expect(Catalog.parameters(ofBuiltIn: "nope") == nil)
        #expect(Catalog.builtIn("leaky-relu", parameters: ["negative_slop": 0.2]) == nil)
        #expect(Catalog.builtIn("leaky-relu", parameters: ["negative_slope": 0.2])?.value(-1.0) == -0.2)
        #expect(Catalog.builtIn("rrelu")?.parameters == ["lower": 0.125, "upper": 0.3333333333333333])
    }
}

/// The generic built-ins in Float are the Double results rounded once.
@Suite struct GenericFloatTests {
    @Test func floatBuiltInsAreDoubleResultsRounded() {
        for x in stride(from: -12.0, through: 12.0, by: 0.123) {
            let f = Float(x), d = Double(f)
            #expect(BuiltIns.gelu(f) == Float(BuiltIns.gelu(d)))
            #expect(BuiltIns.mishDerivative(f) == Float(BuiltIns.mishDerivative(d)))
            #expect(BuiltIns.softplus(f, beta: 2) == Float(BuiltIns.softplus(d, beta: 2)))
            #expect(BuiltIns.tanhshrink(f) == Float(BuiltIns.tanhshrink(d)))
            #expect(BuiltIns.leakyReLU(f, negativeSlope: 0.5) == Float(BuiltIns.leakyReLU(d, negativeSlope: 0.5)))
        }
        #expect(BuiltIns.relu(-0.0).sign == .plus)
    }

    @Test func parametersMoveBreakpoints() throws {
        let hardtanh = try #require(Catalog.builtIn("hardtanh", parameters: ["min_val": -2, "max_val": 3]))
        #expect(hardtanh.breakpoints.map(\.x) == [-2, 3])
        #expect(PropertyAnalysis.analyze(hardtanh).range.description == "[-2.0, 3.0]")
        let squareplus = try #require(Catalog.builtIn("squareplus", parameters: ["b": 0]))
        #expect(squareplus.derivative(0.0) == nil && PropertyAnalysis.analyze(squareplus).smoothness == .c0)
        let leaky = try #require(Catalog.builtIn("leaky-relu", parameters: ["negative_slope": -0.5]))
        let p = PropertyAnalysis.analyze(leaky)
        #expect(!p.monotonic && p.minimum == Extremum(x: 0, y: 0) && p.range.description == "[0.0, ∞)")
    }
}
