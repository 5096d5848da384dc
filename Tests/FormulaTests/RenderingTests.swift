import Formula
import Testing

@Suite struct RenderingTests {
    func e(_ text: String, _ names: Set<String> = []) throws -> Expression {
        try FormulaParser.parse(text, names: names)
    }

    @Test func plainTextReadsLikeHandwriting() throws {
        #expect(try e("x * Phi(x)").plainText(symbols: [:]) == "x·Φ(x)")
        #expect(try e("max(0, x)").plainText(symbols: [:]) == "max(0, x)")
        #expect(try e("sigmoid(x)").derivative().plainText(symbols: [:]) == "σ(x)(1 − σ(x))")
        #expect(try e("x * sigmoid(x)").derivative().plainText(symbols: [:]) == "σ(x) + x·σ(x)(1 − σ(x))")
        #expect(try e("if(x >= 0, x, negative_slope * x)", ["negative_slope"]).plainText(symbols: ["negative_slope": "α"])
                == "{x if x ≥ 0; αx otherwise}")
        #expect(try e("2 * 3 * x^2").plainText(symbols: [:]) == "2·3x²")
        #expect(try e("x^(1/2) + x^alpha", ["alpha"]).plainText(symbols: [:]) == "x^(1/2) + x^alpha")
        #expect(try e("-(x + 1) - -x").plainText(symbols: [:]) == "−(x + 1) − (−x)")
        #expect(try e("1e-05 * x").plainText(symbols: [:]) == "10⁻⁵x")
    }

    @Test func unnamedParametersAreShownByTheirNameWithAVisibleProduct() throws {
        let f = try e("negative_slope * x", ["negative_slope"])
        #expect(f.plainText(symbols: [:]) == "negative_slope·x")
        #expect(f.mathML(symbols: [:], display: false) == """
            <math xmlns="http://www.w3.org/1998/Math/MathML" display="inline"><mrow><mi style="font-style: italic">negative_slope</mi><mo>⋅</mo><mi>x</mi></mrow></math>
            """)
        #expect(f.latex(symbols: [:]) == "\\mathit{negative\\_slope} \\cdot x")
    }

    @Test func mathMLEscapesSymbolsFromTheFrontMatter() throws {
        let f = try e("a * x", ["a"])
        let html = f.mathML(symbols: ["a": "<script>&"])
        #expect(html.contains("&lt;script&gt;&amp;"))
        #expect(!html.contains("<script>"))
        #expect(f.latex(symbols: ["a": "a_1&"]) == "\\mathit{a\\_1\\&} \\cdot x")
    }

    @Test func mathMLUsesFractionsPowersOfEAndInvisibleTimes() throws {
        let gelu = try e("x * Phi(x)").derivative().mathML(symbols: [:])
        #expect(gelu.contains("<mfrac>"))
        #expect(gelu.contains("<msup><mi>e</mi>"))
        #expect(gelu.contains("<mo>&#x2062;</mo>"))
        #expect(gelu.contains("<msqrt>"))
        #expect(gelu.hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"))
        #expect(try e("2 * 3").mathML(symbols: [:]).contains("<mn>2</mn><mo>⋅</mo><mn>3</mn>"))
        let step = try e("if(x >= 0, 1, 0)").mathML(symbols: [:])
        #expect(step.contains("<mo>{</mo><mtable"))
        #expect(step.contains("<mtext>otherwise</mtext>"))
        #expect(step.contains("<mo>≥</mo>"))
    }

    @Test func parenthesesAppearOnlyWherePrecedenceNeedsThem() throws {
        #expect(try e("(x + 1) * (x - 1)").plainText(symbols: [:]) == "(x + 1)(x − 1)")
        #expect(try e("(x * 2) + (3 * x)").plainText(symbols: [:]) == "x·2 + 3x")
        #expect(try e("(-x)^2 - (-x^2)").plainText(symbols: [:]) == "(−x)² − (−x²)")
        #expect(try e("x / (2 * x) / 3").plainText(symbols: [:]) == "(x/(2x))/3")
        #expect(try e("(x + 1)^2").latex(symbols: [:]) == "(x + 1)^{2}")
        #expect(try e("tanh(x)^2").latex(symbols: [:]) == "\\tanh^{2}(x)")
    }
}
