import CiteGraph
import Foundation
import Testing

/// The seed, A/RES/67/195: exactly what a careful reader finds in it
/// (`../shared/spec/A_RES_67_195.expected.json`), and a golden file of our own
/// JSON so any change to the output is seen in review.
@Suite("Seed resolution A/RES/67/195")
struct SeedExpectationTests {
    @Test(.enabled(if: Fixtures.shared != nil, "../shared is absent: the seed's expectations are not checked"))
    func matchesTheCarefulReader() throws {
        let shared = try #require(Fixtures.shared)
        let data = try Data(contentsOf: shared.appendingPathComponent("spec/A_RES_67_195.expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let doc = try Fixtures.extract(file: Fixtures.seed)

        // The 27 targets, with their kinds and dates.
        let targets = try #require(expected["targets"] as? [[String: Any]])
        #expect(Set(doc.citations.map(\.target)) == Set(targets.compactMap { $0["symbol"] as? String }))
        for t in targets {
            let symbol = t["symbol"] as! String
            let mine = doc.citations.filter { $0.target == symbol }
            #expect(mine.allSatisfy { $0.kind.rawValue == t["kind"] as? String }, "kind of \(symbol)")
            if let adopted = t["adopted"] as? String {
                #expect(mine.contains { $0.adopted == adopted }, "adoption date of \(symbol)")
            }
        }
        // Every listed occurrence, with location, footnote, relation and pinpoint.
        for o in try #require(expected["occurrences"] as? [[String: Any]]) {
            let target = o["target"] as! String
            let location = o["location"] as! String
            let hit = doc.citations.first { c in
                c.target == target && c.location.description == location
                    && (o["footnote"] as? Int).map { c.footnote == $0 } ?? true
                    && (o["relation"] as? String).map { c.relation.rawValue == $0 } ?? true
                    && (o["pinpoint"] as? String).map { c.pinpoint == $0 } ?? true
            }
            #expect(hit != nil, "occurrence \(o)")
        }
        // The document's own metadata.
        let meta = try #require(expected["document"] as? [String: Any])
        #expect(doc.symbol == meta["symbol"] as? String)
        #expect(doc.body == meta["body"] as? String)
        #expect(doc.title == meta["title"] as? String)
        #expect(doc.adopted == meta["adopted"] as? String)
        #expect(doc.session == meta["session"] as? Int)
        #expect(doc.agendaItem == meta["agenda_item"] as? String)
        #expect(doc.meeting == meta["meeting"] as? String)
        #expect(doc.distributed == meta["distributed"] as? String)
        #expect(doc.jobNumber == meta["job_number"] as? String)
        // Nothing a careless extractor would take.
        #expect(!doc.citations.contains { $0.target.hasPrefix("A/RES/67/195") })
        #expect(!doc.citations.contains { $0.target == "A/RES/25" || $0.target.contains("8/8") || $0.target.contains("7/8") })
        #expect(doc.unresolved.contains { $0.location == .footnote(9) })
    }

    /// The JSON contract for the seed, byte for byte. Regenerate with
    /// `swift run citegraph extract --format json Samples/A_RES_67_195.txt` after a reviewed change.
    @Test func goldenJSON() throws {
        let doc = try Fixtures.extract(file: Fixtures.seed)
        var report = ExtractionReport(documents: [doc])
        report.documents[0].source = "Samples/A_RES_67_195.txt"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        let golden = Fixtures.packageRoot.appendingPathComponent("Tests/CiteGraphTests/Golden/A_RES_67_195.json")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(json == expected)
    }
}
