import Foundation
import Testing
import TestSupport
@testable import Plot

/// Whole SVGs compared byte for byte with Fixtures/<name>.svg. To re-record after an
/// intended change, run with NONLIN_RECORD=1: the fixtures are rewritten and the run
/// fails, so nobody records by accident; run again without it to see them pass.
@Suite struct GoldenTests {
    static let names = ["relu", "gelu", "step", "hardshrink", "relu-family", "error-gelu-tanh", "spark-step", "spark-gelu"]

    @Test(arguments: names)
    func plotMatchesItsGoldenFile(_ name: String) throws {
        let svg = try #require(Gallery.all.first { $0.0 == name }?.1)
        let file = "\(name).svg"
        if ProcessInfo.processInfo.environment["NONLIN_RECORD"] == "1" {
            try svg.write(to: TestSupport.fixtureURL("PlotTests", file), atomically: true, encoding: .utf8)
            Issue.record("Recorded Fixtures/\(file); run again without NONLIN_RECORD=1.")
            return
        }
        let golden = try TestSupport.fixture("PlotTests", file)
        #expect(svg == golden, "\(file) differs; if the change is intended, re-record with NONLIN_RECORD=1")
    }
}

@Suite struct SizeBudgetTests {
    /// The issue's budget for a function-and-derivative plot is 6 KB; the goal is 4 KB.
    @Test(arguments: ["relu", "gelu", "step", "sigmoid"])
    func functionAndDerivativePlotFitsTheBudget(_ name: String) throws {
        let spec = try #require(Gallery.functionPlots.first { $0.0 == name }?.1)
        let bytes = SVGPlot.render(spec).utf8.count
        #expect(bytes <= 6144)
        #expect(bytes <= 4096, "\(name): \(bytes) bytes, over the 4 KB goal")
    }

    @Test func aSparklineIsAFewHundredBytes() {
        for (name, svg) in Gallery.sparklines { #expect(svg.utf8.count <= 600, "\(name): \(svg.utf8.count) bytes") }
    }

    @Test func coordinatesHaveAtMostTwoDecimalsAndNoTrailingZeros() {
        for (name, svg) in Gallery.all {
            for number in Self.decimalNumbers(svg) {
                let fraction = number.split(separator: ".", omittingEmptySubsequences: false)[1]
                #expect(fraction.count <= 2 && !fraction.hasSuffix("0"), "\(name): \(number)")
            }
        }
    }

    /// The numbers with a decimal point inside the tags of `svg` (not in text, where
    /// tick labels like "1.0" keep their decimals), split as an SVG parser splits compact
    /// path data (`.5.25` is two numbers).
    static func decimalNumbers(_ svg: String) -> [String] {
        var numbers: [String] = []
        var current = ""
        var insideTag = false
        for c in svg + " " {
            if c == "<" || c == ">" { insideTag = c == "<" }
            if !insideTag {
                current = ""
            } else if c.isASCII, c.isNumber {
                current.append(c)
            } else if c == "." {
                if current.contains(".") { numbers.append(current); current = "" }
                current.append(c)
            } else {
                if current.contains(".") { numbers.append(current) }
                current = ""
            }
        }
        return numbers
    }
}
