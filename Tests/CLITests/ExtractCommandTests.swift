import Foundation
import Testing

/// `citegraph extract`, run as a built binary.
@Suite("citegraph extract")
struct ExtractCommandTests {
    @Test func jsonOnTheSeedMatchesTheGoldenFile() throws {
        let result = try CitegraphProcess.run(["extract", "--format", "json", "Samples/A_RES_67_195.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let golden = try String(contentsOf: CitegraphProcess.packageRoot.appendingPathComponent("Tests/CiteGraphTests/Golden/A_RES_67_195.json"), encoding: .utf8)
        #expect(result.stdoutText == golden)
    }

    @Test func textIsATableForAPerson() throws {
        let result = try CitegraphProcess.run(["extract", "Samples/A_RES_67_195.txt"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("PP1        recalls       A/RES/56/183"))
        #expect(result.stdoutText.contains("39 citations of 27 documents"))
    }

    @Test func oneBadInputDoesNotStopTheBatch() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data("Recalling its resolution 56/183 of 21 December 2001,\n".utf8).write(to: dir.appendingPathComponent("good.txt"))
        try Data("Recalling its resolution 57/238 \u{e9}t\u{e9},\n".utf8.map { $0 }).write(to: dir.appendingPathComponent("utf8.md"))
        try Data([0x52, 0x65, 0x63, 0x61, 0x6C, 0x6C, 0x69, 0x6E, 0x67, 0x20, 0xE9, 0x20] + Array("resolution 59/220,\n".utf8))
            .write(to: dir.appendingPathComponent("cp1252.txt"))
        let result = try CitegraphProcess.run(["extract", "--format", "json", dir.path, dir.appendingPathComponent("missing.txt").path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.contains { $0.contains("binary.txt") && $0.contains("binary") })
        #expect(lines.contains { $0.contains("empty.txt") && $0.contains("empty") })
        #expect(lines.contains { $0.contains("missing.txt") && $0.contains("no such file") })
        #expect(lines.contains { $0.contains("cp1252.txt") && $0.contains("Windows-1252") })
        let json = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        let docs = json?["documents"] as? [[String: Any]] ?? []
        let targets = docs.flatMap { ($0["citations"] as? [[String: Any]] ?? []).compactMap { $0["target"] as? String } }
        #expect(Set(targets) == ["A/RES/56/183", "A/RES/57/238", "A/RES/59/220"])
    }

    @Test(arguments: ["text", "json"])
    func aDirectoryWithoutDocumentsIsReported(format: String) throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("not a document".utf8).write(to: dir.appendingPathComponent("notes.csv"))
        let result = try CitegraphProcess.run(["extract", "--format", format, dir.path])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["citegraph: error: no document (.markdown, .md, .pdf, .text, .txt, .xml) in \(dir.path); nothing to extract"])
    }

    @Test func aProblemIsOneLineEvenWhenTheFileNameHasALineBreak() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: dir.appendingPathComponent("two\nlines.txt"))
        let result = try CitegraphProcess.run(["extract", dir.path])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["citegraph: error: \(dir.path)/two\\nlines.txt: binary data, not a text document"])
    }

    /// Stderr that cannot be written loses the message, not the exit status (FileHandle.write trapped).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func unwritableStandardErrorKeepsTheStatus() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let result = try CitegraphProcess.run(["extract", "Samples/A_RES_67_195.txt", "/nonexistent/a.txt"], standardError: full)
        #expect(result.status == 1)
        #expect(result.stdoutText.contains("39 citations of 27 documents"))
    }

    @Test func noPathsIsAUsageError() throws {
        // One line, not argument-parser's line followed by a usage page.
        let result = try CitegraphProcess.run(["extract"])
        #expect(result.status == 64)
        #expect(result.stderrLines == ["citegraph: error: Missing expected argument '<paths> ...' (see --help)"])
    }
}

@Suite("citegraph extract, documents it does not recognise")
struct UnrecognisedDocumentTests {
    @Test func aFileWithNoSymbolIsKeptWithAWarning() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notes = dir.appendingPathComponent("README.md")
        try Data("| file | symbol |\n|---|---|\n| a.txt | A/RES/80/3 |\n".utf8).write(to: notes)
        let result = try CitegraphProcess.run(["extract", "--format", "json", notes.path])
        #expect(result.status == 0)
        #expect(result.stderrLines == ["citegraph: warning: \(notes.path): no UN document symbol found (is it a resolution?); it is named by its path"])
        #expect(result.stdoutText.contains("\"symbol\" : null"))
    }

    /// `--format csv`: a header and one row per citation, the same citations as the JSON.
    @Test func csvHasOneRowPerCitation() throws {
        let csv = try CitegraphProcess.run(["extract", "--format", "csv", "Samples/A_RES_67_195.txt"])
        let json = try CitegraphProcess.run(["extract", "--format", "json", "Samples/A_RES_67_195.txt"])
        #expect(csv.status == 0 && json.status == 0)
        let lines = csv.stdoutText.split(separator: "\n")
        #expect(lines.first == "source,document,target,kind,relation,location,footnote,pinpoint,adopted,text,start,end")
        let report = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let citations = ((report["documents"] as? [[String: Any]])?.first?["citations"] as? [[String: Any]]) ?? []
        #expect(citations.count > 20)
        #expect(lines.count == citations.count + 1)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("Samples/A_RES_67_195.txt,A/RES/67/195,") })
        #expect(lines.contains("Samples/A_RES_67_195.txt,A/RES/67/195,A/RES/56/183,ga-resolution,recalls,PP1,,,2001-12-21,56/183 of 21 December 2001,239,265"))
    }
}
