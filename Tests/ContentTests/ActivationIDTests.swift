import Testing
@testable import Content

/// Which file names make activation ids: read on bytes, the rule is the Character rule
/// (lowercase ASCII letters, digits and `-`, not at either end, at most 64 Characters).
struct ActivationIDTests {
    static func characterRule(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !id.hasPrefix("-") && !id.hasSuffix("-")
    }

    @Test func byteRuleEqualsCharacterRule() {
        var ids = ["", "-", "a", "relu", "leaky-relu", "gen-00001", "-relu", "relu-", "a--b", "ReLU", "relu_2", "relu.md", "é",
                   "re\u{301}lu", "relu\u{0}", "relu ", " relu", "ｒｅｌｕ", "a\u{2010}b", "0", "9-9", "a/b", "zz{", "`a"]
        ids += [String(repeating: "a", count: 64), String(repeating: "a", count: 65), String(repeating: "é", count: 40),
                String(repeating: "a", count: 63) + "-", "-" + String(repeating: "a", count: 63)]
        for byte in UInt8(0)...UInt8(127) { ids.append("a" + String(UnicodeScalar(byte)) + "b") }
        for id in ids {
            #expect(ActivationFileParser.isValidID(id) == Self.characterRule(id), "\(id.debugDescription)")
        }
    }
}
