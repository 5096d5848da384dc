import Diagnostics
import Foundation
import Hummingbird
import Site

/// `nonlin serve`: builds the site, serves it from memory on 127.0.0.1 with Hummingbird,
/// watches the content and templates, rebuilds what changed and tells open pages to
/// reload (server-sent events). A broken edit keeps the last good site on screen and
/// shows its diagnostics as an overlay and on standard error.
public struct PreviewServer: Sendable {
    public var options: SiteBuilder.Options
    public var host: String
    public var port: Int
    /// Called with each build's outcome, for the terminal.
    public var log: @Sendable (String) -> Void

    public init(options: SiteBuilder.Options, host: String = "127.0.0.1", port: Int = 8000, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.host = host
        self.port = port
        self.log = log
    }

    public func run() async throws {
        let state = PreviewState()
        let rebuilder = Rebuilder(options: options, state: state, log: log)
        await rebuilder.rebuild(reason: "start")
        let router = Router()
        router.get("__nonlin/events") { _, _ in Self.events(state) }
        router.get("__nonlin/reload.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                     body: .init(byteBuffer: ByteBuffer(string: LiveReloadScript.source)))
        }
        router.get("/") { request, _ in await Self.file(request.uri.path, state: state) }
        router.get("**") { request, _ in await Self.file(request.uri.path, state: state) }
        router.head("**") { request, _ in await Self.file(request.uri.path, state: state) }
        let (host, port, options, log) = (host, port, options, log)
        // Said once the socket listens, so a script that waits for this line can connect at once.
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "nonlin"),
                              onServerRunning: { _ in
                                  log("Serving on http://\(host):\(port)/ — watching \(options.content)/ and \(options.templates)/ (Ctrl-C to stop)")
                              })
        let watch = Task { await rebuilder.watch() }
        defer { watch.cancel() }
        let stop = Self.exitOnInterrupt(log: log)
        defer { stop.forEach { $0.cancel() } }
        try await app.runService(gracefulShutdownSignals: [])
    }

    /// Ctrl-C or SIGTERM stops the preview at once. A graceful shutdown would wait for
    /// open pages' event streams, which never end by themselves.
    static func exitOnInterrupt(log: @escaping @Sendable (String) -> Void) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                log("Stopped.")
                exit(0)
            }
            source.resume()
            return source
        }
    }

    static func file(_ rawPath: String, state: PreviewState) async -> Response {
        guard let path = RequestPath.resolve(rawPath) else {
            return Response(status: .badRequest, body: .init(byteBuffer: ByteBuffer(string: "bad path\n")))
        }
        guard var bytes = await state.file(path) else {
            let notFound = await state.file("404.html") ?? Array("not found\n".utf8)
            return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: LiveReloadScript.inject(into: notFound))))
        }
        let type = RequestPath.contentType(path)
        if type.hasPrefix("text/html") { bytes = LiveReloadScript.inject(into: bytes) }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// A stream of `event: version` (reload) and `event: failure` (overlay) messages.
    static func events(_ state: PreviewState) -> Response {
        Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                 body: .init { writer in
                     var seen = await state.version
                     try await writer.write(ByteBuffer(string: await message(state, version: seen)))
                     while !Task.isCancelled {
                         seen = await state.waitForChange(after: seen)
                         try await writer.write(ByteBuffer(string: await message(state, version: seen)))
                     }
                     try await writer.finish(nil)
                 })
    }

    static func message(_ state: PreviewState, version: Int) async -> String {
        if let failure = await state.failure {
            return "event: failure\n" + failure.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "data: " + $0 }.joined(separator: "\n") + "\n\n"
        }
        return "event: version\ndata: \(version)\n\n"
    }
}

/// Rebuilds the site when watched files change: the session parses, recomputes and
/// renders again only what the changed files affect, and Output/ gets only the files
/// that differ.
actor Rebuilder {
    let options: SiteBuilder.Options
    let state: PreviewState
    let log: @Sendable (String) -> Void
    let session: SiteSession
    let output: OutputMirror
    var watcher: ChangeWatcher

    init(options: SiteBuilder.Options, state: PreviewState, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.state = state
        self.log = log
        session = SiteSession(options: options)
        output = OutputMirror(destination: options.output)
        watcher = ChangeWatcher(roots: [options.content, options.templates])
    }

    /// Rebuilds after `changed` files changed (nil: not known, so everything is read again).
    func rebuild(reason: String, changed: [String]? = nil) async {
        let start = ContinuousClock.now
        let outcome = session.rebuild(changed: changed)
        for diagnostic in outcome.diagnostics { log(diagnostic.rendered()) }
        guard let files = outcome.files else {
            await state.fail(outcome.diagnostics)
            log("Build failed (\(reason)); still serving the last good site.")
            return
        }
        // Open pages reload from memory first; Output/ follows.
        await state.publish(files)
        let elapsed = ContinuousClock.now - start
        var written = "Output/ not written"
        do {
            written = "\(try output.publish(files).count) written to \(options.output)/"
        } catch {
            log("\(options.output)/ was not updated: \(error)")
        }
        log("Rebuilt (\(reason)) in \(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000) ms "
            + "(\(outcome.parsed.count) parsed, \(outcome.made.count) of \(files.count) files made, \(written)).")
    }

    /// Rebuilds when files change: inotify names the changed files at once (checked every
    /// 5 ms, then once more after 2 ms to take a burst of writes together), and a full scan
    /// every 5 s catches anything it missed; without inotify, a scan every 120 ms does.
    func watch() async {
        #if canImport(Glibc)
        let events = FileEvents(folders: ChangeWatcher.folders(under: watcher.roots))
        #endif
        var sinceScan = 0
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(5))
            sinceScan += 5
            var changed: [String] = []
            #if canImport(Glibc)
            if let events {
                var batch = events.drain()
                // A save of several files, or one written in several pieces, comes as a burst:
                // wait until it pauses (2 ms, at most 50 ms) and rebuild once, from whole files.
                var waited = 0
                while !batch.isEmpty, waited < 50 {
                    try? await Task.sleep(for: .milliseconds(2))
                    waited += 2
                    let more = events.drain()
                    if more.isEmpty { break }
                    batch.paths.formUnion(more.paths)
                    batch.needsScan = batch.needsScan || more.needsScan
                }
                if batch.needsScan || sinceScan >= 5000 {
                    changed = watcher.changes()
                    // A folder came or went: watch the new ones.
                    if batch.needsScan { events.watch(ChangeWatcher.folders(under: watcher.roots)) }
                    sinceScan = 0
                } else if !batch.isEmpty {
                    changed = watcher.changes(among: batch.paths)
                }
                if !changed.isEmpty { await rebuild(reason: Self.reason(changed), changed: changed) }
                continue
            }
            #endif
            guard sinceScan >= 120 else { continue }
            sinceScan = 0
            changed = watcher.changes()
            if !changed.isEmpty { await rebuild(reason: Self.reason(changed), changed: changed) }
        }
    }

    static func reason(_ changed: [String]) -> String { changed.count == 1 ? changed[0] : "\(changed.count) files" }
}
