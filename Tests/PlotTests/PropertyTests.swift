import Foundation
import Testing
@testable import Plot

/// Checks what a plot actually draws — the path data, read back after simplification,
/// clipping and rounding — against the function evaluated densely.
@Suite struct PropertyTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var curve: Curve
        var x: ClosedRange<Double> = -5...5
        var y: ClosedRange<Double>? = nil
        var log = false
        var testDescription: String { name }

        var spec: PlotSpec {
            PlotSpec(curves: [curve], xDomain: x, yDomain: y, title: name, description: name, yScale: log ? .logarithmic : .linear)
        }
    }

    typealias C = TestCurves
    static let cases: [Case] = [
        Case(name: "relu", curve: Curve(label: "", style: .function, breakpoints: C.kinkAtZero, function: C.relu)),
        Case(name: "relu′", curve: Curve(label: "", style: .derivative, breakpoints: C.jumpAtZero, function: C.reluDerivative)),
        Case(name: "step", curve: Curve(label: "", style: .function, breakpoints: C.jumpAtZero, function: C.step)),
        Case(name: "hardshrink", curve: Curve(label: "", style: .function, breakpoints: C.hardshrinkJumps, function: C.hardshrink), x: -2...2),
        Case(name: "sigmoid", curve: Curve(label: "", style: .function, function: C.sigmoid)),
        Case(name: "sigmoid′", curve: Curve(label: "", style: .derivative, function: C.sigmoidDerivative)),
        Case(name: "gelu", curve: Curve(label: "", style: .function, function: C.gelu)),
        Case(name: "gelu′", curve: Curve(label: "", style: .derivative, function: C.geluDerivative)),
        Case(name: "mish", curve: Curve(label: "", style: .function, function: C.mish), x: -4...3, y: -0.5...3),
        Case(name: "tanh", curve: Curve(label: "", style: .function) { tanh($0) }, x: -3...3),
        Case(name: "exp", curve: Curve(label: "", style: .function) { exp($0) }, y: -1...5),
        Case(name: "1/x", curve: Curve(label: "", style: .function) { 1 / $0 }),
        Case(name: "√x", curve: Curve(label: "", style: .function) { $0.squareRoot() }, x: -1...4),
        Case(name: "sin 3x", curve: Curve(label: "", style: .function) { sin(3 * $0) }),
        Case(name: "|gelu-tanh − gelu|", curve: Curve(label: "", style: .error) { abs(C.geluTanh($0) - C.gelu($0)) }, log: true),
        Case(name: "|gelu-sigmoid − gelu|", curve: Curve(label: "", style: .error) { abs(C.geluSigmoid($0) - C.gelu($0)) }, log: true),
    ]

    static let tolerance = 0.1

    /// The scales a curve is drawn with, and the curve.
    struct Frame {
        var xScale: AxisScale
        var yScale: AxisScale
        var area: Rect
        var curve: Curve
        var breakpoints: [Double] { curve.breakpoints.map(\.x) }

        init(layout: PlotLayout, curve: Curve) {
            self.init(xScale: layout.xScale, yScale: layout.yScale, area: layout.area, curve: curve)
        }

        init(xScale: AxisScale, yScale: AxisScale, area: Rect, curve: Curve) {
            self.xScale = xScale
            self.yScale = yScale
            self.area = area
            self.curve = curve
        }

        func x(atPixel p: Double) -> Double { xScale.value(atPixel: p) }
        func point(_ x: Double) -> Point {
            Simplification.clamped(Point(x: xScale.pixel(x), y: yScale.pixel(curve.function(x))))
        }
        /// Whether x is within `pixels` of a breakpoint, where rounding may put a vertex on either side.
        func nearBreakpoint(_ x: Double, pixels: Double) -> Bool {
            breakpoints.contains { abs(xScale.pixel($0) - xScale.pixel(x)) <= pixels }
        }
    }

    static func frame(_ c: Case) -> (Frame, [[Point]]) {
        let spec = c.spec
        let svg = SVGPlot.render(spec)
        let paths = PathParsing.curvePaths(svg)
        return (Frame(layout: PlotLayout(spec), curve: c.curve), paths.flatMap(PathParsing.subpaths))
    }

    @Test(arguments: cases)
    func everyDrawnVertexLiesOnTheCurve(_ c: Case) {
        let (frame, subpaths) = Self.frame(c)
        #expect(!subpaths.isEmpty)
        let worst = Self.worstVertexDistance(frame, subpaths)
        #expect(worst <= Self.tolerance, "\(c.name): a vertex is \(worst) px from the curve")
    }

    /// How far the drawn vertex farthest from the curve lies from it.
    static func worstVertexDistance(_ frame: Frame, _ subpaths: [[Point]]) -> Double {
        var worst = 0.0
        for vertex in subpaths.joined() {
            // The curve near the vertex, densely, split at breakpoints (a vertex at a jump
            // lies on one of its sides).
            let center = frame.x(atPixel: vertex.x)
            let window = (frame.x(atPixel: vertex.x + 0.2) - center)
            var pieces: [[Point]] = [[]]
            for i in -200...200 {
                let x = center + window * Double(i) / 200
                if let b = frame.breakpoints.first(where: { abs($0 - x) <= abs(window) / 200 }) {
                    let h = max(abs(b), 1) * 0x1p-30
                    pieces[pieces.count - 1].append(frame.point(b - h))
                    pieces.append([frame.point(b), frame.point(b + h)])
                    continue
                }
                let p = frame.point(x)
                if p.y.isNaN { pieces.append([]) } else { pieces[pieces.count - 1].append(p) }
            }
            let d = pieces.flatMap { piece in
                piece.count == 1 ? [distance(vertex, toSegment: piece[0], piece[0])]
                    : zip(piece, piece.dropFirst()).map { distance(vertex, toSegment: $0, $1) }
            }.min() ?? .infinity
            worst = max(worst, d)
        }
        return worst
    }

    /// Between consecutive vertices the curve is evaluated densely and must lie within
    /// 0.1 px of the drawn path there: the segment, or one of its neighbours (a vertex
    /// rounded to 0.01 px on a near-vertical stretch moves sideways, and the curve just
    /// past it is then nearer the next segment — which is where the eye sees it too).
    @Test(arguments: cases)
    func theCurveStaysWithinATenthOfAPixelOfEverySegment(_ c: Case) {
        let (frame, subpaths) = Self.frame(c)
        let (worst, checked, worstAt) = Self.worstCurveDistance(frame, subpaths, view: frame.area)
        #expect(checked > 1000)
        #expect(worst <= Self.tolerance, "\(c.name): the curve strays \(worst) px from the drawn path at \(worstAt)")
    }

    /// How far the curve, evaluated densely between vertices and inside `view`, strays
    /// from the drawn path (its segment or a neighbour), how many points were checked, and where.
    static func worstCurveDistance(_ frame: Frame, _ subpaths: [[Point]], view: Rect) -> (Double, Int, Point) {
        var worst = 0.0, checked = 0, worstAt = Point(x: 0, y: 0)
        for path in subpaths {
            let segments = Array(zip(path, path.dropFirst()))
            for (k, (a, b)) in segments.enumerated() {
                let neighbours = segments[max(k - 1, 0)...min(k + 1, segments.count - 1)]
                let xa = frame.x(atPixel: a.x), xb = frame.x(atPixel: b.x)
                let count = max(200, Int(abs(b.x - a.x) * 20))
                for i in 1..<count {
                    let x = xa + (xb - xa) * Double(i) / Double(count)
                    if frame.nearBreakpoint(x, pixels: 0.01) { continue }
                    let p = frame.point(x)
                    guard view.contains(p) else { continue }  // clipped away
                    let d = neighbours.map { distance(p, toSegment: $0.0, $0.1) }.min()!
                    if d > worst { (worst, worstAt) = (d, p) }
                    checked += 1
                }
            }
        }
        return (worst, checked, worstAt)
    }
}
