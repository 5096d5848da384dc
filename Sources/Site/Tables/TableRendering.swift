/// Renders a `ComparisonTable` (or any rows of text) for terminals and documents.
public enum TableFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, latex, json
}

public enum TableRendering {
    /// An aligned table with box-drawing lines that fits `width` columns, dropping the
    /// least important columns first. Returns the table and the titles it dropped.
    public static func boxed(_ table: ComparisonTable, width: Int) -> (text: String, dropped: [String]) {
        var table = table
        var dropped: [String] = []
        while table.columns.count > 1 {
            let text = box(headers: table.columns.map(\.title), rows: table.rows.map { $0.map(\.text) },
                           numeric: table.columns.map(\.numeric))
            if text.split(separator: "\n").allSatisfy({ $0.count <= width }) { return (text, dropped) }
            let victim = table.columns.indices.max { table.columns[$0].priority < table.columns[$1].priority }!
            dropped.insert(table.columns[victim].title, at: 0)
            table.columns.remove(at: victim)
            table.rows = table.rows.map { row in var r = row; r.remove(at: victim); return r }
        }
        return (box(headers: table.columns.map(\.title), rows: table.rows.map { $0.map(\.text) },
                    numeric: table.columns.map(\.numeric)), dropped)
    }

    /// Box-drawn rows under a header; numeric columns right-aligned.
    public static func box(headers: [String], rows: [[String]], numeric: [Bool]) -> String {
        let widths = headers.indices.map { c in ([headers[c]] + rows.map { $0[c] }).map(\.count).max() ?? 0 }
        func line(_ left: String, _ mid: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: mid) + right
        }
        func row(_ cells: [String], alignRight: [Bool]) -> String {
            "│" + cells.indices.map { c in
                let pad = String(repeating: " ", count: widths[c] - cells[c].count)
                return " " + (alignRight[c] ? pad + cells[c] : cells[c] + pad) + " "
            }.joined(separator: "│") + "│"
        }
        var lines = [line("┌", "┬", "┐"), row(headers, alignRight: numeric.map { _ in false }), line("├", "┼", "┤")]
        lines += rows.map { row($0, alignRight: numeric) }
        lines.append(line("└", "┴", "┘"))
        return lines.joined(separator: "\n")
    }

    public static func markdown(headers: [String], rows: [[String]], numeric: [Bool]) -> String {
        func escape(_ s: String) -> String { s.replacingAll("|", with: "\\|") }
        var lines = ["| " + headers.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + numeric.map { $0 ? " ---: " : " --- " }.joined(separator: "|") + "|")
        lines += rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n")
    }

    /// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted.
    public static func csv(headers: [String], rows: [[String]]) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
        }
        return ([headers] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A booktabs table (`\toprule`, `\midrule`, `\bottomrule`). `mathColumns` are
    /// already LaTeX math and are wrapped in `$…$`; other text is escaped.
    public static func latex(headers: [String], rows: [[String]], numeric: [Bool], mathColumns: Set<Int> = []) -> String {
        let spec = numeric.map { $0 ? "r" : "l" }.joined()
        var lines = ["% requires \\usepackage{booktabs}", "\\begin{tabular}{\(spec)}", "\\toprule"]
        lines.append(headers.map(latexEscape).joined(separator: " & ") + " \\\\")
        lines.append("\\midrule")
        for row in rows {
            lines.append(row.indices.map { mathColumns.contains($0) ? "$" + row[$0] + "$" : latexEscape(row[$0]) }
                .joined(separator: " & ") + " \\\\")
        }
        lines += ["\\bottomrule", "\\end{tabular}"]
        return lines.joined(separator: "\n")
    }

    static func latexEscape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": out += "\\" + String(c)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "−": out += "$-$"
            case "∞": out += "$\\infty$"
            case "′": out += "$'$"
            case "α": out += "$\\alpha$"
            case "β": out += "$\\beta$"
            case "λ": out += "$\\lambda$"
            case "→": out += "$\\to$"
            case "×": out += "$\\times$"
            case "—": out += "---"
            default: out.append(c)
            }
        }
        return out
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
