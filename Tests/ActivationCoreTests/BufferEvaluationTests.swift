import ActivationCore
import Formula
import Foundation
import Testing

/// Buffer evaluation agrees with scalar evaluation: within a few ulps for the vector kernels
/// (each within its own bound of the exact value, checked against mpmath in
/// ReferenceAccuracyTests), exactly at special inputs, and independently of an element's
/// position in the buffer.
@Suite struct BufferEvaluationTests {
    static let xs: [Double] = stride(from: -50.0, through: 50.0, by: 0.37).map { $0 }
        + [0, -0.0, 6, -3, 3, 1, -1, .nan, .infinity, -.infinity, 1e-300, -1e-300, 5e-324, -5e-324, 1e-20, -1e-20,
           700, -700, 708.5, -708.5, 709.5, -709.5, 745, -745, 800, -800, 1000, -1000, 1e150, -1e150, 1e300, -1e300,
           .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0x1p-1022, -0x1p-1022, 0.55, -0.55, 0.5499999999999999]

    static func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }

    /// Equal, or both finite and non-zero and at most `ulps` apart (in ulps of `b`).
    static func close(_ a: Double, _ b: Double, ulps: Double) -> Bool {
        if same(a, b) { return true }
        guard a.isFinite, b.isFinite, b != 0 else { return false }
        return abs(a - b) <= ulps * max(b.ulp, Double.leastNonzeroMagnitude)
    }

    static func close(_ a: Float, _ b: Float, ulps: Float) -> Bool {
        if a == b || (a.isNaN && b.isNaN) { return true }
        guard a.isFinite, b.isFinite, b != 0 else { return false }
        return abs(a - b) <= ulps * max(b.ulp, Float.leastNonzeroMagnitude)
    }

    @Test(arguments: Catalog.builtInIDs)
    func buffersAgreeWithScalarEvaluation(id: String) throws {
        let f = try #require(Catalog.builtIn(id))
        let values = f.evaluate(Self.xs), slopes = f.evaluateDerivative(Self.xs)
        for (i, x) in Self.xs.enumerated() {
            let scalar = f.value(x)
            // Away from the points where f is exact (0, ±∞, NaN, saturation), 3 ulps: the
            // kernel's 2 and the scalar function's 1.
            #expect(Self.close(values[i], scalar, ulps: 3), "\(id)(\(x)) = \(values[i]), scalar \(scalar)")
            if !x.isFinite || scalar == 0 || scalar.isInfinite { #expect(Self.same(values[i], scalar), "\(id)(\(x))") }
            let slope = f.derivativeIgnoringKinks(x)
            // 5 ulps (the kernel's 4 and the scalar function's 1), or 8·2⁻⁵² where f′ is near 0.
            #expect(Self.close(slopes[i], slope, ulps: 5) || abs(slopes[i] - slope) <= 0x1p-49, "\(id)′(\(x)) = \(slopes[i]), scalar \(slope)")
            if !x.isFinite { #expect(Self.same(slopes[i], slope), "\(id)′(\(x))") }
        }
        let floats = Self.xs.map(Float.init)
        let floatValues = f.evaluate(floats), floatSlopes = f.evaluateDerivative(floats)
        for (i, x) in floats.enumerated() {
            #expect(Self.close(floatValues[i], f.value(x), ulps: 1), "Float \(id)(\(x)) = \(floatValues[i]), scalar \(f.value(x))")
            let slope = f.derivative(x) ?? floatSlopes[i]
            #expect(Self.close(floatSlopes[i], slope, ulps: 1) || abs(floatSlopes[i] - slope) <= 0x1p-49, "Float \(id)′(\(x))")
        }
    }

    /// Every length from 0 to 40 (full vectors plus every tail length), and each element
    /// alone: an element's result does not depend on where it sits in the buffer.
    @Test(arguments: Catalog.builtInIDs)
    func resultsDoNotDependOnBufferLengthOrPosition(id: String) throws {
        let f = try #require(Catalog.builtIn(id))
        let all = f.evaluate(Self.xs), allFloat = f.evaluate(Self.xs.map(Float.init))
        for length in 0...40 {
            let offset = length % 7
            let part = Array(Self.xs[offset..<(offset + length)])
            let values = f.evaluate(part), floatValues = f.evaluate(part.map(Float.init))
            #expect(values.count == length && floatValues.count == length)
            for i in 0..<length {
                #expect(Self.same(values[i], all[offset + i]), "\(id)(\(part[i])) in a buffer of \(length)")
                #expect(Self.same(Double(floatValues[i]), Double(allFloat[offset + i])), "Float \(id)(\(part[i])) in a buffer of \(length)")
            }
        }
    }

    /// A denser sweep than the fixture: 20,000 points per built-in, uniform in [−40, 40] and
    /// log-uniform in magnitude from 1e-12 to 1000, buffer against scalar within 3 ulps
    /// (Double) and 1 ulp (Float). Both Float paths round a result good to far more than
    /// Float's precision, so they must also agree exactly at all but 0.1% of the points (a
    /// Float kernel off by an ulp here and there is caught even where it stays within 1 ulp).
    @Test(arguments: Catalog.builtInIDs)
    func denseSweepAgreesWithScalarEvaluation(id: String) throws {
        let f = try #require(Catalog.builtIn(id))
        var state: UInt64 = 0x5EED
        func unit() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) * 0x1p-53
        }
        let xs: [Double] = (0..<20_000).map { i in
            let sign: Double = i % 2 == 0 ? 1 : -1
            return i % 4 < 2 ? unit() * 80 - 40 : sign * pow(10.0, unit() * 15 - 12)
        }
        let values = f.evaluate(xs), floatValues = f.evaluate(xs.map(Float.init))
        var floatMismatches = 0
        for (i, x) in xs.enumerated() {
            #expect(Self.close(values[i], f.value(x), ulps: 3), "\(id)(\(x)) = \(values[i]), scalar \(f.value(x))")
            let fx = Float(x)
            #expect(Self.close(floatValues[i], f.value(fx), ulps: 1), "Float \(id)(\(fx)) = \(floatValues[i]), scalar \(f.value(fx))")
            if floatValues[i] != f.value(fx) && !floatValues[i].isNaN { floatMismatches += 1 }
        }
        #expect(floatMismatches <= xs.count / 1000, "Float \(id): \(floatMismatches) of \(xs.count) differ from the scalar path")
    }

    /// In-place evaluation (input and output the same memory) gives the same values.
    @Test func evaluatingInPlace() throws {
        for id in ["sigmoid", "tanh", "gelu", "squareplus"] {
            let f = try #require(Catalog.builtIn(id))
            var buffer = Self.xs
            buffer.withUnsafeMutableBufferPointer { f.evaluate(UnsafeBufferPointer($0), into: $0) }
            #expect(zip(buffer, f.evaluate(Self.xs)).allSatisfy { Self.same($0, $1) }, "\(id)")
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
