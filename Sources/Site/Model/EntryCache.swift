import Content
import Foundation

/// Computed activation entries kept between builds (for `nonlin serve`): an entry is
/// reused when nothing that affects its numbers, formulas or plots has changed, so an
/// edit to one file recomputes one activation.
public final class EntryCache: @unchecked Sendable {
    private var entries: [String: ActivationEntry] = [:]
    private let lock = NSLock()

    public init() {}

    /// Everything an entry is computed from, as one string.
    static func key(_ d: ActivationDocument) -> String {
        let values = d.defaultValues.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let symbols = d.symbols.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let view = d.plotView.map { "\($0.x)|\(String(describing: $0.y))" } ?? ""
        return [d.id, d.name, d.formula.text, values, symbols, view].joined(separator: "\u{1F}")
    }

    /// Drops the entries whose key is not in `keys` (activations edited or removed since).
    func keep(only keys: Set<String>) {
        lock.lock()
        entries = entries.filter { keys.contains($0.key) }
        lock.unlock()
    }

    func remove(_ key: String) {
        lock.lock()
        entries[key] = nil
        lock.unlock()
    }

    func entry(for document: ActivationDocument) -> ActivationEntry {
        let key = Self.key(document)
        lock.lock()
        let cached = entries[key]
        lock.unlock()
        if let cached {
            return cached.with(document: document)
        }
        let entry = ActivationEntry(document: document)
        lock.lock()
        entries[key] = entry
        lock.unlock()
        return entry
    }
}
