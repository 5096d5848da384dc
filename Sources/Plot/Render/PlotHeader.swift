/// The start of a plot's SVG: the `<svg>` tag sized to the drawing, `<title>` and
/// `<desc>` (ids prefixed so that several plots can share a page), and the `<style>`
/// block when the plot stands alone.
struct PlotHeader {
    var width: Double
    var height: Double
    var title: String
    var description: String

    func write(idPrefix: String, includeStyle: Bool, to out: inout SVGWriter) {
        out.writeSVGStart(class: "plot", width: width, height: height)
        out.write(" role=\"img\" aria-labelledby=\"")
        out.write(idPrefix)
        out.write("-t ")
        out.write(idPrefix)
        out.write("-d\">\n<title id=\"")
        out.write(idPrefix)
        out.write("-t\">")
        out.writeEscaped(title)
        out.write("</title><desc id=\"")
        out.write(idPrefix)
        out.write("-d\">")
        out.writeEscaped(description)
        out.write("</desc>\n")
        if includeStyle {
            out.write("<style>")
            out.write(Stylesheet.css)
            out.write("</style>\n")
        }
    }
}
