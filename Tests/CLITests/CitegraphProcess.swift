import CiteGraphTestSupport
import Foundation

/// Runs the built `citegraph` binary, as a user would, and captures what it says.
struct CitegraphProcess {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary next to the test bundle (the build directory `swift test` used).
    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("citegraph") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// - Parameter standardOutput: where stdout goes instead of a pipe (then `stdout` is empty).
    static func run(_ arguments: [String], standardOutput: FileHandle? = nil, standardError: FileHandle? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = standardError ?? err
        try process.run()
        // Read both pipes concurrently so a large stdout cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = readToEnd(err.fileHandleForReading) }
        reader.start()
        if standardOutput != nil { try out.fileHandleForWriting.close() }
        if standardError != nil { try err.fileHandleForWriting.close() }
        let outData = readToEnd(out.fileHandleForReading)
        process.waitUntilExit()
        while !reader.isFinished { usleep(1_000) }
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh directory for one test's output files.
    static func temporaryDirectory() throws -> URL {
        try ScratchDirectory.make("citegraph-cli")
    }
}
