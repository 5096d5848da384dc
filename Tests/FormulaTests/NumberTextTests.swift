@testable import Formula
import Testing

/// `NumberFormatting.text` writes whole numbers without `description`; its text must be
/// `description`'s with every ".0" before the end or the exponent removed.
struct NumberTextTests {
    /// The definition the shortcut must match, written the slow way.
    static func describedText(_ value: Double) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        if let e = text.firstIndex(of: "e") {
            var mantissa = String(text[..<e])
            if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
            text = mantissa + text[e...]
        }
        return text
    }

    @Test func wholeNumbersAreWrittenAsDescriptionWithoutPointZero() {
        var values: [Double] = Array(-300...300).map(Double.init)
        var power = 1.0
        while power < 1e18 {
            values += [power, power - 1, power + 1, -power, -(power - 1), 2 * power - 1]
            power *= 10
        }
        values += [0.0, -0.0, 0x1p53, 0x1p53 + 2, -0x1p53, 999_999_999_999_999, 1e15, 1e15 - 0.5, 1e16, 1e22]
        for value in values {
            #expect(NumberFormatting.text(value) == Self.describedText(value), "\(value)")
        }
        #expect(NumberFormatting.text(-0.0) == "-0")
    }

    @Test func fractionsAndExponentsAreWrittenAsDescriptionWithoutPointZero() {
        let values = [0.5, -0.5, 2.5, 0.044715, 1e-05, -1e-05, 1.5e-07, 1e-300, 5e-324, 1.5e20, 0x1p-1022,
                      0.1 + 0.2, 1.0 / 3, -1.0507009873554805, 999_999_999_999_999.5, .greatestFiniteMagnitude]
        for value in values {
            #expect(NumberFormatting.text(value) == Self.describedText(value), "\(value)")
        }
        #expect(NumberFormatting.text(1e-05) == "1e-05")
    }

    @Test func scientificSplitsTheExponentOff() {
        #expect(NumberFormatting.scientific("1e-05")! == ("1", -5))
        #expect(NumberFormatting.scientific("2.5e+16")! == ("2.5", 16))
        #expect(NumberFormatting.scientific("0.25") == nil)
    }
}
