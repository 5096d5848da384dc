import Content

/// What each page of the site is made from, as a short list of strings: two builds that
/// give a page the same signature give it the same bytes, so a rebuild makes again only
/// the pages whose signature changed.
///
/// A signature names the revision of every activation the page reads (see
/// `EntryRevisions`) and the id and name of every activation it only links to. What all
/// pages share (site.yml, index.md, templates, assets, the base URL) is not in it: when
/// any of those changes the whole site is made again.
struct PageSignatures: Sendable {
    let model: SiteModel
    let revisions: EntryRevisions
    /// Every activation's front-matter revision, in display order: the pages listing every
    /// activation read no prose.
    let everyEntry: [String]
    /// Every activation's name-and-frameworks revision, in display order: for the pages
    /// that list every activation by name only (404, frameworks, the compare picker's choices).
    let everyName: [String]

    init(model: SiteModel, revisions: EntryRevisions) {
        self.model = model
        self.revisions = revisions
        everyEntry = ["every"] + model.entries.map { "\($0.id)@\(revisions.front[$0.id] ?? -1)" }
        everyName = ["names"] + model.entries.map { "\($0.id)@\(revisions.listing[$0.id] ?? -1)" }
    }

    /// An activation's page: its own document and computed entry, the front matter of the
    /// activation it approximates (whose function its error plot draws), and links to its neighbours,
    /// related activations and approximations.
    func activation(_ index: Int) -> [String] {
        // Fields are read in place: copying an entry out of the array would copy all of it.
        let entries = model.entries
        let id = entries[index].id
        var signature = ["page", revision(id)]
        signature.append(index > 0 ? link(index - 1) : "-")
        signature.append(index + 1 < entries.count ? link(index + 1) : "-")
        signature += entries[index].document.related.map { model.index(of: $0.id).map(link) ?? "?\($0.id)" }
        if let approximated = entries[index].document.approximates?.id {
            signature.append("≈" + front(approximated))
            signature.append(model.index(of: approximated).map(link) ?? "?")
        }
        signature += model.approximationIDs(of: id).map { "~" + (model.index(of: $0).map(link) ?? "?") }
        return signature
    }

    /// `plots/<id>.svg`: drawn from front matter only.
    func plot(_ id: String) -> [String] { ["plot", front(id)] }

    /// A curated comparison: its members' names, functions and properties.
    func comparison(_ comparison: Comparison) -> [String] {
        ["compare"] + comparison.members.map { front($0.id) }
    }

    private func revision(_ id: String) -> String { "\(id)#\(revisions.full[id] ?? -1)" }

    /// The front-matter revision of `id`, for pieces of pages that read no prose.
    func front(_ id: String) -> String { "\(id)@\(revisions.front[id] ?? -1)" }

    /// The id and name of the activation at `index`: what a link to it shows.
    private func link(_ index: Int) -> String { model.entries[index].id + "\u{1F}" + model.entries[index].document.name }
}
