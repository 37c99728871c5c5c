import Foundation
import Testing

/// Runs the built `citegraph` binary the way a user does, on a directory with
/// a PDF, good texts and bad files.
@Suite struct ExtractBatchTests {
    /// The binary SwiftPM built next to this test bundle.
    static var binary: URL? {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("citegraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let fallback = root.appendingPathComponent(".build/debug/citegraph")
        return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let binary = try #require(binary, "citegraph is not built; run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and block.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func badFileInADirectoryFailsTheRunButNotTheBatch() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("Recalling its resolution 70/1 of 25 September 2015,\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("not a PDF at all\n".utf8).write(to: dir.appendingPathComponent("b.pdf"))
        try Data([0x43, 0x61, 0x66, 0xE9, 0x0A]).write(to: dir.appendingPathComponent("c.txt"))
        try Data().write(to: dir.appendingPathComponent("d.md"))

        let run = try Self.run(["extract", "--format", "json", dir.path])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.compactMap { $0["source"] as? String }
            == [dir.appendingPathComponent("a.txt").path, dir.appendingPathComponent("c.txt").path])
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("citegraph: error: \(dir.appendingPathComponent("b.pdf").path): not a PDF") })
        #expect(lines.contains("citegraph: warning: \(dir.appendingPathComponent("c.txt").path): not valid UTF-8; read as Windows-1252"))
        #expect(lines.contains("citegraph: error: \(dir.appendingPathComponent("d.md").path): empty file, nothing to extract"))
    }

    @Test func pdfFromTheCorpusIsRead() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let pdf = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/pdf/A_RES_73_7.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else { return }
        let run = try Self.run(["extract", "--format", "json", pdf.path])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(documents.first?["source"] as? String == pdf.path)
    }
}
