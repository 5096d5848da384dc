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
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "nonlin"))
        log("Serving on http://\(host):\(port)/ — watching \(options.content)/ and \(options.templates)/ (Ctrl-C to stop)")
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

/// Rebuilds the site when watched files change, reusing unchanged activations' computed entries.
actor Rebuilder {
    let options: SiteBuilder.Options
    let state: PreviewState
    let log: @Sendable (String) -> Void
    let cache = EntryCache()
    var watcher: ChangeWatcher

    init(options: SiteBuilder.Options, state: PreviewState, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.state = state
        self.log = log
        watcher = ChangeWatcher(roots: [options.content, options.templates])
    }

    func rebuild(reason: String) async {
        let start = ContinuousClock.now
        let builder = SiteBuilder(options: options, cache: cache)
        let (files, diagnostics) = builder.render()
        for diagnostic in diagnostics { log(diagnostic.rendered()) }
        guard let files else {
            await state.fail(diagnostics)
            log("Build failed (\(reason)); still serving the last good site.")
            return
        }
        // Open pages reload from memory first; Output/ follows.
        await state.publish(files)
        try? AtomicOutput(destination: options.output).write(files)
        let elapsed = ContinuousClock.now - start
        log("Rebuilt (\(reason)) in \(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000) ms.")
    }

    /// Rebuilds when files change: inotify tells at once that something changed (checked
    /// every 10 ms); without it, a scan every 120 ms does. The scan says what changed.
    func watch() async {
        #if canImport(Glibc)
        let events = FileEvents(folders: ChangeWatcher.folders(under: watcher.roots))
        #endif
        var sinceScan = 0
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(10))
            sinceScan += 10
            var due = sinceScan >= 120
            #if canImport(Glibc)
            if let events {
                due = events.drain() || sinceScan >= 2000
            }
            #endif
            guard due else { continue }
            sinceScan = 0
            let changed = watcher.changes()
            if !changed.isEmpty {
                #if canImport(Glibc)
                events?.watch(ChangeWatcher.folders(under: watcher.roots))
                #endif
                await rebuild(reason: changed.count == 1 ? changed[0] : "\(changed.count) files")
            }
        }
    }
}
