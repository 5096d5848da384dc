import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a YAML anchor (`&name`) before the YAML is composed, so that it can be refused.
///
/// Front matter has no use for anchors and aliases, and they are a way to hang the
/// build: ten lines of nested aliases name a billion nodes, and Yams compares mapping
/// keys by walking them (to find duplicates), so an aliased key takes exponential time.
/// Without an anchor an alias names nothing and libYAML rejects it at once.
///
/// This is a scan of the text, not a YAML parser. It knows what can hide an `&`: quoted
/// scalars (`'…'`, `"…"`, over several lines too), comments and block scalars (`|`, `>`).
/// Elsewhere an `&` where a value starts (at the start of a line, after `: `, `- `, `? `,
/// `[`, `{` or `,`) is an anchor; an `&` inside plain text (`Smith & Jones`) is not.
enum YAMLAnchorCheck {
    /// The position (1-based, within `yaml`) of the first anchor, or nil.
    static func firstAnchor(in yaml: String) -> SourceLocation? {
        // An anchor starts with `&`: text without one (most front matter) needs no scan.
        // (`memchr` where the bytes are stored contiguously: many bytes at a time.)
        let hasAmpersand = yaml.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0x26, bytes.count) != nil } ?? false
        } ?? yaml.utf8.contains(0x26)
        guard hasAmpersand else { return nil }
        var quote: Unicode.Scalar?
        var blockIndent: Int?
        var flowDepth = 0
        let text = yaml.unicodeScalars.first == "\u{FEFF}" ? String(yaml.unicodeScalars.dropFirst()) : yaml
        for (lineIndex, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            if let parent = blockIndent {
                if indent == scalars.count || indent > parent { continue } // still inside the block scalar
                blockIndent = nil
            }
            var valueStarts = quote == nil
            var index = 0
            func at(_ i: Int) -> Unicode.Scalar { i >= 0 && i < scalars.count ? scalars[i] : " " }
            while index < scalars.count {
                let c = scalars[index]
                let separated = at(index + 1) == " " || at(index + 1) == "\t"
                index += 1
                if let open = quote {
                    if c == open, open == "'", at(index) == "'" {
                        index += 1 // '' inside a single-quoted scalar
                    } else if c == open {
                        quote = nil
                    } else if open == "\"", c == "\\" {
                        index += 1
                    }
                    continue
                }
                if c == " " || c == "\t" { continue }
                if c == "#", at(index - 2) == " " || at(index - 2) == "\t" { break }
                if valueStarts {
                    switch c {
                    case "&":
                        return SourceLocation(line: lineIndex + 1, column: index)
                    case "!": // a tag may come before an anchor
                        while index < scalars.count, scalars[index] != " " { index += 1 }
                    case "'", "\"":
                        quote = c
                        valueStarts = false
                    case "|", ">":
                        blockIndent = indent
                        valueStarts = false
                    case "[", "{":
                        flowDepth += 1
                    case "]", "}":
                        flowDepth = max(0, flowDepth - 1)
                        valueStarts = false
                    case "," where flowDepth > 0:
                        break
                    case "-", "?", ":":
                        valueStarts = separated
                    default:
                        valueStarts = false
                    }
                    continue
                }
                if c == ":", separated || index == scalars.count {
                    valueStarts = true
                } else if flowDepth > 0, c == "," {
                    valueStarts = true
                } else if flowDepth > 0, c == "]" || c == "}" {
                    flowDepth -= 1
                }
            }
        }
        return nil
    }
}
