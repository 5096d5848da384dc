import Diagnostics
import Site

/// What the preview server shows: the last good site (in memory), the diagnostics of the
/// last build if it failed, and a version that changes with every rebuild so open
/// pages know to reload.
actor PreviewState {
    private(set) var files = SiteFiles()
    private(set) var version = 0
    private(set) var failure: String?
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func publish(_ files: SiteFiles) {
        self.files = files
        failure = nil
        bump()
    }

    func fail(_ diagnostics: [Diagnostic]) {
        failure = diagnostics.sorted().map { $0.rendered() }.joined(separator: "\n\n")
        bump()
    }

    func file(_ path: String) -> [UInt8]? { files[path] }

    /// Suspends until the version moves past `seen` (or returns at once if it already has).
    func waitForChange(after seen: Int) async -> Int {
        if version != seen { return version }
        await withCheckedContinuation { waiters.append($0) }
        return version
    }

    private func bump() {
        version += 1
        let ready = waiters
        waiters.removeAll()
        for waiter in ready { waiter.resume() }
    }
}
