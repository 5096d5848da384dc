import Foundation
import Testing
@testable import Site
import TestSupport

/// Pages put together from a template's skeleton are the pages swift-mustache renders.
@Suite struct TemplateSkeletonTests {
    /// A templates folder holding `files` (name → text) besides the required templates.
    private func templates(_ files: [String: String], warmUp: Int = 0) throws -> TemplateSet {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: TestSupport.repositoryRoot.appendingPathComponent("Templates").resolvingSymlinksInPath(),
                                         to: folder)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8)
        }
        // Skeletons learnt from the first pages on unless said (a build waits for many pages first).
        let (set, diagnostics) = TemplateSet.load(directory: folder.path, skeletonWarmUp: warmUp)
        return try #require(set, "\(diagnostics)")
    }

    private static let texts = ["plain", "a<b & \"c\" 'd'>", "\"\u{301} <\u{338}", "é\u{301}", "\u{E000}&\u{E001}", "ƒ′(0) = −1", "{{x}}", " "]

    @Test func pagesOfOneShapeAreTheLibrarysPagesWhateverTheirTexts() throws {
        let set = try templates(["page": """
            <h1 title="{{title}}">{{title}}</h1>{{{html}}}
            {{#note}}<p>{{.}} ({{title}})</p>{{/note}}{{^note}}<p>none</p>{{/note}}{{#flag}}<b>on</b>{{/flag}}{{^flag}}off{{/flag}}
            {{> partials/site-footer}}
            """])
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            var context: [String: Any] = [:]
            for key in ["title", "html", "note", "site_title", "site_description"] {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: break
                case 1: context[key] = ""
                default: context[key] = Self.texts.randomElement(using: &generator)! + String(round)
                }
            }
            if Bool.random(using: &generator) { context["flag"] = Bool.random(using: &generator) }
            let expected = try #require(set.renderByLibrary("page", context))
            let made = try set.render("page", context)
            #expect(Array(made.utf8) == Array(expected.utf8), "\(context)")
        }
        #expect(set.skeletonCount("page") > 0)
    }

    @Test func theLayoutsFieldsComeFirstAsInTheLibrary() throws {
        let set = try templates([:])
        for round in 0..<6 {
            let context: [String: Any] = ["page_title": "T\(round) <&>", "description": round % 2 == 0 ? "" : "d\"\(round)",
                                          "canonical_url": "https://x/\(round)", "site_title": "S", "stylesheet": "a.css", "script": "s.js",
                                          "content": "not the layout's"]
            let layout = ["content": "<main>\(round)</main>", "site_header": "<h>", "site_footer": "<f>"]
            let expected = try #require(set.renderByLibrary("layout", context, layout: layout))
            #expect(Array(try set.render("layout", context, layout: layout).utf8) == Array(expected.utf8))
        }
    }

    @Test func aTemplateThatChangesItsTextsIsLeftToTheLibrary() throws {
        let set = try templates(["loud": "<p>{{uppercased(name)}} {{reversed(name)}}</p>"])
        for name in ["abc", "Nonlin", "x<y"] {
            let expected = try #require(set.renderByLibrary("loud", ["name": name]))
            #expect(try set.render("loud", ["name": name]) == expected)
            #expect(expected.contains(name.uppercased().replacingOccurrences(of: "<", with: "&lt;")))
        }
    }

    @Test func pagesWithObjectsAndListsAreTheLibrarysPages() throws {
        let set = try templates(["nested": """
            <h1>{{name}}</h1>{{#paper}}<cite>{{#url}}<a href="{{.}}">{{title}}</a>{{/url}}{{^url}}{{title}}{{/url}}</cite>{{#year}}, {{.}}{{/year}}{{/paper}}
            <ul>{{#items}}<li id="{{id}}">{{name}}{{#note}} ({{.}}){{/note}}{{#first}}!{{/first}}</li>{{/items}}</ul>{{^items}}<p>no items</p>{{/items}}
            {{#cells}}<td>{{.}}</td>{{/cells}}{{#next}}<a href="{{href}}">{{name}} →</a>{{/next}}
            """])
        var generator = SystemRandomNumberGenerator()
        func text(_ round: Int) -> String { Bool.random(using: &generator) ? "" : Self.texts.randomElement(using: &generator)! + String(round) }
        for round in 0..<300 {
            var context: [String: Any] = ["name": text(round)]
            if Bool.random(using: &generator) { context["year"] = text(round) }
            if Bool.random(using: &generator) {
                var paper: [String: Any] = ["title": text(round)]
                if Bool.random(using: &generator) { paper["url"] = text(round) }
                if Bool.random(using: &generator) { paper["year"] = text(round) }
                context["paper"] = TemplateFields(paper)
            }
            if Bool.random(using: &generator) {
                context["items"] = (0..<Int.random(in: 0..<3, using: &generator)).map { index in
                    TemplateFields(index == 1 ? ["id": text(round), "note": text(round)] : ["id": text(round), "name": text(round)])
                }
            }
            if Bool.random(using: &generator) { context["cells"] = (0..<Int.random(in: 0..<3, using: &generator)).map { _ in text(round) } }
            if Bool.random(using: &generator) { context["next"] = TemplateFields(["href": text(round), "name": text(round)]) }
            let expected = try #require(set.renderByLibrary("nested", context))
            let made = try set.render("nested", context)
            #expect(Array(made.utf8) == Array(expected.utf8), "\(context)")
        }
        #expect(set.skeletonCount("nested") > 0)
    }

    /// Inside an indented partial the library indents what follows a text ending a line.
    @Test func textsEndingALineInAnIndentedPartialAreTheLibrarysPages() throws {
        let set = try templates(["page": "<div>\n  {{> partials/item}}\n</div>\n", "partials/item": "{{{a}}}{{b}}<i>{{c}}</i>\n"])
        for round in 0..<40 {
            // Lines ended only after the first pages (whose shape is learnt from).
            let context: [String: Any] = ["a": round > 10 && round % 3 == 0 ? "x\n" : "x",
                                          "b": round > 10 && round % 2 == 0 ? "y\(round)\n" : "y", "c": "z\r\n"]
            let expected = try #require(set.renderByLibrary("page", context))
            #expect(Array(try set.render("page", context).utf8) == Array(expected.utf8), "\(context)")
        }
    }

    @Test func aSkeletonIsLearntOnlyForTextsFlagsObjectsAndLists() throws {
        let set = try templates(["flat": "<p>{{a}}{{#b}}!{{/b}}</p>", "nested": "{{#paper}}<i>{{title}}</i>{{/paper}}",
                                 "list": "{{#items}}<li>{{.}}</li>{{/items}}", "number": "<p>{{count}}</p>",
                                 "dictionary": "{{#paper}}<i>{{title}}</i>{{/paper}}"])
        for round in 0..<5 {
            let cases: [(String, [String: Any])] = [
                ("flat", ["a": "x\(round)", "b": true]),
                ("nested", ["paper": TemplateFields(["title": "P\(round)"])]),
                ("list", ["items": ["a\(round)", "<b>"]]),
                ("number", ["count": round]),
                ("dictionary", ["paper": ["title": "P\(round)"]]),
            ]
            for (name, context) in cases {
                let expected = try #require(set.renderByLibrary(name, context))
                #expect(try set.render(name, context) == expected)
            }
        }
        #expect(set.skeletonCount("flat") == 1)
        #expect(set.skeletonCount("nested") == 1)
        #expect(set.skeletonCount("list") == 1)
        #expect(set.skeletonCount("number") == 0)
        #expect(set.skeletonCount("dictionary") == 0)
    }

    @Test func templatesThatNameAPartialByAFieldAreLeftToTheLibrary() throws {
        // Pages naming a partial that renders nothing would teach a skeleton without the
        // partial; a later page naming a real one must still get it.
        let set = try templates(["which": "<div>{{>*partial}}</div><p>{{title}}</p>", "partials/one": "ONE {{title}}"])
        for (round, partial) in ["partials/none", "partials/none", "partials/none", "partials/none", "partials/one"].enumerated() {
            let context: [String: Any] = ["partial": partial, "title": "t\(round)"]
            let expected = try #require(set.renderByLibrary("which", context))
            #expect(Array(try set.render("which", context).utf8) == Array(expected.utf8), "\(partial)")
        }
        #expect(try set.renderByLibrary("which", ["partial": "partials/one", "title": "x"]) == "<div>ONE x</div><p>x</p>")
        #expect(set.skeletonCount("which") == 0)
        #expect(TemplateSet.usesDynamicPartial("{{> *name}}"))
        #expect(TemplateSet.usesDynamicPartial("{{=<% %>=}}<%>*name%>"))
        #expect(!TemplateSet.usesDynamicPartial("{{> partials/site-footer}}<td>*</td>"))
    }


    @Test func aSmallSiteIsRenderedByTheLibraryAlone() throws {
        let warmUp = TemplateSkeletons.pagesBeforeLearning
        let set = try templates(["flat": "<p>{{a}}</p>"], warmUp: warmUp)
        for round in 0..<(warmUp + TemplateSkeletons.rendersBeforeLearning + 1) {
            if round == warmUp { #expect(set.skeletonCount("flat") == 0) }
            #expect(try set.render("flat", ["a": "x\(round)"]) == "<p>x\(round)</p>")
        }
        #expect(set.skeletonCount("flat") == 1)
    }

}
