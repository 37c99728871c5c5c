import CiteGraphTestSupport
import Testing

/// The scorer used by the corpus test follows score.py's matching rules.
@Suite struct GoldScoreTests {
    @Test(arguments: [
        ("A/67/828-S/2013/210", "S/2013/210"),
        ("A/67/828-S/2013/210", "A/67/828"),
        ("S/RES/1325 (2000)", "S/RES/1325"),
        ("A/RES/2200 A (XXI)", "A/RES/2200(XXI)A"),
        ("A/80/130 (Part I)", "A/80/130"),
        ("A/67/66\u{2011}E/2012/49", "E/2012/49"),
    ])
    func matches(gold: String, predicted: String) {
        #expect(GoldScore.matches(gold, predicted))
    }

    @Test(arguments: [("A/RES/2200 A (XXI)", "A/RES/2200 B (XXI)"), ("A/RES/70/1", "A/RES/70/10"), ("S/RES/1325 (2000)", "S/RES/1326 (2000)")])
    func differs(gold: String, predicted: String) {
        #expect(!GoldScore.matches(gold, predicted))
    }

    @Test func countsDistinctTargets() {
        let score = GoldScore(gold: ["A/RES/70/1", "A/RES/69/313", "A/73/L.4"],
                              predicted: ["A/RES/70/1", "A/RES/70/1", "A/RES/69/313", "A/RES/55/2"])
        #expect(score.truePositives == 2)
        #expect(score.falsePositives == 1)
        #expect(score.falseNegatives == 1)
        #expect(score.missed == ["A/73/L.4"])
        #expect(abs(score.f1 - 2.0 / 3.0) < 1e-9)
    }
}
