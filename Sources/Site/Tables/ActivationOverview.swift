import Content

/// The comparison of a content folder's activations, for `nonlin table`: computes the
/// model once and renders it in any table format.
public struct ActivationOverview: Sendable {
    let model: SiteModel

    public init(content: LoadedContent) {
        model = SiteModel(content: content)
    }

    public var ids: [String] { model.entries.map(\.id) }

    /// `columns` are keys of `ComparisonTable.allColumns`; nil means all of them.
    /// `width` is the terminal width for `.text`; the second value names dropped columns.
    public func rendered(_ format: TableFormat, columns: [String]?, width: Int) -> (text: String, dropped: [String]) {
        var table = ComparisonTable(entries: model.entries)
        if let columns { table = table.selecting(columns) }
        let headers = table.columns.map(\.title)
        let numeric = table.columns.map(\.numeric)
        let rows = table.rows.map { $0.map(\.text) }
        switch format {
        case .text:
            let (text, dropped) = TableRendering.boxed(table, width: width)
            return (text + "\n", dropped)
        case .markdown:
            return (TableRendering.markdown(headers: headers, rows: rows, numeric: numeric) + "\n", [])
        case .csv:
            let sortKeys = table.columns.map(\.key)
            return (TableRendering.csv(headers: sortKeys, rows: rows), [])
        case .latex:
            let formulaColumn = table.columns.firstIndex { $0.key == "formula" }
            let latexRows = zip(model.entries, rows).map { entry, row -> [String] in
                var row = row
                if let formulaColumn { row[formulaColumn] = entry.formulaLaTeX }
                return row
            }
            return (TableRendering.latex(headers: headers, rows: latexRows, numeric: numeric,
                                         mathColumns: formulaColumn.map { [$0] } ?? []) + "\n", [])
        case .json:
            return (JSONValue.array(model.entries.map(ActivationRecord.json)).rendered() + "\n", [])
        }
    }
}
