import Diagnostics
import Foundation
import Mustache

/// The Mustache templates of a `Templates/` folder, parsed once, with parse errors
/// reported at their file positions. Rendering an unknown template is an error, not a
/// blank page (swift-mustache returns nil for it).
struct TemplateSet: Sendable {
    static let requiredTemplates = ["layout", "index", "activation", "compare", "compare-index", "frameworks", "print", "404",
                                    "partials/table-row", "partials/print-card"]

    private let library: MustacheLibrary
    let names: Set<String>
    /// Pages of a shape seen before are put together from the template's skeleton.
    private let skeletons: TemplateSkeletons

    private init(library: MustacheLibrary, names: Set<String>, texts: [String], skeletonWarmUp: Int) {
        self.library = library
        self.names = names
        skeletons = TemplateSkeletons(enabled: !texts.contains(where: Self.usesDynamicPartial), warmUp: skeletonWarmUp)
    }

    /// Whether a template may name a partial by a field's text (`{{>*field}}`): a skeleton
    /// learnt with stand-in texts cannot tell which partial a real text names, so a set of
    /// templates with one renders every page with the library. A template that changes its
    /// delimiters (`{{=<% %>=}}`) errs on the safe side: any `>` followed by `*` then counts.
    static func usesDynamicPartial(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "{"), changesDelimiters = bytes.indices.contains { i in
            i >= 2 && bytes[i] == UInt8(ascii: "=") && bytes[i - 1] == open && bytes[i - 2] == open
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: ">") {
            guard let star = bytes[(i + 1)...].firstIndex(where: { !isSpace($0) }), bytes[star] == UInt8(ascii: "*") else { continue }
            if changesDelimiters { return true }
            // `{{`, then spaces, then this `>`.
            if let tag = bytes[..<i].lastIndex(where: { !isSpace($0) }), tag >= 1, bytes[tag] == open, bytes[tag - 1] == open {
                return true
            }
        }
        return false
    }

    /// Put before every template, on a line of its own (which Mustache drops): values are
    /// escaped by `TemplateEscaping`. Parse errors are reported against the file's own lines.
    private static let prologue = "{{% CONTENT_TYPE: \(TemplateEscaping.name)}}\n"

    /// Loads every `*.mustache` under `directory` (names keep subfolders: `partials/head`).
    /// `skeletonWarmUp`: pages of a template rendered by the library before its skeletons are
    /// learnt (tests learn from the first page).
    static func load(directory: String,
                     skeletonWarmUp: Int = TemplateSkeletons.pagesBeforeLearning) -> (TemplateSet?, [Diagnostic]) {
        TemplateEscaping.registered
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var names: Set<String> = []
        var texts: [String] = []
        // A templates folder reached through a symbolic link is read like any other.
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            return (nil, [Diagnostic(path: directory, message: "templates folder not found",
                                     hint: "pass --templates DIR, or run from the project folder")])
        }
        let files = (enumerator.allObjects as? [String] ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        for file in files {
            let path = directory.hasSuffix("/") ? directory + file : directory + "/" + file
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else {
                diagnostics.append(Diagnostic(path: path, message: "template cannot be read as UTF-8 text"))
                continue
            }
            let name = String(file.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: prologue + text), named: name)
                names.insert(name)
                texts.append(text)
            } catch let error as MustacheTemplate.ParserError {
                let source = SourceText(path: path, text: text)
                let location = SourceLocation(line: max(1, error.context.lineNumber - 1), column: max(1, error.context.columnNumber))
                diagnostics.append(source.diagnostic(at: location, "template syntax error: \(error.error)",
                                                     hint: "check that every {{#section}} has a matching {{/section}}"))
            } catch {
                diagnostics.append(Diagnostic(path: path, message: "template syntax error: \(error)"))
            }
        }
        for required in requiredTemplates where !names.contains(required) && !diagnostics.containsErrors {
            diagnostics.append(Diagnostic(path: directory + "/" + required + ".mustache", message: "required template is missing",
                                          hint: "copy it from Nonlin's Templates/ folder"))
        }
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        return (TemplateSet(library: library, names: names, texts: texts, skeletonWarmUp: skeletonWarmUp), diagnostics)
    }

    struct MissingTemplate: Error, CustomStringConvertible {
        let name: String
        var description: String { "no template named '\(name)'" }
    }

    func render(_ name: String, _ context: [String: Any]) throws -> String {
        try render(name, fields: TemplateFields(context))
    }

    /// A page: `template` rendered with `context`, then the layout with the same fields,
    /// `content` (the page's HTML; the context is not copied to add it) and the site's header
    /// and footer for the page's root.
    /// The page is UTF-8, as its file is written.
    func renderPage(_ template: String, _ context: [String: Any], furniture: SiteFurniture) throws -> [UInt8] {
        var layout = try furniture.fields(root: context["root"] as? String ?? "")
        layout["content"] = try render(template, fields: TemplateFields(context))
        let fields = TemplateFields(context, layout: layout), library = self.library
        guard names.contains("layout"),
              let page = skeletons.bytes("layout", fields, render: { library.render($0, withTemplate: "layout") }) else {
            throw MissingTemplate(name: "layout")
        }
        return page
    }

    private func render(_ name: String, fields: TemplateFields) throws -> String {
        let library = self.library
        guard names.contains(name),
              let text = skeletons.render(name, fields, render: { library.render($0, withTemplate: name) }) else {
            throw MissingTemplate(name: name)
        }
        return text
    }

    /// Template `name` rendered by swift-mustache alone, never from a skeleton (for tests).
    func renderByLibrary(_ name: String, _ context: [String: Any], layout: [String: String] = [:]) -> String? {
        library.render(TemplateFields(context, layout: layout), withTemplate: name)
    }

    /// How many shapes of template `name` have a skeleton (for tests).
    func skeletonCount(_ name: String) -> Int { skeletons.count(name) }

    /// Template `name` as pages are made: from a skeleton when one fits (for tests).
    func render(_ name: String, _ context: [String: Any], layout: [String: String]) throws -> String {
        try render(name, fields: TemplateFields(context, layout: layout))
    }
}

/// The fields a template is rendered with, as swift-mustache finds them fastest. For every
/// object on its stack it asks whether it is a `MustacheCustomRepresentation` (no) and then a
/// `MustacheParent` (yes). After a failed cast of a class instance the runtime also checks
/// whether the instance boxes a value; a struct skips that, and the activation page renders
/// ~10% faster with this struct than with a class, and faster than with a `[String: Any]`
/// (measured). It holds one reference, so copying it into the answer is one retain. The
/// lookups and their results are the dictionary's.
struct TemplateFields: MustacheParent {
    private final class Storage {
        let values: [String: Any]
        let layout: [String: String]

        init(values: [String: Any], layout: [String: String]) {
            self.values = values
            self.layout = layout
        }
    }

    private let storage: Storage
    var values: [String: Any] { storage.values }
    var layout: [String: String] { storage.layout }

    /// `layout`: the fields only the layout has (`content`, `site_header`, `site_footer`), looked up first.
    init(_ values: [String: Any], layout: [String: String] = [:]) {
        storage = Storage(values: values, layout: layout)
    }

    /// Fields without their empty texts (see `PageContexts.withoutEmptyText`): a `{{#key}}`
    /// section then renders nothing for a missing note or URL.
    init(text values: [String: Any]) {
        self.init(PageContexts.withoutEmptyText(values))
    }

    func child(named name: String) -> Any? {
        if !storage.layout.isEmpty, let text = storage.layout[name] { return text }
        return storage.values[name]
    }
}
