import Foundation

/// Runs an external program (git, rsync) and captures its output, for publishing.
public struct ProcessRunner {
    public struct Failure: Error, CustomStringConvertible {
        public let command: String
        public let status: Int32
        public let stderr: String
        public var description: String { "`\(command)` failed (exit \(status)): \(stderr.trimmingCharacters(in: .whitespacesAndNewlines))" }
    }

    public var environment: [String: String] = [:]
    public var directory: URL?

    public init(environment: [String: String] = [:], directory: URL? = nil) {
        self.environment = environment
        self.directory = directory
    }

    /// Runs `program` (looked up on PATH) and returns its standard output; throws on a non-zero exit.
    @discardableResult
    public func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently so neither can fill up and block the child.
        let errBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errBox.data
        process.waitUntilExit()
        let stdout = String(decoding: outData, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(command: ([program] + arguments).joined(separator: " "), status: process.terminationStatus,
                          stderr: String(decoding: errData, as: UTF8.self))
        }
        return stdout
    }
}

/// Holds bytes read on another thread; written once before `group.wait()` returns.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
