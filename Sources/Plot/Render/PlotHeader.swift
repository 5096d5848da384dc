/// The start of a plot's SVG: the `<svg>` tag sized to the drawing, `<title>` and
/// `<desc>` (ids prefixed so that several plots can share a page), and the `<style>`
/// block when the plot stands alone.
struct PlotHeader {
    var width: Double
    var height: Double
    var title: String
    var description: String

    func write(idPrefix: String, includeStyle: Bool, to out: inout SVGWriter) {
        out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" viewBox=\"0 0 ")
        out.write(width)
        out.write(" ")
        out.write(height)
        out.write("\" width=\"")
        out.write(width)
        out.write("\" height=\"")
        out.write(height)
        out.write("\" role=\"img\" aria-labelledby=\"")
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
