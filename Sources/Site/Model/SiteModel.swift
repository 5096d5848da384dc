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
        // Each document's place in the catalog is looked up once, not at every comparison.
        let ranks = content.activations.map { order[$0.id] ?? Int.max }
        let documents = content.activations.indices.sorted {
            (ranks[$0], content.activations[$0].id) < (ranks[$1], content.activations[$1].id)
        }.map { content.activations[$0] }
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
        // Each index is written exactly once, by one worker, straight into the result's
        // storage: no lock, and no array of optionals to copy out and free afterwards.
        // `concurrentPerform` returns only when every worker is done, which is what makes
        // the writes visible to this thread.
        guard !items.isEmpty else { return [] }
        return [U](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            let slots = Slots(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots.base.advanced(by: index).initialize(to: transform(items[index]))
            }
            initialized = items.count
        }
    }

    /// The result's storage, handed to the workers (each writes only its own index).
    private struct Slots<U>: @unchecked Sendable {
        let base: UnsafeMutablePointer<U>
        init(_ base: UnsafeMutablePointer<U>) { self.base = base }
    }
}
