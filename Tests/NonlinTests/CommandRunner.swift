import Foundation
import TestSupport

/// Runs the built `nonlin` binary and captures what a user would see.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Nonlin {
    static var binary: URL {
        let root = TestSupport.repositoryRoot.appendingPathComponent(".build")
        for configuration in ["debug", "release"] {
            let url = root.appendingPathComponent(configuration).appendingPathComponent("nonlin")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent("debug/nonlin")
    }

    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? TestSupport.repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}
