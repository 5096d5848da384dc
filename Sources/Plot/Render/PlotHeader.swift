import Markup

/// The start of a plot's SVG: the `<svg>` tag sized to the drawing, `<title>` and
/// `<desc>` (ids prefixed so that several plots can share a page), and the `<style>`
/// block when the plot stands alone.
struct PlotHeader {
    var width: Double
    var height: Double
    /// The title and description escaped once, for every form written (`PreparedPlot`).
    private let escapedTitle: String
    private let escapedDescription: String

    init(width: Double, height: Double, title: String, description: String) {
        self.width = width
        self.height = height
        escapedTitle = XMLText.escape(title)
        escapedDescription = XMLText.escape(description)
    }

    func write(idPrefix: String, includeStyle: Bool, to out: inout SVGWriter) {
        out.writeSVGStart(class: "plot", width: width, height: height)
        out.write(" role=\"img\" aria-labelledby=\"")
        out.write(idPrefix)
        out.write("-t ")
        out.write(idPrefix)
        out.write("-d\">\n<title id=\"")
        out.write(idPrefix)
        out.write("-t\">")
        out.write(escapedTitle)
        out.write("</title><desc id=\"")
        out.write(idPrefix)
        out.write("-d\">")
        out.write(escapedDescription)
        out.write("</desc>\n")
        if includeStyle {
            out.write("<style>")
            out.write(Stylesheet.css)
            out.write("</style>\n")
        }
    }
}
