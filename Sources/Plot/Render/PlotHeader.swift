/// The start of a plot's SVG: the `<svg>` tag sized to the drawing, `<title>` and
/// `<desc>` (ids prefixed so that several plots can share a page), and the `<style>`
/// block when the plot stands alone.
struct PlotHeader {
    var width: Double
    var height: Double
    var title: String
    var description: String

    func svg(idPrefix: String, includeStyle: Bool) -> String {
        let titleID = "\(idPrefix)-t", descID = "\(idPrefix)-d"
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" viewBox=\"0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))\""
        out += " width=\"\(SVGNumber.format(width))\" height=\"\(SVGNumber.format(height))\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\">\n"
        out += "<title id=\"\(titleID)\">\(SVGText.escape(title))</title><desc id=\"\(descID)\">\(SVGText.escape(description))</desc>\n"
        if includeStyle { out += "<style>\(Stylesheet.css)</style>\n" }
        return out
    }
}
