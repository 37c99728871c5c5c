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

extension AKNGrammarRuleTests {
    /// The General Assembly describes each resolution it recalls, or points into it, and
    /// the list goes on after the description or the pinpoint.
    static let items: [Form] = [
        .init(rule: "a subject with a parenthesis", text: "Recalling its resolutions 74/270 of 2 April 2020 on global solidarity to fight the coronavirus disease 2019 (COVID-19), 74/274 of 20 April 2020 on international cooperation and 74/306 of 11 September 2020,",
              targets: ["A/RES/74/270", "A/RES/74/274", "A/RES/74/306"]),
        .init(rule: "in which it proclaimed", text: "Recalling its resolutions 58/293 of 10 June 2004, in which it proclaimed 2005 the International Year of Physics, 62/200 of 19 December 2007, in which it declared 2009 the International Year of Astronomy, and 72/228 of 20 December 2017,",
              targets: ["A/RES/58/293", "A/RES/62/200", "A/RES/72/228"]),
        .init(rule: "by which it established", text: "Recalling its resolutions 60/251 of 15 March 2006, by which it established the Human Rights Council, and 65/281 of 17 June 2011 on the review,",
              targets: ["A/RES/60/251", "A/RES/65/281"]),
        .init(rule: "concerning", text: "Recalling its resolutions 66/208 of 22 December 2011 concerning culture and development, 66/288 of 27 July 2012,",
              targets: ["A/RES/66/208", "A/RES/66/288"]),
        .init(rule: "a description goes on only to a dated item", text: "Recalling its resolution 70/1 on the 2030 Agenda, 2/3 of the Member States having signed,",
              targets: ["A/RES/70/1"]),
        .init(rule: "pinpoints of sections", text: "Recalling its resolutions 52/214, sect. B, 57/283 B, sect. III, and 58/250, sect. III,",
              targets: ["A/RES/52/214", "A/RES/57/283 B", "A/RES/58/250"]),
        .init(rule: "pinpoints of paragraphs", text: "Recalling its resolutions 69/117, para. 8, 70/116, para. 4, 72/115, paras. 7\u{2013}8, and 73/201, para. 7,",
              targets: ["A/RES/69/117", "A/RES/70/116", "A/RES/72/115", "A/RES/73/201"]),
        .init(rule: "a section before the date", text: "Recalling its resolutions 42/211 of 21 December 1987, 45/248 B, section VI, of 21 December 1990, 55/231 of 23 December 2000,",
              targets: ["A/RES/42/211", "A/RES/45/248 B", "A/RES/55/231"]),
    ]

    @Test(arguments: items)
    func describedAndPinpointedItems(_ form: Form) {
        #expect(Self.targets(form.text) == form.targets)
    }
}
