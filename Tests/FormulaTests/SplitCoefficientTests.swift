@testable import Formula
import Testing

/// `Algebra.splitCoefficient` answers some terms without a `ProductForm`; it must give
/// what collecting and building the term gives, bit for bit.
@Suite struct SplitCoefficientTests {
    func expectSplitAsByProductForm(_ e: Expression) {
        let (c, rest) = Algebra.splitCoefficient(e), (d, built) = Algebra.splitCoefficientByProductForm(e)
        #expect(c.bitPattern == d.bitPattern, "\(e): \(c) vs \(d)")
        switch (rest, built) {
        case (nil, nil): break
        case (let rest?, let built?): #expect(sameBits(rest, built), "\(e): \(rest) vs \(built)")
        default: Issue.record("\(e): \(String(describing: rest)) vs \(String(describing: built))")
        }
    }

    @Test func powersWithNumericExponentsSplitAsTheirProductForm() {
        var random = RandomFormulas(seed: 31)
        random.negativeNumbers = true
        let exponents: [Double] = [2, 3, 0.5, 1, 0, -0.0, -1, -2, 1.5, 1e308, .infinity, 2.5e20]
        for _ in 0..<300 {
            let base = random.expression(depth: 3)
            for n in exponents {
                expectSplitAsByProductForm(base.raised(to: .number(n)))
                expectSplitAsByProductForm(Expression.number(n).raised(to: .number(2)))
            }
        }
    }

    @Test func termsOfRandomFormulasAndDerivativesSplitAsTheirProductForm() {
        var random = RandomFormulas(seed: 32)
        random.negativeNumbers = true
        for _ in 0..<300 {
            let e = random.expression(depth: 5)
            var terms: [Algebra.Term] = []
            for tree in [e, e.derivative(), e.rawDerivative()] { Algebra.terms(of: tree, times: 1, into: &terms) }
            for term in terms { if let t = term.expression { expectSplitAsByProductForm(t) } }
            expectSplitAsByProductForm(e)
        }
    }
}
