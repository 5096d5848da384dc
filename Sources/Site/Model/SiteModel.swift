import ActivationCore
import Content
import Dispatch
import Formula

/// The computed site: every activation entry, in display order, plus the content it came from.
struct SiteModel: Sendable {
    let content: LoadedContent
    /// Built-ins in the catalog's order (families together), then Markdown-only activations by id.
    let entries: [ActivationEntry]
    /// Position of each id in `entries`, so that looking up a related activation from every
    /// page does not make a build quadratic in the number of activations.
    private let positions: [String: Int]
    /// Ids of the activations that approximate each id (GELU → its tanh and sigmoid forms).
    private let approximatedBy: [String: [String]]

    init(content: LoadedContent, cache: EntryCache? = nil) {
        let order = Dictionary(uniqueKeysWithValues: Catalog.builtInIDs.enumerated().map { ($1, $0) })
        let documents = content.activations.sorted {
            (order[$0.id] ?? Int.max, $0.id) < (order[$1.id] ?? Int.max, $1.id)
        }
        self.init(content: content, entries: ConcurrentMap.map(documents) { cache?.entry(for: $0) ?? ActivationEntry(document: $0) })
    }

    /// The model of `content`, which differs from `previous`'s only in the documents
    /// `changed` (same ids, same files): the other entries are taken as they are.
    init(content: LoadedContent, previous: SiteModel, changed: [ActivationDocument], cache: EntryCache) {
        var entries = previous.entries
        for document in changed {
            if let index = previous.positions[document.id] { entries[index] = cache.entry(for: document) }
        }
        self.init(content: content, entries: entries)
    }

    private init(content: LoadedContent, entries: [ActivationEntry]) {
        self.content = content
        self.entries = entries
        // By index: iterating the entries themselves would copy each one.
        positions = Dictionary(entries.indices.map { (entries[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        var approximatedBy: [String: [String]] = [:]
        for index in entries.indices {
            if let exact = entries[index].document.approximates?.id { approximatedBy[exact, default: []].append(entries[index].id) }
        }
        self.approximatedBy = approximatedBy
    }

    func entry(_ id: String) -> ActivationEntry? { positions[id].map { entries[$0] } }

    /// Where `id` is in `entries`.
    func index(of id: String) -> Int? { positions[id] }

    /// The ids of the activations that approximate `id`, in display order.
    func approximationIDs(of id: String) -> [String] { approximatedBy[id] ?? [] }

    /// The activations that approximate `id`, in display order.
    func approximations(of id: String) -> [ActivationEntry] { approximationIDs(of: id).compactMap(entry) }
}

/// Maps an array on all cores, keeping the order of the input.
enum ConcurrentMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        let results = ResultBox<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values()
    }

    private final class ResultBox<U>: @unchecked Sendable {
        private var storage: [U?]
        private let lock = DispatchQueue(label: "nonlin.concurrent-map")
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: U) { lock.sync { storage[index] = value } }
        func values() -> [U] { lock.sync { storage.map { $0! } } }
    }
}
