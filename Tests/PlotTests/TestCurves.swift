import Foundation
@testable import Plot

/// The curves the tests plot: closures written here, since Plot knows no activations.
enum TestCurves {
    static func relu(_ x: Double) -> Double { max(x, 0) }
    static func reluDerivative(_ x: Double) -> Double { x > 0 ? 1 : 0 }
    /// The Heaviside step with f(0) = 1.
    static func step(_ x: Double) -> Double { x >= 0 ? 1 : 0 }
    static func hardshrink(_ x: Double) -> Double { abs(x) > 0.5 ? x : 0 }
    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    static func sigmoidDerivative(_ x: Double) -> Double { let s = sigmoid(x); return s * (1 - s) }
    static func gelu(_ x: Double) -> Double { x * 0.5 * erfc(-x / 2.0.squareRoot()) }
    static func geluDerivative(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot()) + x * exp(-x * x / 2) / (2 * Double.pi).squareRoot()
    }
    static func geluTanh(_ x: Double) -> Double {
        0.5 * x * (1 + tanh((2 / Double.pi).squareRoot() * (x + 0.044715 * x * x * x)))
    }
    static func geluSigmoid(_ x: Double) -> Double { x * sigmoid(1.702 * x) }
    static func silu(_ x: Double) -> Double { x * sigmoid(x) }
    static func softplus(_ x: Double) -> Double { x > 20 ? x : log1p(exp(x)) }
    static func mish(_ x: Double) -> Double { x * tanh(softplus(x)) }

    static let jumpAtZero = [PlotBreakpoint(x: 0, isJump: true)]
    static let hardshrinkJumps = [PlotBreakpoint(x: -0.5, isJump: true), PlotBreakpoint(x: 0.5, isJump: true)]
    static let kinkAtZero = [PlotBreakpoint(x: 0, isJump: false)]

    static func functionAndDerivative(_ f: @escaping @Sendable (Double) -> Double, _ d: @escaping @Sendable (Double) -> Double,
                                      breakpoints: [PlotBreakpoint] = [], derivativeBreakpoints: [PlotBreakpoint] = [],
                                      name: String, x: ClosedRange<Double> = -5...5, y: ClosedRange<Double>? = nil) -> PlotSpec {
        PlotSpec(curves: [Curve(label: "f(x)", style: .function, breakpoints: breakpoints, function: f),
                          Curve(label: "f′(x)", style: .derivative, breakpoints: derivativeBreakpoints, function: d)],
                 xDomain: x, yDomain: y, title: "\(name) and its derivative",
                 description: "Plot of \(name) (solid) and its derivative (dashed).")
    }

    static var reluPlot: PlotSpec {
        functionAndDerivative(relu, reluDerivative, breakpoints: kinkAtZero, derivativeBreakpoints: jumpAtZero, name: "ReLU")
    }
    static var geluPlot: PlotSpec { functionAndDerivative(gelu, geluDerivative, name: "GELU") }
    static var sigmoidPlot: PlotSpec { functionAndDerivative(sigmoid, sigmoidDerivative, name: "Sigmoid") }
    static var stepPlot: PlotSpec {
        functionAndDerivative(step, { _ in 0 }, breakpoints: jumpAtZero, derivativeBreakpoints: jumpAtZero, name: "Step")
    }
}
