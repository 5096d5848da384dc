import ActivationCore
import Foundation
import Testing
import TestSupport

/// Nonlin's built-ins against mpmath: the worst error in ulps per function and precision must
/// stay within the bounds below (Fixtures/reference.tsv, from scripts/accuracy/accuracy.py).
///
/// Bounds: Double f ≤ 2 ulps; Double f′ ≤ 4 ulps, or an absolute error ≤ 4·2⁻⁵² within 0.25
/// of a root of f′; Float f and f′ ≤ 1 ulp. A derivative the reference marks as undefined
/// (a kink or jump) must be nil. The same points go through the buffer API (the vector
/// kernels) under the same bounds. With NONLIN_DUMP=path set, the test also writes Nonlin's
/// values at every reference point, scalar and buffer, to that path, for the accuracy report.
@Suite struct ReferenceAccuracyTests {
    struct Row {
        let id: String
        let x: Double
        let f: (hi: Double, lo: Double)
        let df: (hi: Double, lo: Double)?
        let nearRoot: Bool
        let isFloat: Bool
    }

    static func load() throws -> [Row] {
        let text = try TestSupport.fixture("ActivationCoreTests", "reference.tsv")
        var rows: [Row] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("id\t") {
            let c = line.split(separator: "\t").map(String.init)
            guard c.count == 8, let x = Double(c[1]), let fHi = Double(c[2]), let fLo = Double(c[3]) else {
                Issue.record("malformed reference line: \(line)")
                continue
            }
            let df = c[4] == "none" ? nil : (Double(c[4])!, Double(c[5])!)
            rows.append(Row(id: c[0], x: x, f: (fHi, fLo), df: df, nearRoot: c[6] == "1", isFloat: c[7] == "1"))
        }
        return rows
    }

    /// |got − (hi + lo)| in units of the last place of the exact value, in the format whose
    /// ulp of 1 is `unit` (2⁻⁵² for Double, 2⁻²³ for Float) and smallest spacing `tiny`.
    static func ulps(_ got: Double, _ exact: (hi: Double, lo: Double), unit: Double, tiny: Double, largest: Double) -> Double {
        let magnitude = abs(exact.hi)
        if magnitude > largest * (1 + unit / 4) || exact.hi.isInfinite {  // overflows in this format
            return got == (exact.hi > 0 ? .infinity : -.infinity) ? 0 : .infinity
        }
        guard got.isFinite else { return .infinity }
        let difference = abs((got - exact.hi) - exact.lo)
        var spacing: Double
        if magnitude < tiny / unit {
            spacing = tiny
        } else {
            let exponent = magnitude.exponent
            spacing = Double(sign: .plus, exponent: exponent, significand: 1) * unit
            // At a power of two, an exact value just below it lives in the finer binade.
            if magnitude.significandBitPattern == 0 && (exact.lo < 0) != (exact.hi < 0) && exact.lo != 0 { spacing /= 2 }
            spacing = max(spacing, tiny)
        }
        return difference / spacing
    }

    struct Worst {
        var error = 0.0
        var x = 0.0
        mutating func update(_ e: Double, at x: Double) {
            if e > error || e.isNaN { error = e; self.x = x }
        }
    }

    /// The errors of one point's results against the reference, each checked against its
    /// bound: [Double f, Double f′, Float f, Float f′, Double f′ near a root (absolute, in
    /// 2⁻⁵²), same (relative)]; NaN where the point has no such result. `path` names the code
    /// path in failure messages.
    static func check(_ row: Row, value: Double, derivative: Double?, floatValue: Float?, floatDerivative: Float?,
                      path: String) -> [Double] {
        var errors = Array(repeating: Double.nan, count: 6)
        let doubleUnit = 0x1p-52, floatUnit = 0x1p-23
        errors[0] = ulps(value, row.f, unit: doubleUnit, tiny: 0x1p-1074, largest: .greatestFiniteMagnitude)
        #expect(errors[0] <= 2, "\(path) \(row.id)(\(row.x)) = \(value): \(errors[0]) ulps")
        if let exact = row.df {
            guard let d = derivative else {
                Issue.record("\(path) \(row.id)′(\(row.x)) is nil but exists")
                return errors
            }
            let e1 = ulps(d, exact, unit: doubleUnit, tiny: 0x1p-1074, largest: .greatestFiniteMagnitude)
            if row.nearRoot {
                // Near a root of f′ the bound is absolute: 4·2⁻⁵².
                errors[4] = abs((d - exact.hi) - exact.lo) / doubleUnit
                errors[5] = e1
                #expect(e1 <= 4 || errors[4] <= 4, "\(path) \(row.id)′(\(row.x)) = \(d): \(errors[4])·2⁻⁵² absolute")
            } else {
                errors[1] = e1
                #expect(e1 <= 4, "\(path) \(row.id)′(\(row.x)) = \(d): \(e1) ulps")
            }
        }
        if let floatValue {
            errors[2] = ulps(Double(floatValue), row.f, unit: floatUnit, tiny: 0x1p-149, largest: Double(Float.greatestFiniteMagnitude))
            #expect(errors[2] <= 1, "\(path) Float \(row.id)(\(row.x)) = \(floatValue): \(errors[2]) ulps")
        }
        if let exact = row.df, let d = floatDerivative {
            errors[3] = ulps(Double(d), exact, unit: floatUnit, tiny: 0x1p-149, largest: Double(Float.greatestFiniteMagnitude))
            #expect(errors[3] <= 1, "\(path) Float \(row.id)′(\(row.x)) = \(d): \(errors[3]) ulps")
        }
        return errors
    }

    static func report(_ title: String, _ worst: [String: [Worst]]) {
        print("\(title): worst errors in ulps (at x): id, Double f, Double f′ (away from roots of f′), Float f, Float f′, Double f′ near a root of f′ (absolute, in 2⁻⁵²), same (relative ulps)")
        for id in Catalog.builtInIDs {
            let w = worst[id] ?? []
            print(id, w.map { String(format: "%.3f (%g)", $0.error, $0.x) }.joined(separator: ", "))
        }
    }

    @Test func builtInsAreWithinTheirUlpBounds() throws {
        let rows = try Self.load()
        #expect(Set(rows.map(\.id)) == Set(Catalog.builtInIDs))
        var worst: [String: [Worst]] = [:]
        var dump = ["id\tx\tf_double\tdf_double\tf_float\tdf_float\tf_double_buffer\tdf_double_buffer\tf_float_buffer\tdf_float_buffer"]
        // The buffer path's values at the same points, for the dump (bounds: the test below).
        var buffered: [String: [Double: (Double, Double, Float, Float)]] = [:]
        for (id, points) in Dictionary(grouping: rows, by: \.id) {
            let f = try #require(Catalog.builtIn(id))
            let xs = points.map(\.x), floats = xs.map(Float.init)
            let values = f.evaluate(xs), slopes = f.evaluateDerivative(xs)
            let floatValues = f.evaluate(floats), floatSlopes = f.evaluateDerivative(floats)
            buffered[id] = Dictionary(xs.indices.map { (xs[$0], (values[$0], slopes[$0], floatValues[$0], floatSlopes[$0])) },
                                      uniquingKeysWith: { a, _ in a })
        }
        for row in rows {
            let f = try #require(Catalog.builtIn(row.id))
            var w = worst[row.id] ?? Array(repeating: Worst(), count: 6)
            let value = f.value(row.x)
            let derivative = f.derivative(row.x)
            if row.df == nil { #expect(derivative == nil, "\(row.id)′(\(row.x)) should not exist") }
            let floatValue = row.isFloat ? f.value(Float(row.x)) : nil
            let floatDerivative = row.isFloat ? f.derivative(Float(row.x)) : nil
            let errors = Self.check(row, value: value, derivative: derivative, floatValue: floatValue,
                                    floatDerivative: floatDerivative, path: "scalar")
            for (k, e) in errors.enumerated() where !e.isNaN || k == 0 { w[k].update(e, at: row.x) }
            worst[row.id] = w
            let b = try #require(buffered[row.id]?[row.x])
            dump.append([row.id, "\(row.x)", "\(value)", derivative.map { "\($0)" } ?? "none",
                         floatValue.map { "\($0)" } ?? "skip", floatDerivative.map { "\($0)" } ?? "none",
                         "\(b.0)", derivative == nil ? "none" : "\(b.1)",
                         row.isFloat ? "\(b.2)" : "skip", floatDerivative == nil ? "none" : "\(b.3)"].joined(separator: "\t"))
        }
        Self.report("scalar", worst)
        if let path = ProcessInfo.processInfo.environment["NONLIN_DUMP"] {
            try (dump.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// The same points through the buffer API (`evaluate`/`evaluateDerivative` over all of a
    /// function's points at once, so the vector kernels and their padded tails run), held to
    /// the same bounds.
    @Test func bufferEvaluationIsWithinTheSameUlpBounds() throws {
        let rows = try Self.load()
        var worst: [String: [Worst]] = [:]
        for (id, points) in Dictionary(grouping: rows, by: \.id) {
            let f = try #require(Catalog.builtIn(id))
            let xs = points.map(\.x), floatXs = points.map { Float($0.x) }
            let values = f.evaluate(xs), slopes = f.evaluateDerivative(xs)
            let floatValues = f.evaluate(floatXs), floatSlopes = f.evaluateDerivative(floatXs)
            var w = Array(repeating: Worst(), count: 6)
            for (i, row) in points.enumerated() {
                let defined = row.df != nil
                let errors = Self.check(row, value: values[i], derivative: defined ? slopes[i] : nil,
                                        floatValue: row.isFloat ? floatValues[i] : nil,
                                        floatDerivative: row.isFloat && defined ? floatSlopes[i] : nil, path: "buffer")
                for (k, e) in errors.enumerated() where !e.isNaN || k == 0 { w[k].update(e, at: row.x) }
            }
            worst[id] = w
        }
        Self.report("buffer", worst)
    }
}
