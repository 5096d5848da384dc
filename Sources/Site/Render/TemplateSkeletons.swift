import Foundation

/// The skeletons of a template set's templates, learnt as pages are rendered; shared by
/// the threads that render them. Learning costs two more renderings, so a shape gets a
/// skeleton only the third time a page of its shape hint is rendered by the library: shapes
/// of one or two pages (most of a small site's) never pay for one.
final class TemplateSkeletons: @unchecked Sendable {
    /// Shapes kept per template, and failed attempts before a template is left to the library.
    static let maxSkeletons = 64
    static let maxFailures = 3
    /// Up to this many skeletons are tried in turn; past it, the page's shape hint picks them.
    static let triedInTurn = 2
    /// Pages of one shape hint rendered by the library before the shape is learnt.
    static let rendersBeforeLearning = 2
    /// Pages a template renders by the library, whatever their shapes, before any of its shapes
    /// is learnt: learning costs renderings that only a site with many pages pays back (with
    /// learning from the start, a 30-page build took ~10% more CPU than without skeletons).
    static let pagesBeforeLearning = 64

    private struct Entry {
        var skeletons: [TemplateSkeleton] = []
        /// Shape hint of a page → the skeletons that fitted pages with that hint.
        var byShape: [Int: [TemplateSkeleton]] = [:]
        /// Shape hints of pages rendered without a skeleton → how many (up to `rendersBeforeLearning`).
        var seen: [Int: Int] = [:]
        var failures = 0
        /// Pages rendered by the library, counted up to `warmUp`.
        var libraryPages = 0
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// False: every page is rendered by the library (see `TemplateSet.usesDynamicPartial`).
    let isEnabled: Bool
    /// Pages of a template the library renders before learning starts (`pagesBeforeLearning`).
    let warmUp: Int

    init(enabled: Bool = true, warmUp: Int = pagesBeforeLearning) {
        isEnabled = enabled
        self.warmUp = warmUp
    }

    /// How many shapes of template `name` have a skeleton.
    func count(_ name: String) -> Int { lock.withLock { entries[name]?.skeletons.count ?? 0 } }

    /// Template `name` with `fields`: put together from a skeleton when there is one of their
    /// shape, else rendered by `render` (and its skeleton learnt, while the template has room).
    func render(_ name: String, _ fields: TemplateFields, render: (Any) -> String?) -> String? {
        page(name, fields, render: render, skeleton: { $0.render(fields) }, library: { $0 })
    }

    /// `render(_:_:render:)` as UTF-8.
    func bytes(_ name: String, _ fields: TemplateFields, render: (Any) -> String?) -> [UInt8]? {
        page(name, fields, render: render, skeleton: { $0.bytes(fields) }, library: { Array($0.utf8) })
    }

    private func page<Page>(_ name: String, _ fields: TemplateFields, render: (Any) -> String?,
                            skeleton made: (TemplateSkeleton) -> Page?, library: (String) -> Page) -> Page? {
        guard isEnabled else { return render(fields).map(library) }
        let entry = lock.withLock { entries[name] } ?? Entry()
        var shape: Int?
        if entry.skeletons.count <= Self.triedInTurn {
            for skeleton in entry.skeletons {
                if let page = made(skeleton) { return page }
            }
        } else {
            shape = TemplateSkeleton.shapeHint(fields)
            for skeleton in shape.flatMap({ entry.byShape[$0] }) ?? [] {
                if let page = made(skeleton) { return page }
            }
        }
        guard let page = render(fields) else { return nil }
        if entry.libraryPages < warmUp {
            lock.withLock { entries[name, default: Entry()].libraryPages += 1 }
            return library(page)
        }
        guard entry.failures < Self.maxFailures, entry.skeletons.count < Self.maxSkeletons,
              let shape = shape ?? TemplateSkeleton.shapeHint(fields) else { return library(page) }
        if entry.seen[shape, default: 0] < Self.rendersBeforeLearning {
            lock.withLock { entries[name, default: Entry()].seen[shape, default: 0] += 1 }
            return library(page)
        }
        let learnt = TemplateSkeleton.learn(fields, rendered: page, render: render)
        lock.withLock {
            var entry = entries[name] ?? Entry()
            if let learnt {
                let known = entry.skeletons.first { $0.reads == learnt.reads }
                if known == nil { entry.skeletons.append(learnt) }
                let skeleton = known ?? learnt
                if !(entry.byShape[shape] ?? []).contains(where: { $0 === skeleton }) { entry.byShape[shape, default: []].append(skeleton) }
            } else {
                entry.failures += 1
            }
            entries[name] = entry
        }
        return library(page)
    }
}
