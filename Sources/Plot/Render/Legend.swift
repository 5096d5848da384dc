/// The legend of an overlay: one row per curve, a short stroke in the curve's style and
/// its label, in a box placed in the corner of the plot area the curves cross least.
struct Legend {
    static let rowHeight = 16.0
    static let sampleLength = 24.0

    var box: Rect

    init(labels: [String], drawings: [CurveDrawing], area: Rect) {
        let labelWidth = labels.map { SVGText.width($0, fontSize: PlotLayout.fontSize) }.max() ?? 0
        let width = (8 + Self.sampleLength + 6 + labelWidth + 8).rounded(.up)
        let height = 6 + Double(labels.count) * Self.rowHeight
        let inset = 8.0
        let corners = [
            Rect(minX: area.minX + inset, minY: area.minY + inset, maxX: area.minX + inset + width, maxY: area.minY + inset + height),
            Rect(minX: area.maxX - inset - width, minY: area.minY + inset, maxX: area.maxX - inset, maxY: area.minY + inset + height),
            Rect(minX: area.maxX - inset - width, minY: area.maxY - inset - height, maxX: area.maxX - inset, maxY: area.maxY - inset),
            Rect(minX: area.minX + inset, minY: area.maxY - inset - height, maxX: area.minX + inset + width, maxY: area.maxY - inset),
        ]
        let covered = corners.map { corner in
            drawings.reduce(0.0) { sum, drawing in sum + drawing.polylines.reduce(0.0) { $0 + Self.length(of: $1, inside: corner) } }
        }
        var best = 0
        for i in corners.indices where covered[i] < covered[best] - 0.5 { best = i }
        box = corners[best]
    }

    /// The length of a polyline's parts inside a rectangle.
    static func length(of polyline: [Point], inside rect: Rect) -> Double {
        Clipping.lengthInside(polyline, rect)
    }

    func write(_ curves: [Curve], to out: inout SVGWriter) {
        out.write("<rect class=\"b\" x=\"")
        out.write(box.minX)
        out.write("\" y=\"")
        out.write(box.minY)
        out.write("\" width=\"")
        out.write(box.width)
        out.write("\" height=\"")
        out.write(box.height)
        out.write("\" rx=\"3\"/>\n")
        for (i, curve) in curves.enumerated() {
            let y = box.minY + 3 + Self.rowHeight * (Double(i) + 0.5)
            var encoder = PathEncoder()
            encoder.segment(Point(x: box.minX + 8, y: y), Point(x: box.minX + 8 + Self.sampleLength, y: y))
            out.write("<g class=\"")
            out.write(curve.style.cssClass)
            out.write("\"><path class=\"k\" d=\"")
            out.write(encoder)
            out.write("\"/></g><text x=\"")
            out.write(box.minX + 8 + Self.sampleLength + 6)
            out.write("\" y=\"")
            out.write(y + 4)
            out.write("\">")
            out.writeEscaped(curve.label)
            out.write("</text>\n")
        }
    }
}
