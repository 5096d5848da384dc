import Formula

// libFuzzer entry point: the input bytes are a formula (invalid UTF-8 is decoded with
// replacement characters, as a text editor would show it). Every stage a content file's
// formula goes through runs on it, and the documented invariants are checked; a
// violated invariant traps, so libFuzzer saves the input as a crash.

/// Names the fuzzer's formulas may use as declared parameters, with their values.
private let parameterValues: [String: Double] = ["a": 0.5, "b": -2, "alpha": 1e-3, "k": 1e6]
private let floatParameterValues = parameterValues.mapValues { Float($0) }
/// Display symbols as a content file may declare them, one of them hostile markup.
private let symbols: [String: String] = ["alpha": "α", "a": "a₁", "k": "<script>&"]

/// Where every formula is evaluated: ordinary points, zeros of both signs, the
/// extremes of Double, and the non-finite values.
private let samplePoints: [Double] = [
    -.infinity, -1e300, -1000, -5, -1, -0.5, -1e-300, -0.0, 0, 1e-300, 0.5, 1, 2, 5, 1000, 1e300,
    .infinity, .nan, .leastNonzeroMagnitude, -.greatestFiniteMagnitude,
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormula(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let expression: Expression
    do {
        expression = try FormulaParser.parse(text, names: Set(parameterValues.keys))
    } catch {
        checkErrorPosition(error, in: text)
        _ = error.diagnostic(path: "fuzz", source: text).rendered()
        return 0
    }
    exercise(expression)
    let derivative = expression.derivative()
    exercise(derivative)
    _ = derivative.derivative().description
    for interval in [-5.0...5.0, -1e6...1e6, 0.0...1e-300] {
        let breakpoints = expression.breakpoints(parameters: parameterValues, in: interval)
        require(breakpoints.allSatisfy { interval.contains($0.x) }, "breakpoint outside \(interval)")
        require(zip(breakpoints, breakpoints.dropFirst()).allSatisfy { $0.x < $1.x }, "breakpoints not sorted and unique")
    }
    return 0
}

/// Evaluates in Double and Float, directly and compiled; renders as plain text, LaTeX,
/// MathML (where markup in a symbol must come out escaped) and JavaScript; and checks
/// that printing the expression gives text that parses back to the same tree.
private func exercise(_ expression: Expression) {
    let f = expression.compiled(parameters: parameterValues)
    let g = expression.compiledFloat(parameters: floatParameterValues)
    for x in samplePoints {
        _ = expression.evaluate(at: x, parameters: parameterValues)
        _ = expression.evaluate(at: Float(x), parameters: floatParameterValues)
        _ = f(x)
        _ = g(Float(x))
    }
    // The flat evaluator the analysis uses must agree with the closures bit for bit.
    let program = expression.program(parameters: parameterValues)
    for (x, y) in zip(samplePoints, program.evaluate(samplePoints)) {
        let expected = f(x)
        require(y.bitPattern == expected.bitPattern || (y.isNaN && expected.isNaN),
                "Program gives \(y) but the closures give \(expected) at x = \(x) for \(expression)")
    }
    _ = expression.derivativeForEvaluation().program(parameters: parameterValues).evaluate(samplePoints)
    _ = expression.simplified()
    _ = expression.plainText(symbols: symbols)
    _ = expression.latex(symbols: symbols)
    for display in [true, false] {
        let mathML = expression.mathML(symbols: symbols, display: display)
        require(!mathML.contains("<script"), "unescaped symbol in MathML: \(mathML)")
    }
    _ = expression.javaScript(parameters: parameterValues.keys.sorted())
    let printed = expression.description
    // A tree deeper than the parser's limit cannot come back; everything else must.
    guard expression.depth < FormulaLanguage.maximumDepth - 2 else { return }
    let reparsed: Expression
    do {
        reparsed = try FormulaParser.parse(printed, names: expression.referencedNames)
    } catch {
        fatalError("printed formula does not parse: \(printed) — \(error)")
    }
    require(reparsed == expression, "printing does not round-trip: \(printed)")
}

/// A parse error points into the text: at a line that exists, at a column at most one
/// past that line's end.
private func checkErrorPosition(_ error: FormulaError, in text: String) {
    // The lexer counts lines at "\n" only, and columns in Unicode scalars.
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    let start = error.range.start
    require(start.line >= 1 && start.line <= lines.count, "error line \(start.line) outside the text")
    require(start.column >= 1 && start.column <= lines[start.line - 1].count + 1,
            "error column \(start.column) outside line \(start.line)")
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
