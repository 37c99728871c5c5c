import Foundation
import Testing

/// Runs the built `citegraph` binary the way a user does, on a directory with
/// a PDF, good texts and bad files.
@Suite struct ExtractBatchTests {
    @Test func badFileInADirectoryFailsTheRunButNotTheBatch() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        try Data("Recalling its resolution 70/1 of 25 September 2015,\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("not a PDF at all\n".utf8).write(to: dir.appendingPathComponent("b.pdf"))
        try Data([0x43, 0x61, 0x66, 0xE9, 0x0A]).write(to: dir.appendingPathComponent("c.txt"))
        try Data().write(to: dir.appendingPathComponent("d.md"))

        let run = try CitegraphProcess.run(["extract", "--format", "json", dir.path])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.compactMap { $0["source"] as? String }
            == [dir.appendingPathComponent("a.txt").path, dir.appendingPathComponent("c.txt").path])
        let lines = run.stderrLines.map(String.init)
        #expect(lines.contains { $0.hasPrefix("citegraph: error: \(dir.appendingPathComponent("b.pdf").path): not a PDF") })
        #expect(lines.contains("citegraph: warning: \(dir.appendingPathComponent("c.txt").path): not valid UTF-8; read as Windows-1252"))
        #expect(lines.contains("citegraph: error: \(dir.appendingPathComponent("d.md").path): empty file, nothing to extract"))
    }

    @Test func pdfFromTheCorpusIsRead() throws {
        let pdf = CitegraphProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/pdf/A_RES_73_7.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else { return }
        let run = try CitegraphProcess.run(["extract", "--format", "json", pdf.path])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(documents.first?["source"] as? String == pdf.path)
        #expect(documents.first?["symbol"] as? String == "A/RES/73/7")
        let citations = documents.first?["citations"] as? [[String: Any]] ?? []
        // 58/318 stands in the text; S/PRST/2013/2 only in note 9, reached through its marker in OP21.
        #expect(citations.contains { $0["target"] as? String == "A/RES/58/318" })
        #expect(citations.contains { $0["target"] as? String == "S/PRST/2013/2" && $0["footnote"] as? Int == 9
            && $0["location"] as? String == "OP21" })
    }
}
