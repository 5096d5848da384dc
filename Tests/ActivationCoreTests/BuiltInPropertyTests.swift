import ActivationCore
import Foundation
import Testing

/// The analysed properties of every built-in match what is known about it analytically.
@Suite struct BuiltInPropertyTests {
    /// Expected: range, monotonic, smoothness, symmetry, dead zone, derivative range.
    struct Expectation: CustomTestStringConvertible, Sendable {
        let id: String
        let range: String
        let monotonic: Bool
        let smoothness: Smoothness
        let symmetry: Symmetry
        let deadZone: Bool
        let derivativeRange: String
        var testDescription: String { id }
    }

    static let expectations: [Expectation] = [
        .init(id: "identity", range: "(-∞, ∞)", monotonic: true, smoothness: .cInfinity, symmetry: .odd, deadZone: false, derivativeRange: "[1.0, 1.0]"),
        .init(id: "step", range: "[0.0, 1.0]", monotonic: true, smoothness: .discontinuous, symmetry: .none, deadZone: true, derivativeRange: "[0.0, 0.0]"),
        .init(id: "sigmoid", range: "(0.0, 1.0)", monotonic: true, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "(0.0, 0.25]"),
        .init(id: "tanh", range: "(-1.0, 1.0)", monotonic: true, smoothness: .cInfinity, symmetry: .odd, deadZone: false, derivativeRange: "(0.0, 1.0]"),
        .init(id: "relu", range: "[0.0, ∞)", monotonic: true, smoothness: .c0, symmetry: .none, deadZone: true, derivativeRange: "[0.0, 1.0]"),
        .init(id: "leaky-relu", range: "(-∞, ∞)", monotonic: true, smoothness: .c0, symmetry: .none, deadZone: false, derivativeRange: "[0.01, 1.0]"),
        .init(id: "prelu", range: "(-∞, ∞)", monotonic: true, smoothness: .c0, symmetry: .none, deadZone: false, derivativeRange: "[0.25, 1.0]"),
        .init(id: "frelu", range: "[-0.5, ∞)", monotonic: true, smoothness: .c0, symmetry: .none, deadZone: true, derivativeRange: "[0.0, 1.0]"),
        .init(id: "elu", range: "(-1.0, ∞)", monotonic: true, smoothness: .c1, symmetry: .none, deadZone: false, derivativeRange: "(0.0, 1.0]"),
        .init(id: "selu", range: "(-1.7580993408473768, ∞)", monotonic: true, smoothness: .c0, symmetry: .none, deadZone: false, derivativeRange: "(0.0, 1.7580993408473768)"),
        .init(id: "celu", range: "(-1.0, ∞)", monotonic: true, smoothness: .c1, symmetry: .none, deadZone: false, derivativeRange: "(0.0, 1.0]"),
        .init(id: "gelu", range: "[-0.16997120747990366, ∞)", monotonic: false, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "[-0.12890414518515478, 1.1289041451851547]"),
        .init(id: "gelu-tanh", range: "[-0.17004075057125406, ∞)", monotonic: false, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "[-0.12899306865877178, 1.1289930686587717]"),
        .init(id: "gelu-sigmoid", range: "[-0.16361018963635357, ∞)", monotonic: false, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "[-0.09983932012886691, 1.099839320128867]"),
        .init(id: "silu", range: "[-0.2784645427610738, ∞)", monotonic: false, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "[-0.09983932012886691, 1.099839320128867]"),
        .init(id: "swish", range: "[-0.2784645427610738, ∞)", monotonic: false, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "[-0.09983932012886691, 1.099839320128867]"),
        .init(id: "mish", range: "[-0.30884341301725043, ∞)", monotonic: false, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "[-0.11252612238946257, 1.088498161251728]"),
        .init(id: "softplus", range: "(0.0, ∞)", monotonic: true, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "(0.0, 1.0)"),
        .init(id: "relu6", range: "[0.0, 6.0]", monotonic: true, smoothness: .c0, symmetry: .none, deadZone: true, derivativeRange: "[0.0, 1.0]"),
        .init(id: "hardtanh", range: "[-1.0, 1.0]", monotonic: true, smoothness: .c0, symmetry: .odd, deadZone: true, derivativeRange: "[0.0, 1.0]"),
        .init(id: "hardsigmoid", range: "[0.0, 1.0]", monotonic: true, smoothness: .c0, symmetry: .none, deadZone: true, derivativeRange: "[0.0, 0.16666666666666666]"),
        .init(id: "hardswish", range: "[-0.375, ∞)", monotonic: false, smoothness: .c0, symmetry: .none, deadZone: true, derivativeRange: "(-0.5, 1.5)"),
        .init(id: "softsign", range: "(-1.0, 1.0)", monotonic: true, smoothness: .c1, symmetry: .odd, deadZone: false, derivativeRange: "(0.0, 1.0]"),
        .init(id: "logsigmoid", range: "(-∞, 0.0)", monotonic: true, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "(0.0, 1.0)"),
        .init(id: "tanhshrink", range: "(-∞, ∞)", monotonic: true, smoothness: .cInfinity, symmetry: .odd, deadZone: false, derivativeRange: "[0.0, 1.0)"),
        .init(id: "softshrink", range: "(-∞, ∞)", monotonic: true, smoothness: .c0, symmetry: .odd, deadZone: false, derivativeRange: "[0.0, 1.0]"),
        .init(id: "hardshrink", range: "(-∞, ∞)", monotonic: true, smoothness: .discontinuous, symmetry: .odd, deadZone: false, derivativeRange: "[0.0, 1.0]"),
        .init(id: "rrelu", range: "(-∞, ∞)", monotonic: true, smoothness: .c0, symmetry: .none, deadZone: false, derivativeRange: "[0.22916666666666666, 1.0]"),
        .init(id: "squareplus", range: "(0.0, ∞)", monotonic: true, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "(0.0, 1.0)"),
        .init(id: "sparse-plus", range: "[0.0, ∞)", monotonic: true, smoothness: .c1, symmetry: .none, deadZone: true, derivativeRange: "[0.0, 1.0]"),
        .init(id: "exponential", range: "(0.0, ∞)", monotonic: true, smoothness: .cInfinity, symmetry: .none, deadZone: false, derivativeRange: "(0.0, ∞)"),
    ]

    /// Same ends (open or closed) and end values within 1e-15 relative: extrema come from a
    /// numerical search, the expected values are mpmath's, correctly rounded.
    static func matches(_ interval: Interval, _ expected: String) -> Bool {
        let parts = expected.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        func value(_ s: String) -> Double { s == "∞" ? .infinity : s == "-∞" ? -.infinity : Double(s)! }
        func close(_ a: Double, _ b: Double) -> Bool { a == b || abs(a - b) <= 1e-15 * abs(b) }
        return interval.lowerClosed == expected.hasPrefix("[") && interval.upperClosed == expected.hasSuffix("]")
            && close(interval.lower, value(parts[0])) && close(interval.upper, value(parts[1]))
    }

    @Test func everyBuiltInHasAnExpectation() {
        #expect(Self.expectations.map(\.id) == Catalog.builtInIDs)
    }

    @Test(arguments: expectations)
    func analysisMatchesKnownProperties(_ e: Expectation) throws {
        let p = PropertyAnalysis.analyze(try #require(Catalog.builtIn(e.id)))
        #expect(Self.matches(p.range, e.range), "range \(p.range.description), expected \(e.range)")
        #expect(p.monotonic == e.monotonic)
        #expect(p.smoothness == e.smoothness)
        #expect(p.symmetry == e.symmetry)
        #expect(p.deadZone == e.deadZone && p.deadNeurons == e.deadZone)
        #expect(Self.matches(p.derivativeRange, e.derivativeRange), "f′ range \(p.derivativeRange.description), expected \(e.derivativeRange)")
        #expect(p.undecided.isEmpty, "\(p.undecided)")
        #expect(p.boundedBelow == p.range.lower.isFinite && p.boundedAbove == p.range.upper.isFinite)
        #expect((p.minimum != nil) == (!e.monotonic && p.range.lowerClosed))
    }

    @Test(arguments: [
        ("gelu", -0.75179152469356445746, -0.16997120747990366169),
        ("silu", -1.27846454276107379511, -0.27846454276107379511),
        ("mish", -1.19243121451549521214, -0.30884341301725040663),
        ("hardswish", -1.5, -0.375),
    ])
    func minimaAreExactTo1eMinus9(id: String, x: Double, y: Double) throws {
        let minimum = try #require(PropertyAnalysis.analyze(Catalog.builtIn(id)!).minimum)
        #expect(abs(minimum.x - x) <= 1e-9)
        #expect(abs(minimum.y - y) <= 1e-12)
    }

    @Test func originAndEndBehaviour() throws {
        let relu = PropertyAnalysis.analyze(Catalog.builtIn("relu")!)
        #expect(relu.df0 == nil && relu.zeroAtOrigin && !relu.identityNearOrigin)
        #expect(relu.saturatesNegative && !relu.saturatesPositive && relu.deadNeurons && !relu.vanishingGradient)

        let sigmoid = PropertyAnalysis.analyze(Catalog.builtIn("sigmoid")!)
        #expect(sigmoid.f0 == 0.5 && sigmoid.df0 == 0.25 && !sigmoid.zeroAtOrigin)
        #expect(sigmoid.saturatesNegative && sigmoid.saturatesPositive && sigmoid.vanishingGradient)
        #expect(!sigmoid.derivativeMonotonic && !sigmoid.explodingGradient)

        let tanh = PropertyAnalysis.analyze(Catalog.builtIn("tanh")!)
        #expect(tanh.identityNearOrigin && tanh.symmetry == .odd)

        let exponential = PropertyAnalysis.analyze(Catalog.builtIn("exponential")!)
        #expect(exponential.explodingGradient && exponential.derivativeMonotonic)

        let elu = PropertyAnalysis.analyze(Catalog.builtIn("elu", parameters: ["alpha": 2])!)
        #expect(elu.smoothness == .c0 && elu.df0 == nil && elu.range.description == "(-2.0, ∞)")

        let softplus = PropertyAnalysis.analyze(Catalog.builtIn("softplus")!)
        #expect(abs(softplus.f0 - 0.6931471805599453) < 1e-16 && !softplus.saturatesNegative == false)
    }
}
