/// The start of a plot's SVG: the `<svg>` tag sized to the drawing, `<title>` and
/// `<desc>` (ids prefixed so that several plots can share a page), and the `<style>`
/// block when the plot stands alone.
struct PlotHeader {
    var width: Double
    var height: Double
    /// The title and description escaped once, for every form written (`PreparedPlot`).
    private let escapedTitle: [UInt8]
    private let escapedDescription: [UInt8]

    init(width: Double, height: Double, title: String, description: String) {
        self.width = width
        self.height = height
        var escaped = SVGWriter()
        escaped.writeEscaped(title)
        escapedTitle = escaped.bytes
        escaped = SVGWriter()
        escaped.writeEscaped(description)
        escapedDescription = escaped.bytes
    }

    /// The `<style>` block of a plot that stands alone.
    static let styleBlock = "<style>" + Stylesheet.css + "</style>\n"

    func write(idPrefix: String, includeStyle: Bool, to out: inout SVGWriter) {
        out.writeSVGStart(class: "plot", width: width, height: height)
        out.write(" role=\"img\" aria-labelledby=\"")
        out.write(idPrefix)
        out.write("-t ")
        out.write(idPrefix)
        out.write("-d\">\n<title id=\"")
        out.write(idPrefix)
        out.write("-t\">")
        out.write(bytes: escapedTitle)
        out.write("</title><desc id=\"")
        out.write(idPrefix)
        out.write("-d\">")
        out.write(bytes: escapedDescription)
        out.write("</desc>\n")
        if includeStyle { out.write(Self.styleBlock) }
    }
}
