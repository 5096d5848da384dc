import Foundation
import Formula
import Testing

/// Symbolic derivatives of the content formulas against derivatives worked out by hand.
@Suite struct HandWrittenDerivativeTests {
    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    static func softplus(_ x: Double) -> Double { max(x, 0) + log1p(exp(-abs(x))) }
    static func phi(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }
    static func density(_ x: Double) -> Double { exp(-x * x / 2) / (2 * Double.pi).squareRoot() }

    static let cases: [(formula: String, parameters: [String: Double], derivative: @Sendable (Double) -> Double)] = [
        ("x * Phi(x)", [:], { phi($0) + $0 * density($0) }),
        ("x * sigmoid(x)", [:], { sigmoid($0) * (1 + $0 * (1 - sigmoid($0))) }),
        ("x * sigmoid(beta * x)", ["beta": 1.5], { sigmoid(1.5 * $0) + 1.5 * $0 * sigmoid(1.5 * $0) * (1 - sigmoid(1.5 * $0)) }),
        ("x * tanh(softplus(x))", [:], { x in
            let t = tanh(softplus(x))
            return t + x * (1 - t * t) * sigmoid(x)
        }),
        ("if(x > 0, x, alpha * expm1(x))", ["alpha": 1.7], { $0 > 0 ? 1 : 1.7 * exp($0) }),
        ("x / (1 + abs(x))", [:], { 1 / ((1 + abs($0)) * (1 + abs($0))) }),
        ("x - tanh(x)", [:], { tanh($0) * tanh($0) }),
        ("-softplus(-x)", [:], { sigmoid(-$0) }),
        ("softplus(beta * x) / beta", ["beta": 2], { sigmoid(2 * $0) }),
        ("(x + sqrt(x^2 + b)) / 2", ["b": 4], { (1 + $0 / ($0 * $0 + 4).squareRoot()) / 2 }),
        ("x * clamp(x + 3, 0, 6) / 6", [:], { $0 < -3 ? 0 : ($0 > 3 ? 1 : (2 * $0 + 3) / 6) }),
        ("if(x <= -1, 0, if(x < 1, (x + 1)^2 / 4, x))", [:], { $0 <= -1 ? 0 : ($0 < 1 ? ($0 + 1) / 2 : 1) }),
        ("0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))", [:], { x in
            let k = (2 / Double.pi).squareRoot(), t = tanh(k * (x + 0.044715 * x * x * x))
            return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * k * (1 + 3 * 0.044715 * x * x)
        }),
        ("max(0, x) + min(0, alpha * expm1(x / alpha))", ["alpha": 0.8], { $0 > 0 ? 1 : exp($0 / 0.8) }),
    ]

    @Test func symbolicDerivativesMatchDerivativesWorkedOutByHand() throws {
        for (formula, parameters, expected) in Self.cases {
            let d = try ContentFormulas.parse(formula, parameters).derivative().compiled(parameters: parameters)
            for i in -60...60 {
                let x = Double(i) / 8 + 0.0173
                let (a, b) = (d(x), expected(x))
                #expect(abs(a - b) <= 1e-12 * max(1, abs(b)), "\(formula) at \(x): \(a) vs \(b)")
            }
        }
    }
}
