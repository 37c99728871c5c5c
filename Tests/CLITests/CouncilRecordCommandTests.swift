import Foundation
import Testing

/// The Council's record (../shared/corpus/unsc) queried through the built binary, as a
/// researcher would: skipped where ../shared is absent.
@Suite("citegraph on the Security Council's record")
struct CouncilRecordCommandTests {
    static let unsc = CitegraphProcess.packageRoot.appendingPathComponent("../shared/corpus/unsc").standardizedFileURL
    static let present = FileManager.default.fileExists(atPath: unsc.path)

    @Test("ancestors of 757 (1992) at depth 1 are the eight resolutions it reaffirms",
          .enabled(if: present, "../shared/corpus/unsc is absent"))
    func ancestorsOf757() throws {
        let result = try CitegraphProcess.run(["ancestors", "757 (1992)", Self.unsc.path, "--depth", "1", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdoutText.utf8)) as? [String: Any]
        let documents = (object?["results"] as? [[String: Any]] ?? []).compactMap { $0["symbol"] as? String }
        #expect(Set(documents) == Set([713, 721, 724, 727, 740, 743, 749, 752].map { "S/RES/\($0) (\($0 < 726 ? 1991 : 1992))" }))
    }

    @Test("path 757 (1992) → 713 (1991) is found", .enabled(if: present, "../shared/corpus/unsc is absent"))
    func pathTo713() throws {
        let result = try CitegraphProcess.run(["path", "757 (1992)", "713 (1991)", Self.unsc.path])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("S/RES/757 (1992) reaches S/RES/713 (1991)"))
    }
}

/// `annotate` on the UN's own XML: the text citegraph read, each citation linked.
@Suite("citegraph annotate on Akoma Ntoso")
struct AnnotateAKNCommandTests {
    static let file = CitegraphProcess.packageRoot.appendingPathComponent("../shared/corpus/akn/A_RES_76_100-2118703E.xml").standardizedFileURL

    @Test(.enabled(if: FileManager.default.fileExists(atPath: file.path), "../shared/corpus/akn is absent"))
    func annotatesTheXMLText() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("akn.html")
        let result = try CitegraphProcess.run(["annotate", Self.file.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<title>citegraph annotate: A/RES/76/100</title>"))
        #expect(html.components(separatedBy: "class=\"cite ").count - 1 >= 10)
        #expect(!html.contains("<akomaNtoso"), "the text read, not the markup")
    }
}
