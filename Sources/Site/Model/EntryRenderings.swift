import Foundation
import Plot

/// The drawings of one computed entry, made on first use and then shared: by the pages of
/// one build (the main plot is sampled once for the page, `plots/<id>.svg` and the
/// explorer's frame) and, through `EntryCache`, by later builds that reuse the entry.
///
/// Everything here depends only on what `EntryCache.key` covers (the name, formula,
/// parameter values, symbols and plot view), never on the prose, so an entry copied for
/// a document whose prose changed keeps its drawings.
final class EntryRenderings: Sendable {
    private let automaticYDomainsSlot = Slot<AutomaticYDomains>()
    private let mainPlotSlot = Slot<PreparedPlot>()
    private let printPlotSlot = Slot<String>()
    private let sparklineSlot = Slot<String>()
    private let inlineFormulaSlot = Slot<String>()
    private let errorPlots = Slot<[String: String]>()

    func automaticYDomains(_ make: () -> AutomaticYDomains) -> AutomaticYDomains { automaticYDomainsSlot.value(make) }
    func mainPlot(_ make: () -> PreparedPlot) -> PreparedPlot { mainPlotSlot.value(make) }
    func printPlot(_ make: () -> String) -> String { printPlotSlot.value(make) }
    func sparkline(_ make: () -> String) -> String { sparklineSlot.value(make) }
    func inlineFormula(_ make: () -> String) -> String { inlineFormulaSlot.value(make) }

    /// The error plot against the exact function whose entry has cache key `exactKey`.
    func errorPlot(against exactKey: String, _ make: () -> String) -> String {
        errorPlots.update { plots in
            if let svg = plots[exactKey] { return svg }
            let svg = make()
            plots[exactKey] = svg
            return svg
        }
    }

    /// The vertical views chosen when the file sets none: the main and print plots' (of f
    /// and f′; nil when not a finite, non-empty range) and the sparkline's (of f alone).
    struct AutomaticYDomains {
        var plot: ClosedRange<Double>?
        var sparkline: ClosedRange<Double>
    }

    /// One value, made on first use. Each slot has its own lock, held while making, so two
    /// pages asking at once sample a curve once; making one value may ask for another (the
    /// main plot needs the vertical view, and draws the print plot and the sparkline from its
    /// samples), never for itself.
    private final class Slot<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Value?

        func value(_ make: () -> Value) -> Value {
            lock.lock()
            defer { lock.unlock() }
            if let stored { return stored }
            let value = make()
            stored = value
            return value
        }

        func update<T>(_ body: (inout Value) -> T) -> T where Value == [String: String] {
            lock.lock()
            defer { lock.unlock() }
            var value = stored ?? [:]
            let result = body(&value)
            stored = value
            return result
        }
    }
}
