import CiteGraph
import CiteGraphTestSupport
import Foundation
import Testing

/// Accuracy on the real UN texts of `../shared/corpus` against the hand annotations
/// of `../shared/spec/gold`, scored as `shared/tools/score.py` scores. Skipped where
/// the shared data is absent; the corpus is never copied into the repository.
@Suite("Corpus accuracy")
struct CorpusAccuracyTests {
    /// Raised as the extractor improves; never lowered.
    static let floorF1 = 1.0
    static let floorPrecision = 1.0
    static let floorPerDocument = 1.0

    @Test(.enabled(if: Fixtures.shared != nil, "../shared is absent: corpus accuracy not measured"))
    func goldCorpus() throws {
        let shared = try #require(Fixtures.shared)
        let goldDir = shared.appendingPathComponent("spec/gold")
        let corpus = shared.appendingPathComponent("corpus")
        var total = GoldScore()
        var documents = 0
        var worst = 1.0
        for name in try FileManager.default.contentsOfDirectory(atPath: goldDir.path).sorted() where name.hasSuffix(".json") {
            let text = corpus.appendingPathComponent(String(name.dropLast(5)) + ".txt")
            guard FileManager.default.fileExists(atPath: text.path) else { continue }
            let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: goldDir.appendingPathComponent(name))) as? [String: Any]
            let targets = (gold?["targets"] as? [[String: Any]] ?? []).compactMap { $0["symbol"] as? String }
            let doc = try Fixtures.extract(file: text)
            let s = GoldScore(gold: targets, predicted: doc.citations.map(\.target))
            print(String(format: "accuracy %@: precision %.3f recall %.3f f1 %.3f missed %@ false %@",
                         name, s.precision, s.recall, s.f1, s.missed.description, s.false_.description))
            total = total + s
            documents += 1
            worst = min(worst, s.f1)
        }
        print(String(format: "accuracy overall: precision %.3f recall %.3f f1 %.3f (tp %d fp %d fn %d) over %d documents",
                     total.precision, total.recall, total.f1, total.truePositives, total.falsePositives, total.falseNegatives, documents))
        #expect(documents >= 15)
        #expect(total.f1 >= Self.floorF1)
        #expect(total.precision >= Self.floorPrecision)
        #expect(worst >= Self.floorPerDocument)
    }

    @Test func scorerMatchesJointHalvesAndOptionalYears() {
        #expect(GoldScore.matches("A/67/66-E/2012/49", "E/2012/49"))
        #expect(GoldScore.matches("S/RES/186 (1964)", "S/RES/186"))
        #expect(GoldScore.matches("A/RES/2200 A (XXI)", "A/RES/2200(XXI)A"))
        #expect(!GoldScore.matches("A/RES/56/183", "A/RES/56/18"))
        let s = GoldScore(gold: ["A/1", "A/2"], predicted: ["A/1", "A/1", "A/3"])
        #expect(s.truePositives == 1 && s.missed == ["A/2"] && s.false_ == ["A/3"])
    }
}
