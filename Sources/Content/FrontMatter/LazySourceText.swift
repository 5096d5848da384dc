import Diagnostics

/// A file's `SourceText`, cut into lines only when something first asks for it (a
/// diagnostic quoting a line, a formula error's position): a file without problems never
/// pays for the split. Used by one parse at a time, on one thread.
final class LazySourceText {
    private let path: String
    private let text: String
    private var built: SourceText?

    init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    init(_ source: SourceText) {
        path = source.path
        text = ""
        built = source
    }

    var value: SourceText {
        if let built { return built }
        let source = SourceText(path: path, text: text)
        built = source
        return source
    }
}
