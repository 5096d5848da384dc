import Foundation

/// Pieces of pages that stand for one activation (a row of the home table, a card of the
/// print card, a record of data/activations.json), kept from one build to the next: a
/// page listing a thousand activations, made again after one edit, renders one piece
/// afresh and reuses the others. Each piece carries a signature (as in `PageSignatures`);
/// a piece whose signature changed is made again.
final class Fragments: @unchecked Sendable {
    struct Piece: Sendable {
        var signature: String
        var text: String
    }

    private let previous: [String: Piece]
    private var current: [String: Piece] = [:]
    private let lock = NSLock()

    init(previous: [String: Piece] = [:]) {
        self.previous = previous
    }

    /// The piece `key` with this signature: the previous build's if it had the same
    /// signature, else made now. Either way it is kept for the next build.
    func text(_ key: String, signature: String, make: () throws -> String) rethrows -> String {
        let text = try previous[key].flatMap { $0.signature == signature ? $0.text : nil } ?? make()
        lock.lock()
        current[key] = Piece(signature: signature, text: text)
        lock.unlock()
        return text
    }

    /// The pieces used in this build.
    var used: [String: Piece] {
        lock.lock()
        defer { lock.unlock() }
        return current
    }
}
