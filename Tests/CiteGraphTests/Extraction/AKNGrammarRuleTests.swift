import CiteGraph
import Testing

/// Rules of the UN document system found by reading the references the UN's editors
/// linked in the AKN4UN resolutions of the 76th session that the extractor missed.
/// Each row is a form the printed resolutions use, written for the test.
@Suite("UN document grammar (AKN link coverage)")
struct AKNGrammarRuleTests {
    struct Form: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var targets: [String]
        var testDescription: String { "\(rule): \(text.prefix(60))" }
    }

    static func targets(_ text: String, notes: String = "") -> [String] {
        let doc = Fixtures.extract(Fixtures.resolution("\t" + text, notes: notes, number: "80/195"))
        return Fixtures.targets(doc).filter { $0 != "A/67/434" }
    }

    /// The Official Records put a footnote marker after the date of each Human Rights
    /// Council resolution they cite (the note gives its Official Records volume); text
    /// layers flatten it, glued to the year or after the comma. The list goes on past it.
    static let markers: [Form] = [
        .init(rule: "marker after the comma", text: "Recalling Human Rights Council resolutions 27/13 of 25 September 2014,1 30/4 of 1 October 2015,2 and 33/12 of 29 September 2016,3",
              targets: ["A/HRC/RES/27/13", "A/HRC/RES/30/4", "A/HRC/RES/33/12"]),
        .init(rule: "marker glued to the year", text: "Recalling Human Rights Council resolutions 43/15 of 22 June 20208 and 46/5 of 23 March 2021,9",
              targets: ["A/HRC/RES/43/15", "A/HRC/RES/46/5"]),
        .init(rule: "two-digit marker glued to the year", text: "Recalling its resolutions 39/6 of 27 September 201810 and 45/18 of 6 October 2020,",
              targets: ["A/RES/39/6", "A/RES/45/18"]),
        .init(rule: "marker glued to the year before a comma", text: "Recalling its resolutions 40/16 of 22 March 20197, 42/18 of 26 September 20198 and 45/11 of 6 October 2020,",
              targets: ["A/RES/40/16", "A/RES/42/18", "A/RES/45/11"]),
        .init(rule: "a lost space after a comma is no marker", text: "Recalling Security Council resolutions 186 (1964) of 4 March,187 (1964) of 13 March 1964,",
              targets: ["S/RES/186 (1964)", "S/RES/187 (1964)"]),
    ]

    @Test(arguments: markers)
    func footnoteMarkersInLists(_ form: Form) {
        #expect(Self.targets(form.text) == form.targets)
    }

    @Test("a marker glued to a year still leads to its note")
    func gluedMarkerStillReachesItsNote() {
        let doc = Fixtures.extract(Fixtures.resolution("\tRecalling Human Rights Council resolutions 43/15 of 22 June 20201 and 46/5 of 23 March 2021,2",
            notes: "1 See Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 53A (A/75/53/Add.1), chap. V.\n2 Ibid., Seventy-sixth Session, Supplement No. 53 (A/76/53), chap. IV.\n", number: "80/195"))
        #expect(doc.citations.contains { $0.target == "A/75/53/Add.1" && $0.footnote == 1 })
        #expect(doc.citations.contains { $0.target == "A/RES/46/5" || $0.target == "A/HRC/RES/46/5" })
    }
}
