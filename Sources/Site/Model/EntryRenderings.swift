import Foundation
import Plot

/// The drawings of one computed entry, made on first use and then shared: by the pages of
/// one build (the main plot is sampled once for the page, `plots/<id>.svg` and the
/// explorer's frame) and, through `EntryCache`, by later builds that reuse the entry.
///
/// Everything here depends only on what `EntryCache.key` covers (the name, formula,
/// parameter values, symbols and plot view), never on the prose, so an entry copied for
/// a document whose prose changed keeps its drawings.
final class EntryRenderings: @unchecked Sendable {
    private let lock = NSLock()
    private var mainPlot: PreparedPlot?
    private var printPlot: String?
    private var sparkline: String?
    private var inlineFormula: String?
    private var errorPlots: [String: String] = [:]

    /// The value in `slot`, made by `make` the first time. The lock is held while making,
    /// so two pages asking at once sample the curve once; `make` must not ask this object
    /// for anything.
    private func memo<T>(_ slot: ReferenceWritableKeyPath<EntryRenderings, T?>, _ make: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let value = self[keyPath: slot] { return value }
        let value = make()
        self[keyPath: slot] = value
        return value
    }

    func mainPlot(_ make: () -> PreparedPlot) -> PreparedPlot { memo(\.mainPlot, make) }
    func printPlot(_ make: () -> String) -> String { memo(\.printPlot, make) }
    func sparkline(_ make: () -> String) -> String { memo(\.sparkline, make) }
    func inlineFormula(_ make: () -> String) -> String { memo(\.inlineFormula, make) }

    /// The error plot against the exact function whose entry has cache key `exactKey`.
    func errorPlot(against exactKey: String, _ make: () -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let svg = errorPlots[exactKey] { return svg }
        let svg = make()
        errorPlots[exactKey] = svg
        return svg
    }
}
