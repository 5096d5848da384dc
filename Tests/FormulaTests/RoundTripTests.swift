@testable import Formula
import Testing

@Suite struct RoundTripTests {
    @Test func printingAndParsingGivesAnEqualTreeOnSeededRandomTrees() throws {
        var generator = RandomFormulas(seed: 1_234_567)
        generator.negativeNumbers = true
        var failures = 0
        for _ in 0..<2000 {
            let e = generator.expression(depth: 6)
            let text = e.description
            let again = try FormulaParser.parse(text, names: e.referencedNames)
            if again != e { failures += 1 }
            #expect(again == e, "\(text)")
            #expect(again.description == text)
        }
        #expect(failures == 0)
    }

    @Test func simplifiedAndDifferentiatedTreesRoundTripToo() throws {
        var generator = RandomFormulas(seed: 31)
        for _ in 0..<500 {
            let e = generator.expression(depth: 4)
            for tree in [e.simplified(), e.derivative()] {
                let again = try FormulaParser.parse(tree.description, names: tree.referencedNames)
                #expect(again == tree, "\(tree)")
            }
        }
    }

    @Test func theParsedTreeEvaluatesLikeTheOriginal() throws {
        var generator = RandomFormulas(seed: 5)
        generator.negativeNumbers = true
        let parameters = ["alpha": 0.7, "beta": -1.3]
        for _ in 0..<300 {
            let e = generator.expression(depth: 5)
            let again = try FormulaParser.parse(e.description, names: e.referencedNames)
            for x in [-2.5, -0.3, 0, 0.7, 3] {
                let u = e.evaluate(at: x, parameters: parameters), v = again.evaluate(at: x, parameters: parameters)
                #expect(u == v || (u.isNaN && v.isNaN), "\(e) at \(x)")
            }
        }
    }
}
