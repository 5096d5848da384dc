import ActivationCore

/// The comparison of all activations as rows and columns of text: the one table the
/// home page, `nonlin table` and the print card all show. Each cell has the text a person
/// reads and a key that sorts it correctly (numbers as numbers).
public struct ComparisonTable: Sendable {
    /// A column of the comparison, with how important it is when space runs out.
    public struct Column: Hashable, Sendable {
        public let key: String
        public let title: String
        /// Lower numbers are dropped last when a terminal is too narrow.
        public let priority: Int
        public let numeric: Bool
    }

    public struct Cell: Sendable {
        public let text: String
        public let sortKey: String
    }

    public static let allColumns: [Column] = [
        Column(key: "name", title: "Name", priority: 0, numeric: false),
        Column(key: "formula", title: "Formula", priority: 1, numeric: false),
        Column(key: "range", title: "Range", priority: 2, numeric: false),
        Column(key: "monotonic", title: "Monotonic", priority: 4, numeric: false),
        Column(key: "smoothness", title: "Smoothness", priority: 3, numeric: false),
        Column(key: "f0", title: "f(0)", priority: 6, numeric: true),
        Column(key: "df0", title: "f′(0)", priority: 5, numeric: true),
        Column(key: "minimum", title: "Minimum", priority: 8, numeric: true),
        Column(key: "saturation", title: "Saturates", priority: 7, numeric: false),
        Column(key: "dead_zone", title: "Dead zone", priority: 9, numeric: false),
        Column(key: "parameters", title: "Parameters", priority: 10, numeric: false),
        Column(key: "year", title: "Year", priority: 11, numeric: true),
    ]

    public var columns: [Column]
    public var ids: [String]
    public var rows: [[Cell]]

    init(entries: [ActivationEntry], columns: [Column] = ComparisonTable.allColumns) {
        self.columns = columns
        ids = entries.map(\.id)
        rows = entries.map { Self.cells($0, columns: columns) }
    }

    /// One entry's row, without building a table around it.
    static func cells(_ entry: ActivationEntry, columns: [Column]) -> [Cell] {
        columns.map { cell($0.key, entry) }
    }

    /// The same table with only the columns whose keys are given, in that order.
    public func selecting(_ keys: [String]) -> ComparisonTable {
        let indices = keys.compactMap { key in columns.firstIndex { $0.key == key } }
        var copy = self
        copy.columns = indices.map { columns[$0] }
        copy.rows = rows.map { row in indices.map { row[$0] } }
        return copy
    }

    static func cell(_ key: String, _ entry: ActivationEntry) -> Cell {
        let p = entry.properties
        let d = entry.document
        switch key {
        case "name": return Cell(text: d.name, sortKey: d.name.lowercased())
        case "formula": return Cell(text: entry.formulaText, sortKey: entry.formulaText)
        case "range": return Cell(text: PropertyText.interval(p.range), sortKey: sortable(p.range.lower))
        case "monotonic": return yesNo(p.monotonic)
        case "smoothness":
            let rank = switch p.smoothness.rawValue {
            case "C0": "1"
            case "C1": "2"
            case "C2": "3"
            case "C∞": "4"
            default: "0"
            }
            return Cell(text: p.smoothness.rawValue, sortKey: rank)
        case "f0": return number(p.f0)
        case "df0": return p.df0.map(number) ?? Cell(text: "undefined", sortKey: sortable(-.infinity))
        case "minimum":
            guard let m = p.minimum else { return Cell(text: "—", sortKey: sortable(.infinity)) }
            return Cell(text: "\(NumberFormatting.display(m.y)) at x = \(NumberFormatting.display(m.x))", sortKey: sortable(m.y))
        case "saturation": return Cell(text: PropertyText.saturation(p), sortKey: PropertyText.saturation(p))
        case "dead_zone": return yesNo(p.deadZone)
        case "parameters":
            let text = d.parameters.map { "\($0.symbol) = \(NumberFormatting.display($0.defaultValue, significant: 6))" }
                .joined(separator: ", ")
            return Cell(text: text.isEmpty ? "—" : text, sortKey: String(d.parameters.count))
        case "year": return Cell(text: d.year.map(String.init) ?? "—", sortKey: sortable(Double(d.year ?? 9999)))
        default: return Cell(text: "", sortKey: "")
        }
    }

    static func yesNo(_ flag: Bool) -> Cell { Cell(text: flag ? "yes" : "no", sortKey: flag ? "1" : "0") }
    static func number(_ value: Double) -> Cell { Cell(text: NumberFormatting.display(value), sortKey: sortable(value)) }

    /// A number as a string that sorts numerically in the page's script.
    static func sortable(_ value: Double) -> String { NumberFormatting.roundTrip(value) }
}

/// Property values in words, shared by pages and tables.
enum PropertyText {
    static func interval(_ i: Interval) -> String {
        let lower = i.lower == -.infinity ? "−∞" : NumberFormatting.display(i.lower)
        let upper = i.upper == .infinity ? "∞" : NumberFormatting.display(i.upper)
        return (i.lowerClosed ? "[" : "(") + lower + ", " + upper + (i.upperClosed ? "]" : ")")
    }

    static func saturation(_ p: Properties) -> String {
        switch (p.saturatesNegative, p.saturatesPositive) {
        case (true, true): "both ends"
        case (true, false): "x → −∞"
        case (false, true): "x → +∞"
        case (false, false): "no"
        }
    }
}
