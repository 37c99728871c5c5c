import CiteGraph
import Testing

/// How a General Assembly resolution says whose resolutions it cites when the organ is not
/// written right before the numbers: a set named first and its members picked out, "the
/// Council" after a council named in full, a participle that opens a clause of the Assembly's
/// own, and a draft another organ is to adopt. Rules of the Official Records found by reading
/// the references the UN's editors linked in the 76th session's AKN4UN resolutions; each row
/// is written for the test.
@Suite("UN document grammar (antecedents of a reference)")
struct ReferenceAntecedentRuleTests {
    typealias Form = AKNGrammarRuleTests.Form

    static let sets: [Form] = [
        .init(rule: "a set named before its members", text: "Recalling also all relevant Human Rights Council resolutions on the topic, including resolutions 19/11 of 22 March 2012,1 31/14 of 23 March 2016,2 and 48/2 of 7 October 2021,",
              targets: ["A/HRC/RES/19/11", "A/HRC/RES/31/14", "A/HRC/RES/48/2"]),
        .init(rule: "resolutions of an organ, the most recent of which", text: "Recalling the resolutions and decisions of the Human Rights Council, the most recent of which being resolutions 47/1 of 12 July 2021 and S-29/1 of 12 February 2021,",
              targets: ["A/HRC/RES/47/1", "A/HRC/RES/S-29/1"]),
        .init(rule: "resolutions adopted by an organ, including", text: "Noting relevant resolutions adopted by the Human Rights Council, including resolution 36/6 of 28 September 20172 and resolution 45/3 of 6 October 2020,",
              targets: ["A/HRC/RES/36/6", "A/HRC/RES/45/3"]),
        .init(rule: "the session of an organ", text: "Recalling the resolutions of the tenth emergency special session of the General Assembly, including resolutions ES-10/13 of 21 October 2003 and ES-10/14 of 8 December 2003,",
              targets: ["A/RES/ES-10/13", "A/RES/ES-10/14"]),
        .init(rule: "the set's own possessive keeps the Assembly", text: "Recalling its previous resolutions on the subject, including resolution 75/171 of 16 December 2020,",
              targets: ["A/RES/75/171"]),
        .init(rule: "a set in another clause picks nothing", text: "Recalling Human Rights Council resolutions on the topic; welcoming, in particular, resolution 75/171 of 16 December 2020,",
              targets: ["A/RES/75/171"]),
        .init(rule: "a named organ wins over the set", text: "Recalling Human Rights Council resolutions on the topic, including General Assembly resolution 75/171,",
              targets: ["A/RES/75/171"]),
    ]

    @Test(arguments: sets)
    func membersOfANamedSet(_ form: Form) {
        #expect(AKNGrammarRuleTests.targets(form.text) == form.targets)
    }

    static let councils: [Form] = [
        .init(rule: "Council after the Human Rights Council", text: "Reaffirming all previous resolutions of the Human Rights Council regarding the human rights to safe drinking water and sanitation, inter alia, Council resolution 45/8 of 6 October 2020,",
              targets: ["A/HRC/RES/45/8"]),
        .init(rule: "Council far after its full name", text: "Requests the Special Rapporteur to submit a report to the Human Rights Council at its fiftieth session, in accordance with Council resolution 47/22 of 13 July 2021;",
              targets: ["A/HRC/RES/47/22"]),
        .init(rule: "a number of another council's shape", text: "Recalling the report to the Human Rights Council and Council resolution 2013/38 of 25 July 2013,",
              targets: ["E/RES/2013/38"]),
        .init(rule: "Assembly and Council in one list", text: "Recalling the resolutions of the General Assembly and the Human Rights Council, including Assembly resolution 75/190 of 16 December 2020 and Council resolution 46/17 of 23 March 2021,",
              targets: ["A/RES/75/190", "A/HRC/RES/46/17"]),
    ]

    @Test(arguments: councils)
    func councilAfterItsFullName(_ form: Form) {
        #expect(AKNGrammarRuleTests.targets(form.text) == form.targets)
    }

    static let clauses: [Form] = [
        .init(rule: "a participle after the organs a clause named", text: "Recalling all relevant resolutions of the General Assembly, the Human Rights Council and the Economic and Social Council relating to the rights of indigenous peoples, reaffirming its resolutions 65/198 of 21 December 2010 and 75/168 of 16 December 2020,",
              targets: ["A/RES/65/198", "A/RES/75/168"]),
        .init(rule: "and a participle", text: "Recognizing the role of the Commission on Crime Prevention and Criminal Justice as the principal policymaking body, and reaffirming its resolution 73/183 of 17 December 2018,",
              targets: ["A/RES/73/183"]),
        .init(rule: "no participle: the organ the clause named", text: "Noting that the Economic and Social Council, in its resolution 2013/38 of 25 July 2013, requested the report,",
              targets: ["E/RES/2013/38"]),
    ]

    @Test(arguments: clauses)
    func participleOpensAClause(_ form: Form) {
        #expect(AKNGrammarRuleTests.targets(form.text) == form.targets)
    }

    static let lists: [Form] = [
        .init(rule: "a description stops at the next keyword", text: "Recalling its resolution 68/163 of 18 December 2013, in which it proclaimed 2 November the International Day to End Impunity for Crimes against Journalists, and resolutions 69/185 of 18 December 2014 and 70/162 of 17 December 2015,",
              targets: ["A/RES/68/163", "A/RES/69/185", "A/RES/70/162"]),
        .init(rule: "a description stops before another organ's list", text: "Recalling its resolution 74/148 of 18 December 2019, in which it called upon all Member States to protect migrants, as well as Economic and Social Council resolutions 2014/23 of 16 July 2014 and 2015/23 of 21 July 2015,",
              targets: ["A/RES/74/148", "E/RES/2014/23", "E/RES/2015/23"]),
        .init(rule: "a keyword after the last item's subject", text: "Recalling Security Council resolutions 2467 (2019) of 23 April 2019 and 2493 (2019) of 29 October 2019 on women and peace and security and resolutions 1882 (2009) of 4 August 2009 and 2225 (2015) of 18 June 2015,",
              targets: ["S/RES/2467 (2019)", "S/RES/2493 (2019)", "S/RES/1882 (2009)", "S/RES/2225 (2015)"]),
        .init(rule: "a keyword after a subject and a marker", text: "Recalling Human Rights Council resolutions 24/33 of 27 September 2013 on technical cooperation for the prevention of attacks against persons with albinism,12 as well as resolutions 28/6 of 26 March 201513 and 37/5 of 22 March 2018,",
              targets: ["A/HRC/RES/24/33", "A/HRC/RES/28/6", "A/HRC/RES/37/5"]),
        .init(rule: "a keyword after a marker glued to the year", text: "Recalling Human Rights Council decision 18/120 of 30 September 20111 and resolutions 24/14 of 27 September 2013,",
              targets: ["A/HRC/DEC/18/120", "A/HRC/RES/24/14"]),
    ]

    @Test(arguments: lists)
    func listsAndTheirKeywords(_ form: Form) {
        #expect(AKNGrammarRuleTests.targets(form.text) == form.targets)
    }

    /// An ECOSOC resolution recommending a draft to the Assembly: from "The General Assembly,"
    /// on, "its" is the Assembly's.
    @Test("a draft for the General Assembly inside an ECOSOC resolution")
    func draftOfAnotherOrgan() {
        let text = """
        United Nations
        E/RES/2022/14
        Economic and Social Council
        Resolution adopted by the Economic and Social Council on 21 July 2022
        2022/14. Countering child sexual exploitation
        \tThe Economic and Social Council,
        \tRecalling its resolution 2011/33 of 28 July 2011,
        \tRecommends to the General Assembly the adoption of the following draft resolution: The General Assembly, Recalling General Assembly resolution 46/152 of 18 December 1991 and Economic and Social Council resolution 1992/22 of 30 July 1992, Recalling its resolution 69/194 of 18 December 2014,
        \tRecalling also its resolution 74/174 of 18 December 2019,

        """
        let doc = Fixtures.extract(text)
        #expect(doc.symbol == "E/RES/2022/14")
        #expect(Fixtures.targets(doc) == ["E/RES/2011/33", "A/RES/46/152", "E/RES/1992/22", "A/RES/69/194", "A/RES/74/174"])
    }
}
