import Content
import Diagnostics
import Foundation

// libFuzzer entry point: the input bytes are one activation file. They are written to
// `activations/fuzz.md` in a content folder of this process's own (beside a fixed
// site.yml, and two activations that `related` may name), and the real ContentLoader
// reads the folder. Checked on every input: every diagnostic renders and points at a
// line and column that exist, and no raw `<script` or `javascript:` survives into the
// HTML of a document that loads.

private let folder: URL = {
    let url = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("nonlin-content-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
    let activations = url.appendingPathComponent("activations")
    try? FileManager.default.createDirectory(at: activations, withIntermediateDirectories: true)
    let site = "title: Fuzz\nbase_url: https://example.org/\n"
    let relu = """
        ---
        name: ReLU
        formula: max(0, x)
        ---

        Zero below, identity above.

        ## Problem it solves

        Saturation.

        ## Pros

        - Cheap

        ## Cons

        - Dies

        ## When to use

        Often.

        ## Used in

        - Everything

        """
    try? site.write(to: url.appendingPathComponent("site.yml"), atomically: false, encoding: .utf8)
    try? relu.write(to: activations.appendingPathComponent("relu.md"), atomically: false, encoding: .utf8)
    return url
}()

private let target = folder.appendingPathComponent("activations/fuzz.md")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContent(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard (try? bytes.write(to: target)) != nil else { fatalError("cannot write \(target.path)") }
    let (content, diagnostics) = ContentLoader(directory: folder.path).load()
    let lines = String(decoding: bytes, as: UTF8.self)
        .split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    for diagnostic in diagnostics {
        _ = diagnostic.rendered()
        guard diagnostic.path == target.path, let start = diagnostic.range?.start else { continue }
        require(start.line >= 1 && start.line <= max(1, lines.count), "line \(start.line) outside the file: \(diagnostic)")
        let width = start.line <= lines.count ? lines[start.line - 1].unicodeScalars.count : 0
        require(start.column >= 1 && start.column <= width + 1, "column \(start.column) outside line \(start.line): \(diagnostic)")
    }
    require(content == nil || !diagnostics.containsErrors, "content returned despite errors")
    if let document = content?.activation("fuzz") {
        let body = document.body
        let html = [body.summaryHTML] + body.sections.map(\.html) + body.sections.flatMap(\.listItems)
        for fragment in html {
            let lowered = fragment.lowercased()
            require(!lowered.contains("<script"), "raw <script> in the HTML: \(fragment)")
            require(!lowered.contains("href=\"javascript:"), "javascript: link in the HTML: \(fragment)")
        }
    }
    return 0
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
