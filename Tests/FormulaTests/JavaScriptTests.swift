import Foundation
@testable import Formula
import Testing
import TestSupport

@Suite struct JavaScriptTests {
    /// The `node` executable on PATH, if any.
    static let node: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("node")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Runs a script with node and returns its standard output.
    static func run(_ script: String) throws -> String {
        let folder = try TestSupport.temporaryDirectory("formula-js")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("check.js")
        try script.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = node
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    static let grid: [Double] = (-160...160).map { Double($0) / 20 } + [-40, -25, -12.5, 25, 40, 1e-9, -1e-9, 0.049, -0.5, 0.5]

    @Test(.enabled(if: node != nil, "node is not on PATH: the generated JavaScript is not run"))
    func generatedJavaScriptMatchesSwiftEvaluationForEveryContentFormula() throws {
        var script = FormulaLanguage.javaScriptRuntime + "\nvar xs = [" + Self.grid.map { "\($0)" }.joined(separator: ", ") + "];\n"
        var expressions: [(Formula.Expression, [String: Double])] = []
        for (formula, parameters) in ContentFormulas.all {
            let e = try ContentFormulas.parse(formula, parameters)
            expressions.append((e, parameters))
            expressions.append((e.derivative(), parameters))
        }
        for (e, parameters) in expressions {
            let names = parameters.keys.sorted()
            let values = names.map { "\(parameters[$0]!)" }
            script += "console.log(xs.map(function (x) { return String((function (x\(names.map { ", " + $0 }.joined())) { return \(e.javaScript(parameters: names)); })(x\(values.map { ", " + $0 }.joined()))); }).join(' '));\n"
        }
        let lines = try Self.run(script).split(separator: "\n")
        #expect(lines.count == expressions.count)
        var worst = 0.0
        for ((e, parameters), line) in zip(expressions, lines) {
            let results = line.split(separator: " ").map { Double(String($0)) }
            #expect(results.count == Self.grid.count)
            for (x, js) in zip(Self.grid, results) {
                let swift = e.evaluate(at: x, parameters: parameters)
                guard let js else { Issue.record("unreadable output for \(e) at \(x)"); continue }
                if swift.isNaN || swift.isInfinite {
                    #expect(js.isNaN == swift.isNaN && (js == swift || swift.isNaN), "\(e) at \(x): JS \(js), Swift \(swift)")
                    continue
                }
                let error = abs(js - swift) / max(abs(swift), .leastNormalMagnitude)
                worst = max(worst, js == swift ? 0 : error)
                #expect(js == swift || error <= 1e-12, "\(e) at \(x): JS \(js), Swift \(swift)")
            }
        }
        print("JavaScript vs Swift: worst relative difference \(worst) over \(expressions.count) expressions")
    }

    @Test(.enabled(if: node != nil, "node is not on PATH: the JavaScript erf is not run"))
    func javaScriptErfAndErfcMatchTheSystemLibrary() throws {
        let xs = (-3000...3000).map { Double($0) / 250 }
        let script = FormulaLanguage.javaScriptRuntime
            + "\nvar xs = [" + xs.map { "\($0)" }.joined(separator: ", ") + "];\n"
            + "console.log(xs.map(function (x) { return __erf(x) + ',' + __erfc(x); }).join(' '));\n"
        let output = try Self.run(script).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        #expect(output.count == xs.count)
        var worst = 0.0
        for (x, pair) in zip(xs, output) {
            let parts = pair.split(separator: ",").compactMap { Double(String($0)) }
            guard parts.count == 2 else { Issue.record("unreadable \(pair)"); continue }
            for (value, reference) in [(parts[0], Double.erf(x)), (parts[1], Double.erfc(x))] where abs(reference) > 1e-300 {
                let error = abs(value - reference) / abs(reference)
                worst = max(worst, error)
                #expect(error < 1e-14, "at \(x): \(value) vs \(reference)")
            }
        }
        print("JavaScript erf/erfc: worst relative error \(worst) against the system library")
    }

    @Test func noTextOfTheFormulaReachesTheScript() throws {
        let hostile = Formula.Expression(.binary(.add, Formula.Expression(.parameter("a);alert(1);//"), range: .synthesized),
                                         Formula.Expression(.parameter("b"), range: .synthesized)), range: .synthesized)
        #expect(hostile.javaScript(parameters: ["a);alert(1);//", "b"]) == "(NaN + b)")
        #expect(try FormulaParser.parse("alpha * x", names: ["alpha"]).javaScript(parameters: []) == "(NaN * x)")
        #expect(try FormulaParser.parse("-2 * x^2 + 1e-05 - pi", names: []).javaScript(parameters: [])
                == "((((-2) * Math.pow(x, 2)) + 1e-05) - Math.PI)")
        #expect(try FormulaParser.parse("if(x > 0 and x < 1, sigmoid(x), Phi(x))", names: []).javaScript(parameters: [])
                == "__if(__and(__gt(x, 0), __lt(x, 1)), __sigmoid(x), __phi(x))")
    }
}
