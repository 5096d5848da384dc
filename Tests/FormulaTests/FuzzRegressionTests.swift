import Foundation
import Formula
import Testing
import TestSupport

/// Every input the formula fuzzer ever saved (Fixtures/fuzz-regressions/) goes through
/// the fuzzer's pipeline again, with its checks: parse, evaluate in Double and Float,
/// differentiate twice, find breakpoints, render, and print text that parses back to the
/// same tree. A crash fails the run, a hang trips the time limit.
@Suite(.timeLimit(.minutes(1))) struct FuzzRegressionTests {
    static let folder = TestSupport.fixtureURL("FormulaTests", "fuzz-regressions")

    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    /// Inputs whose bug is still open in Formula, with what goes wrong. Remove an entry
    /// when its bug is fixed (the known issue then fails to appear, and the test says so).
    static let openBugs: [String: String] = [:]

    static let parameters: [String: Double] = ["a": 0.5, "b": -2, "alpha": 1e-3, "k": 1e6]
    static let symbols = ["alpha": "α", "a": "a₁", "k": "<script>&"]

    @Test func thereAreRegressionInputs() {
        #expect(Self.inputs.count >= 2)
    }

    @Test(arguments: inputs)
    func savedInputRunsThroughEveryStage(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let text = String(decoding: data, as: UTF8.self)
        guard let expression = try? FormulaParser.parse(text, names: Set(Self.parameters.keys)) else { return }
        let derivative = expression.derivative()
        for e in [expression, derivative] {
            let f = e.compiled(parameters: Self.parameters)
            let points: [Double] = [-.infinity, -1e300, -5, -1, -0.0, 0, 1e-300, 1, 5, 1e300, .infinity, .nan]
            for x in points {
                _ = e.evaluate(at: x, parameters: Self.parameters)
                _ = e.evaluate(at: Float(x), parameters: Self.parameters.mapValues { Float($0) })
                _ = f(x)
            }
            // The flat evaluator agrees with the closures bit for bit (the sign of zero included).
            for (x, y) in zip(points, e.program(parameters: Self.parameters).evaluate(points)) {
                let expected = f(x)
                #expect(y.bitPattern == expected.bitPattern || (y.isNaN && expected.isNaN), "Program at x = \(x): \(y), closures: \(expected)")
            }
            #expect(!e.mathML(symbols: Self.symbols).contains("<script"))
            _ = e.latex(symbols: Self.symbols)
            _ = e.plainText(symbols: Self.symbols)
        }
        _ = derivative.derivative()
        for interval in [-5.0...5.0, -1e6...1e6] {
            let points = expression.breakpoints(parameters: Self.parameters, in: interval)
            #expect(points.allSatisfy { interval.contains($0.x) })
        }
        let check = {
            for e in [expression, derivative] where e.depth < FormulaLanguage.maximumDepth - 2 {
                let printed = e.description
                let reparsed = try? FormulaParser.parse(printed, names: e.referencedNames)
                #expect(reparsed == e, "'\(printed)' does not parse back to the same tree")
            }
        }
        if let bug = Self.openBugs[name] {
            withKnownIssue(Comment(rawValue: bug), check)
        } else {
            check()
        }
    }
}
