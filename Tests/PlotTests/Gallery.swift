import Foundation
@testable import Plot

/// One example of every plot kind, shared by the golden tests and the contact sheet.
enum Gallery {
    static var all: [(String, String)] {
        [
            ("relu", SVGPlot.render(TestCurves.reluPlot)),
            ("gelu", SVGPlot.render(TestCurves.geluPlot)),
            ("sigmoid", SVGPlot.render(TestCurves.sigmoidPlot)),
            ("step", SVGPlot.render(TestCurves.stepPlot)),
        ]
    }
}
