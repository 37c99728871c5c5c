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

/// The shapes of items and symbols the 76th session's resolutions cite that the list
/// grammar and the symbol scanner did not read.
extension ReferenceAntecedentRuleTests {
    static let shapes: [Form] = [
        .init(rule: "a run of parts, first to last letter", text: "Recalling General Assembly resolutions 36/117 A of 10 December 1981, 51/211 A to E of 18 December 1996 and 52/214 of 22 December 1997,",
              targets: ["A/RES/36/117 A", "A/RES/51/211 A", "A/RES/51/211 B", "A/RES/51/211 C", "A/RES/51/211 D", "A/RES/51/211 E", "A/RES/52/214"]),
        .init(rule: "a run of parts with a dash", text: "Recalling its resolutions S-20/4 A–C,",
              targets: ["A/RES/S-20/4 A", "A/RES/S-20/4 B", "A/RES/S-20/4 C"]),
        .init(rule: "a run of parts inside a list", text: "Recalling its resolutions 72/266 A of 24 December 2017 and 74/262, 74/264 A to C and 74/265 of 27 December 2019,",
              targets: ["A/RES/72/266 A", "A/RES/74/262", "A/RES/74/264 A", "A/RES/74/264 B", "A/RES/74/264 C", "A/RES/74/265"]),
        .init(rule: "a stressed paragraph between items", text: "Recalling Security Council resolutions 2253 (2015), in particular paragraph 15, 2322 (2016) of 12 December 2016, in particular paragraphs 12 to 14, and 2368 (2017) of 20 July 2017,",
              targets: ["S/RES/2253 (2015)", "S/RES/2322 (2016)", "S/RES/2368 (2017)"]),
        .init(rule: "a misspelt month does not end the list", text: "Recalling its resolutions 72/144 of 19 December 2017, 73/143 of 17 Decembers 2018, 74/125 of 18 December 2019 and 75/152 of 16 December 2020,",
              targets: ["A/RES/72/144", "A/RES/73/143", "A/RES/74/125", "A/RES/75/152"]),
        .init(rule: "what a cited resolution's title cites", text: "Recalling Economic and Social Council resolution 1992/22 of 30 July 1992, entitled “Implementation of General Assembly resolution 46/152 concerning operational activities”,",
              targets: ["E/RES/1992/22", "A/RES/46/152"]),
        .init(rule: "an organ inside a compound name is none", text: "Recalling its resolution 71/254 on the Framework for a Renewed United Nations-African Union Partnership on Africa’s Integration, and its resolution 66/293 of 17 September 2012,",
              targets: ["A/RES/71/254", "A/RES/66/293"]),
        .init(rule: "a blank line ends a section title's clause", text: "Revised estimates resulting from decisions adopted by the Human Rights Council at its thirty-third special session\n\n\tRecalling its resolution 76/245,",
              targets: ["A/RES/76/245"]),
    ]

    @Test(arguments: shapes)
    func itemShapes(_ form: Form) {
        #expect(AKNGrammarRuleTests.targets(form.text) == form.targets)
    }

    static let symbols: [(text: String, symbol: String)] = [
        ("See ICCD/COP(14)/23/Add.1.", "ICCD/COP(14)/23/Add.1"),
        ("ICCD/CRIC(18)/2, decision 7/COP.13", "ICCD/CRIC(18)/2"),
        ("See CLCS/11/Add.1/Corr.1.", "CLCS/11/Add.1/Corr.1"),
        ("See CAC/COSP/2019/17, sect. I.B.", "CAC/COSP/2019/17"),
        ("A/76/6 (Introduction), sects. 1–36", "A/76/6 (Introduction)"),
        ("A/76/6 (Income sect. 1)", "A/76/6 (Income sect. 1)"),
        ("See document UNEP/CBD/BS/COP-MOP/5/17, annex, decision BS-V/11.", "UNEP/CBD/BS/COP-MOP/5/17"),
        ("الوثيقة UNEP/CBD/BS/COP-MOP/5/17، المرفق", "UNEP/CBD/BS/COP-MOP/5/17"),
        ("See A/67/66-E/2012/49.", "A/67/66-E/2012/49"),
    ]

    @Test(arguments: symbols)
    func symbolSeries(_ form: (text: String, symbol: String)) {
        #expect(AKNGrammarRuleTests.targets("Recalling the report,1\n", notes: "1 " + form.text + "\n").contains(form.symbol))
    }

    /// The IAEA's General Conference writes "GC(69)/RES/7": outside the UN symbol system,
    /// and no session bracket of a treaty body's conference makes it one.
    @Test("IAEA's GC(69)/RES/7 stays outside the symbol system")
    func iaeaStaysOutside() {
        #expect(AKNGrammarRuleTests.targets("Recalling the report,1\n", notes: "1 See GC(69)/RES/7.\n").isEmpty)
    }

    @Test("a resolution printed in the Human Rights Council's report is the Council's")
    func resolutionInTheCouncilsReport() {
        let notes = """
        1 Official Records of the General Assembly, Seventy-third Session, Supplement No. 53 (A/73/53), chap. IV, sect. A, resolution 37/17.
        2 Ibid., Seventy-fourth Session, Supplement No. 53A (A/74/53/Add.1), chap. III, resolution 42/12.
        3 Ibid., Seventy-fourth Session, Supplement No. 49 (A/74/49), vol. I, resolution 74/12.

        """
        let targets = AKNGrammarRuleTests.targets("Recalling the resolutions,1 the report2 and the other report,3", notes: notes)
        #expect(targets.contains("A/HRC/RES/37/17"))
        #expect(targets.contains("A/HRC/RES/42/12"))
        #expect(targets.contains("A/RES/74/12"))
    }

    /// A converter's page break puts a Council item at a line's start: "1 (1946)" there is the
    /// list going on, not footnote 1.
    @Test("a Council item at a line's start after a page break is no footnote")
    func councilItemAfterAPageBreak() {
        let text = "\tRecalling Security Council resolutions\nA/RES/67/195 Information and communications\n technologies for development\n1 (1946) of 3 January 1946 and 915 (1994) on the matter,1"
        let doc = Fixtures.extract(Fixtures.resolution(text, notes: "1 A/41/388.\n"))
        let targets = Fixtures.targets(doc).filter { $0 != "A/67/434" }
        #expect(targets == ["S/RES/1 (1946)", "S/RES/915 (1994)", "A/41/388"])
    }
}
