@testable import Formula
import Testing

/// The simplifier's shortcut for whole numbers must give what `NumberFormatting.tidy` gives.
struct AlgebraTidyTests {
    @Test func wholeNumbersAreTheirOwnTidyFormAsNumberFormattingSays() {
        var values: [Double] = Array(-2000...2000).map(Double.init)
        var power = 1.0
        while power < 0x1p51 {
            values += [power, power - 1, power + 1, -power, 2 * power - 1]
            power *= 10
        }
        values += [0x1p50 - 1, 0x1p50, 0x1p50 + 1, 0x1p49 + 3, -0.0, 123_456_789_012_345]
        // Spread over every magnitude up to 2⁵¹, the same numbers on every run.
        values += (1...2000).map { (i: Int64) in Double((i &* 2_654_435_761_123_457) % (1 << (i % 52))) }
        for value in values {
            #expect(Algebra.tidy(value).bitPattern == NumberFormatting.tidy(value).bitPattern, "\(value)")
        }
    }

    @Test func otherNumbersAreTidiedAsNumberFormattingSays() {
        var values = [0.1 + 0.2, 1.0 / 3, 0.30000000000000004, 2.5, -7.25, 1e-300, .infinity, -.infinity, .nan,
                      0x1p52 + 1, 1e20, 0.044715, 1.702, 1.0507009873554805, 0.7978845608028654]
        // Quotients and sums of short decimals, as folding constants makes them, and their neighbours.
        for i in 1...400 {
            let a = Double(i) * 0.037, b = Double(i % 17 + 3) / 7
            values += [a / b, a + b, a * b, (a / b).nextUp, (a / b).nextUp.nextUp, (a + 0.1).nextDown]
        }
        for value in values {
            #expect(Algebra.tidy(value).bitPattern == NumberFormatting.tidy(value).bitPattern, "\(value)")
            if value.isFinite {
                let tidy = NumberFormatting.tidy(value)
                let expected = NumberFormatting.text(tidy).count <= 10 ? tidy : nil
                #expect(Algebra.foldable(value)?.bitPattern == expected?.bitPattern, "\(value)")
            }
        }
    }
}
