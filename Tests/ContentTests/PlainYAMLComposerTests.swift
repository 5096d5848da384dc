import Foundation
import Testing
import Yams
@testable import Content
import TestSupport

/// `PlainYAMLComposer` either declines a text or composes exactly what Yams composes:
/// the same values, styles and marks. Checked on every front matter in Content/ and on
/// thousands of variants of them with one line edited.
struct PlainYAMLComposerTests {
    /// A node as text: kind, style, mark and value, children in order.
    static func dump(_ node: Node) -> String {
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "-"
        switch node {
        case .scalar(let scalar): return "S\(scalar.style.rawValue)@\(mark)\(scalar.string.debugDescription)"
        case .mapping(let mapping):
            return "M\(mapping.style.rawValue)@\(mark){" + mapping.map { dump($0.key) + ":" + dump($0.value) }.joined(separator: ",") + "}"
        case .sequence(let sequence):
            return "Q\(sequence.style.rawValue)@\(mark)[" + sequence.map(dump).joined(separator: ",") + "]"
        case .alias: return "A"
        }
    }

    /// Nil when the composer declines; otherwise whether Yams composes the same tree.
    static func agrees(_ yaml: String) -> Bool? {
        guard let fast = PlainYAMLComposer.compose(yaml, resolver: .basic, constructor: .default) else { return nil }
        guard let slow = try? Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return false }
        return dump(fast) == dump(slow)
    }

    static let frontMatters: [(name: String, yaml: String)] = {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Content/activations").path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        return names.compactMap { name in
            guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8),
                  case .success(let split) = FrontMatterSplit.split(text) else { return nil }
            return (name, split.yaml)
        }
    }()

    @Test func marksAreMadeWithTheirLineAndColumn() {
        #expect(Mark.canBeMade)
        let mark = Mark.made(line: 12, column: 5)
        #expect(mark.line == 12 && mark.column == 5)
    }

    @Test func everyContentFrontMatterIsComposedAsYamsComposesIt() throws {
        try #require(Self.frontMatters.count >= 20)
        for (name, yaml) in Self.frontMatters {
            #expect(Self.agrees(yaml) == true, "\(name)")
        }
    }

    @Test(arguments: [
        ("name: A\nformula: x", true), ("a: " + String(repeating: "[", count: 10) + String(repeating: "]", count: 10), true),
        ("a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40), false),
        ((0..<40).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " v", false), ("name: A\nformula: x\n", false),
        ("name: A\nlist:\n- a\n- \"b c\"\nnext: [1, {k: v}]", true),
        ("name: A\nmap:\n  a: {x: [-5, 3], y: []}\n  b: {}\nz:  spaced  value  ", true),
        ("name: A # comment", false), ("name: 'quoted'", false), ("name: \"esc\\n\"", false), ("name: |\n  block", false),
        ("name: a\n  continued", false), ("name: a\n\nformula: x", false), ("name: a\nname: b", false), ("{k: v, k: w}", false),
        ("name: a: b", false), ("name:\tx", false), ("- a\n- b", false), ("name: &a x", false), ("name: [a, b,]", false),
        ("name: [a:b]", false), ("name:", false), ("name: a\n wrong: b", false), ("k: \u{85}", false), ("", false),
    ] as [(String, Bool)])
    func shapeIsAcceptedOrDeclined(_ yaml: String, _ accepted: Bool) {
        #expect(Self.agrees(yaml) == (accepted ? true : nil), "\(yaml.debugDescription)")
    }

    @Test func editedFrontMattersAreDeclinedOrComposedAsYamsComposesThem() {
        let snippets = [" ", "  ", "#", " #", "\t", ":", ": ", "'", "\"", "[", "]", "{", "}", ",", ", ", "-", "- ", "&a ", "*a",
                        "!", "|", ">", "?", "%", "@", "`", "\\", "é", "\u{85}", "\u{2028}", "\u{FEFF}", "\u{7F}", "\u{1}", "x:",
                        "\n", "\n  ", "\n- ", "---", "..."]
        var accepted = 0
        for (name, yaml) in Self.frontMatters.prefix(12) {
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var variants: [String] = []
            for (index, line) in lines.enumerated() {
                func replaced(_ newLine: String) -> String {
                    (lines[..<index] + [newLine] + lines[(index + 1)...]).joined(separator: "\n")
                }
                variants.append(replaced(" " + line))
                variants.append(replaced("  " + line))
                variants.append(replaced(String(line.drop { $0 == " " })))
                variants.append((lines[..<index] + lines[(index + 1)...]).joined(separator: "\n"))
                variants.append((lines[...index] + [line] + lines[(index + 1)...]).joined(separator: "\n"))
                let scalars = Array(line.unicodeScalars)
                for position in Set([0, scalars.count / 3, scalars.count / 2, max(0, scalars.count - 1), scalars.count]) {
                    for snippet in snippets {
                        var edited = String.UnicodeScalarView()
                        edited.append(contentsOf: scalars[..<position])
                        edited.append(contentsOf: snippet.unicodeScalars)
                        edited.append(contentsOf: scalars[position...])
                        variants.append(replaced(String(edited)))
                    }
                }
            }
            for variant in variants {
                guard let agreed = Self.agrees(variant) else { continue }
                accepted += 1
                #expect(agreed, "\(name): \(variant.debugDescription)")
            }
        }
        #expect(accepted > 1000)
    }
}
