import Testing
@testable import Site

@Suite struct NumberFormattingTests {
    @Test func displayUsesSignificantDigitsATrueMinusAndInfinity() {
        #expect(NumberFormatting.display(-0.16997) == "−0.17")
        #expect(NumberFormatting.display(0.5) == "0.5")
        #expect(NumberFormatting.display(-0.7517915, significant: 6) == "−0.751792")
        #expect(NumberFormatting.display(.infinity) == "∞")
        #expect(NumberFormatting.display(-.infinity) == "−∞")
        #expect(NumberFormatting.display(0) == "0")
        #expect(NumberFormatting.display(6) == "6")
        #expect(NumberFormatting.display(1.25e-8) == "1.25×10⁻⁸")
    }

    @Test func roundTripIsShortestAndNamesNonFiniteValues() {
        #expect(NumberFormatting.roundTrip(0.1) == "0.1")
        #expect(NumberFormatting.roundTrip(1e-300) == "1e-300")
        #expect(NumberFormatting.roundTrip(.infinity) == "inf")
        #expect(NumberFormatting.roundTrip(-.infinity) == "-inf")
        #expect(NumberFormatting.roundTrip(.nan) == "nan")
    }
}

@Suite struct JSONValueTests {
    @Test func keepsKeyOrderAndQuotesNonFiniteNumbers() {
        let value = JSONValue.object([("b", .number(1.5)), ("a", .number(.infinity)), ("c", .null), ("d", .string("<x>\"\n"))])
        #expect(value.rendered(indent: nil) == #"{"b":1.5,"a":"inf","c":null,"d":"\u003cx>\"\n"}"#)
    }
}

@Suite struct TableRenderingTests {
    @Test func boxDrawsAlignedColumnsWithNumbersOnTheRight() {
        let text = TableRendering.box(headers: ["x", "f(x)"], rows: [["-1", "0"], ["10", "0.5"]], numeric: [true, true])
        #expect(text == """
            ┌────┬──────┐
            │ x  │ f(x) │
            ├────┼──────┤
            │ -1 │    0 │
            │ 10 │  0.5 │
            └────┴──────┘
            """)
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        #expect(TableRendering.csv(headers: ["a", "b"], rows: [["1,5", "say \"hi\""]]) == "a,b\r\n\"1,5\",\"say \"\"hi\"\"\"\r\n")
    }

    @Test func latexUsesBooktabsAndEscapes() {
        let text = TableRendering.latex(headers: ["Name", "Range"], rows: [["a_b", "[0, ∞)"]], numeric: [false, false])
        #expect(text.contains("\\toprule"))
        #expect(text.contains("a\\_b & [0, $\\infty$) \\\\"))
    }

    @Test func markdownEscapesPipes() {
        #expect(TableRendering.markdown(headers: ["f"], rows: [["|x|"]], numeric: [false]) == "| f |\n| --- |\n| \\|x\\| |")
    }
}
