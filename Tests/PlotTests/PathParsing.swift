@testable import Plot

/// Reads SVG path data back into absolute points, one array per subpath, so tests can
/// check what a plot actually draws (after simplification, clipping and rounding).
enum PathParsing {
    static func subpaths(_ data: String) -> [[Point]] {
        var tokens: [String] = []
        var number = ""
        func flush() {
            if !number.isEmpty { tokens.append(number) }
            number = ""
        }
        for c in data {
            if c.isLetter {
                flush()
                tokens.append(String(c))
            } else if c == " " || c == "," {
                flush()
            } else if c == "-" {
                flush()
                number = "-"
            } else if c == ".", number.contains(".") {
                flush()
                number = "."
            } else {
                number.append(c)
            }
        }
        flush()

        var result: [[Point]] = []
        var x = 0.0, y = 0.0
        var command = "M"
        var index = 0
        func next() -> Double {
            defer { index += 1 }
            return Double(tokens[index])!
        }
        while index < tokens.count {
            if tokens[index].first!.isLetter {
                command = tokens[index]
                index += 1
            }
            switch command {
            case "M", "m":
                let dx = next(), dy = next()
                (x, y) = command == "M" ? (dx, dy) : (x + dx, y + dy)
                result.append([Point(x: x, y: y)])
                command = command == "M" ? "L" : "l"
            case "l":
                x += next()
                y += next()
                result[result.count - 1].append(Point(x: x, y: y))
            case "L":
                x = next()
                y = next()
                result[result.count - 1].append(Point(x: x, y: y))
            case "h":
                x += next()
                result[result.count - 1].append(Point(x: x, y: y))
            case "H":
                x = next()
                result[result.count - 1].append(Point(x: x, y: y))
            case "v":
                y += next()
                result[result.count - 1].append(Point(x: x, y: y))
            case "V":
                y = next()
                result[result.count - 1].append(Point(x: x, y: y))
            default:
                fatalError("unexpected path command \(command)")
            }
        }
        return result
    }

    /// The path data of each curve of a rendered plot, in order.
    static func curvePaths(_ svg: String) -> [String] {
        var result: [String] = []
        var rest = Substring(svg)
        let marker = "<path class=\"k\" d=\""
        while let start = rest.range(of: marker) {
            let after = rest[start.upperBound...]
            let end = after.firstIndex(of: "\"")!
            result.append(String(after[..<end]))
            rest = after[end...]
        }
        return result
    }
}
