import Foundation
@testable import Plot

/// One example of every plot kind, shared by the golden tests and the contact sheet.
enum Gallery {
    typealias C = TestCurves

    static var functionPlots: [(String, PlotSpec)] {
        [
            ("relu", C.reluPlot),
            ("gelu", C.geluPlot),
            ("sigmoid", C.sigmoidPlot),
            ("step", C.stepPlot),
            ("hardshrink", C.functionAndDerivative(C.hardshrink, { abs($0) > 0.5 ? 1 : 0 },
                                                   breakpoints: C.hardshrinkJumps, derivativeBreakpoints: C.hardshrinkJumps,
                                                   name: "Hardshrink", x: -2...2)),
            ("tanh", C.functionAndDerivative({ tanh($0) }, { 1 - tanh($0) * tanh($0) }, name: "tanh")),
            ("exp", C.functionAndDerivative({ exp($0) }, { exp($0) }, name: "exp", y: -1...5)),
            ("reciprocal", C.functionAndDerivative({ 1 / $0 }, { -1 / ($0 * $0) }, name: "1/x")),
            ("sqrt", C.functionAndDerivative({ $0.squareRoot() }, { 0.5 / $0.squareRoot() }, name: "√x", x: -1...4)),
            ("sin1000", PlotSpec(curves: [Curve(label: "sin(1000x)", style: .function) { sin(1000 * $0) }], xDomain: -5...5,
                                 title: "sin(1000x)", description: "A curve too fast to resolve.")),
        ]
    }

    static var overlays: [(String, PlotSpec)] {
        [
            ("relu-family", PlotSpec(curves: [
                Curve(label: "ReLU", style: .series(1), breakpoints: C.kinkAtZero, function: C.relu),
                Curve(label: "Leaky ReLU", style: .series(2), breakpoints: C.kinkAtZero) { $0 > 0 ? $0 : 0.1 * $0 },
                Curve(label: "ELU", style: .series(3), breakpoints: C.kinkAtZero) { $0 > 0 ? $0 : expm1($0) },
                Curve(label: "ReLU6", style: .series(4), breakpoints: [.init(x: 0, isJump: false), .init(x: 6, isJump: false)]) { min(max($0, 0), 6) },
            ], xDomain: -4...8, width: 640, height: 400, title: "The ReLU family", description: "Overlay of ReLU, Leaky ReLU, ELU and ReLU6.", yLabel: "y")),
            ("smooth-relus", PlotSpec(curves: [
                Curve(label: "GELU", style: .series(1), function: C.gelu),
                Curve(label: "SiLU", style: .series(2), function: C.silu),
                Curve(label: "Mish", style: .series(3), function: C.mish),
                Curve(label: "Softplus", style: .series(4), function: C.softplus),
            ], xDomain: -4...3, width: 640, height: 400, title: "Smooth ReLUs", description: "Overlay of GELU, SiLU, Mish and Softplus.", yLabel: "y")),
            ("gelu-approximations", PlotSpec(curves: [
                Curve(label: "GELU", style: .series(1), function: C.gelu),
                Curve(label: "GELU (tanh)", style: .series(2), function: C.geluTanh),
                Curve(label: "GELU (sigmoid)", style: .series(3), function: C.geluSigmoid),
            ], xDomain: -4...3, width: 640, height: 400, title: "GELU and its approximations", description: "Overlay of GELU and two approximations.", yLabel: "y")),
        ]
    }

    static var errorPlots: [(String, PlotSpec)] {
        [
            ("error-gelu-tanh", PlotSpec(curves: [Curve(label: "|GELU (tanh) − GELU|", style: .error) { abs(C.geluTanh($0) - C.gelu($0)) }],
                                         xDomain: -5...5, title: "Error of GELU (tanh) against GELU",
                                         description: "Absolute difference on a logarithmic scale.", yLabel: "|error|", yScale: .logarithmic)),
            ("error-gelu-sigmoid", PlotSpec(curves: [Curve(label: "|GELU (sigmoid) − GELU|", style: .error) { abs(C.geluSigmoid($0) - C.gelu($0)) }],
                                            xDomain: -5...5, title: "Error of GELU (sigmoid) against GELU",
                                            description: "Absolute difference on a logarithmic scale.", yLabel: "|error|", yScale: .logarithmic)),
        ]
    }

    static var sparklines: [(String, String)] {
        [
            ("spark-relu", SVGPlot.sparkline(Curve(label: "ReLU", style: .function, breakpoints: C.kinkAtZero, function: C.relu), xDomain: -5...5, label: "ReLU")),
            ("spark-gelu", SVGPlot.sparkline(Curve(label: "GELU", style: .function, function: C.gelu), xDomain: -5...5, label: "GELU")),
            ("spark-step", SVGPlot.sparkline(Curve(label: "Step", style: .function, breakpoints: C.jumpAtZero, function: C.step), xDomain: -5...5, label: "Step")),
            ("spark-sigmoid", SVGPlot.sparkline(Curve(label: "Sigmoid", style: .function, function: C.sigmoid), xDomain: -5...5, label: "Sigmoid")),
            ("spark-tanh", SVGPlot.sparkline(Curve(label: "tanh", style: .function) { tanh($0) }, xDomain: -5...5, label: "tanh")),
        ]
    }

    static var all: [(String, String)] {
        (functionPlots + overlays + errorPlots).map { ($0.0, SVGPlot.render($0.1)) } + sparklines
    }
}
