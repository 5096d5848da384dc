@testable import Formula
import Diagnostics
import Testing

/// What each node keeps about its tree (node count, flags) and the equality shortcut for
/// trees sharing storage: both must give exactly what a walk of the tree gives.
@Suite struct ExpressionSummaryTests {
    /// The node count and flags found by walking the tree, as `size` and the flags were
    /// computed before nodes kept them.
    func walked(_ e: Expression) -> (size: Int, dependsOnX: Bool, negativeZero: Bool, hasSwitch: Bool) {
        var size = 1, depends = false, negativeZero = false, hasSwitch = false
        switch e.kind {
        case .number(let v): negativeZero = v == 0 && v.sign == .minus
        case .variable: depends = true
        case .call(.max, _), .call(.min, _), .call(.abs, _), .call(.sign, _), .call(.clamp, _), .conditional: hasSwitch = true
        default: break
        }
        for child in e.children {
            let c = walked(child)
            size += c.size
            depends = depends || c.dependsOnX
            negativeZero = negativeZero || c.negativeZero
            hasSwitch = hasSwitch || c.hasSwitch
        }
        return (size, depends, negativeZero, hasSwitch)
    }

    @Test func sizeAndFlagsEqualAWalkOfTheTreeOnSeededRandomFormulas() {
        var random = RandomFormulas(seed: 77)
        random.negativeNumbers = true
        for _ in 0..<300 {
            let e = random.expression(depth: 5)
            for tree in [e, e.derivative(), e.derivativeForEvaluation()] {
                let w = walked(tree)
                #expect(tree.size == w.size, "\(tree)")
                #expect(tree.dependsOnX == w.dependsOnX, "\(tree)")
                #expect(tree.containsNegativeZero == w.negativeZero, "\(tree)")
                #expect(tree.containsSwitch == w.hasSwitch, "\(tree)")
            }
        }
    }

    @Test func changingANodesKindRecountsItsTree() throws {
        var e = try FormulaParser.parse("x + 1", names: [])
        #expect(e.size == 3 && e.dependsOnX && !e.containsSwitch)
        e.kind = .call(.max, [.number(0), .number(-0.0)])
        #expect(e.size == 3 && !e.dependsOnX && e.containsSwitch && e.containsNegativeZero)
    }

    @Test func aSubtreeAndItsCopyAreEqualAndATreeHoldingNaNIsNotEqualToItself() throws {
        let u = try FormulaParser.parse("tanh(x) * x + 2", names: [])
        let copy = u
        #expect(copy == u)
        #expect(Expression(.binary(.add, u, u), range: .synthesized) == Expression(.binary(.add, copy, u), range: .synthesized))
        let nan = Expression(.binary(.add, .x, .number(.nan)), range: .synthesized)
        let same = nan
        // `==` on numbers holds NaN unequal to itself; sharing storage must not change that.
        #expect(!(same == nan))
        #expect(!(nan == nan))
    }

    @Test func equalTreesBuiltApartAreEqualAndDifferentOnesAreNot() throws {
        let a = try FormulaParser.parse("x * sigmoid(x) + 1", names: [])
        let b = try FormulaParser.parse("x*sigmoid(x)+1", names: [])
        let c = try FormulaParser.parse("x * sigmoid(x) + 2", names: [])
        #expect(a == b)
        #expect(a != c)
        #expect(Expression.number(0) == Expression.number(-0.0))
    }
}
