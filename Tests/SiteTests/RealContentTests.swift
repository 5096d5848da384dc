import ActivationCore
import Content
import Testing
@testable import Site
import TestSupport

/// The repository's own Content/: every activation with a built-in uses it (constants such
/// as SELU's λ must not make the lookup fall back to the interpreted formula), and every
/// written formula agrees with its built-in.
@Suite struct RealContentTests {
    let content: LoadedContent? = ContentLoader(directory: TestSupport.repositoryRoot.appendingPathComponent("Content").path).load().content

    @Test func everyContentActivationWithABuiltInUsesIt() throws {
        let content = try #require(content)
        let ids = content.activations.map(\.id).filter { Catalog.builtInIDs.contains($0) }
        #expect(ids.count == Catalog.builtInIDs.count)
        for document in content.activations where Catalog.builtInIDs.contains(document.id) {
            #expect(ActivationEntry(document: document).function.isBuiltIn, "\(document.id)")
        }
    }

    @Test func everyWrittenFormulaAgreesWithItsBuiltIn() throws {
        let content = try #require(content)
        #expect(FormulaCheck.check(content, source: { _ in nil }).isEmpty)
    }

    @Test func checkHoldsSELUAgainstItsBuiltInDespiteItsConstants() throws {
        var content = try #require(content)
        let index = try #require(content.activations.firstIndex { $0.id == "selu" })
        content.activations[index].constants[0].value *= 1.0001
        let diagnostics = FormulaCheck.check(content, source: { _ in nil })
        #expect(diagnostics.map(\.message).contains { $0.hasPrefix("formula disagrees with the built-in 'selu'") })
    }
}
