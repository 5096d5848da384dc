import Testing
@testable import Preview

@Suite struct RequestPathTests {
    @Test func foldersMapToTheirIndexPage() {
        #expect(RequestPath.resolve("/") == "index.html")
        #expect(RequestPath.resolve("/activations/relu/") == "activations/relu/index.html")
        #expect(RequestPath.resolve("/plots/relu.svg?v=2") == "plots/relu.svg")
    }

    @Test func traversalAttemptsAreRefused() {
        for attempt in ["/../etc/passwd", "/activations/../../x", "/%2e%2e/etc/passwd", "/a%2fb", "/a%5cb",
                        "/..%2f..%2fetc", "/a\\b", "/x%00.html", "etc/passwd", "/./index.html", "/%zz"] {
            #expect(RequestPath.resolve(attempt) == nil, "\(attempt)")
        }
    }

    @Test func percentEncodedNamesAreDecoded() {
        #expect(RequestPath.resolve("/a%20b.html") == "a b.html")
    }

    @Test func liveReloadTagGoesBeforeTheClosingBodyTag() {
        let html = Array("<html><body><p>x</p></body></html>".utf8)
        let injected = String(decoding: LiveReloadScript.inject(into: html), as: UTF8.self)
        #expect(injected == "<html><body><p>x</p><script src=\"/__nonlin/reload.js\"></script></body></html>")
    }
}
