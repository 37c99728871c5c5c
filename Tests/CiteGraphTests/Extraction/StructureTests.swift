import CiteGraphTestSupport
import CiteGraph
import Testing

/// Locations, footnotes, relations and pinpoints: where and how a citation stands.
@Suite("Document structure")
struct StructureTests {
    /// A sub-item of the agenda is written "Agenda item 99 (d)": the letter belongs to the item.
    @Test(arguments: [("Agenda item 99 (d) General and complete disarmament", "99 (d)"),
                      ("Agenda item 99(d)", "99(d)"),
                      ("Agenda item 99 (cc) General and complete disarmament", "99 (cc)"),
                      ("Agenda item 140 Scale of assessments (see annex)", "140")])
    func agendaSubItemKeepsItsLetter(_ line: String, _ item: String) {
        let doc = Fixtures.extract("United Nations\nGeneral Assembly Distr.: General 3 December 2025\nEightieth session \(line)\n"
                                   + Fixtures.resolution("\tRecalling its resolution 56/183,"))
        #expect(doc.agendaItem == item)
    }

    /// Preambular paragraphs open with adverbs before a participle ("Firmly believing",
    /// "Ever mindful"), adjectives of feeling ("Disappointed at") and hyphenated
    /// participles ("Re-emphasizing"), as well as with plain participles.
    @Test func preambularOpenersBeyondParticiples() {
        let doc = Fixtures.extract(Fixtures.resolution("""
            \tRecalling its resolution 56/183,
            \tFirmly believing that dialogue matters,
            \tEver mindful of the Charter,
            \tDisappointed at the absence of progress,
            \tRe-emphasizing its resolution 60/1,
            """))
        #expect(doc.citations.first { $0.target == "A/RES/60/1" }?.location == .preambular(5))
    }

    @Test func paragraphsAreCountedFromTheBody() {
        let doc = Fixtures.extract(Fixtures.resolution("""
            \tRecalling its resolution 56/183,
            \tNoting with concern the report,
            \tReaffirming its resolution 60/1,
            \t1.\tWelcomes resolution 65/1;
            \t2.\tTakes note of the report of the Secretary-General (A/67/66);
            """))
        let places = doc.citations.map { "\($0.location) \($0.relation.rawValue) \($0.target)" }
        #expect(places == ["HEADER on-report-of A/67/434", "PP1 recalls A/RES/56/183", "PP3 reaffirms A/RES/60/1",
                           "OP1 welcomes A/RES/65/1", "OP2 takes-note A/67/66"])
    }

    @Test func markersGluedToPunctuationAndWordsLeadToNotes() {
        let doc = Fixtures.extract(Fixtures.resolution("""
            \tRecalling further the Declaration of Principles adopted in Geneva in 2003,1 and endorsed by the General Assembly,2
            \t1.\tEncourages the outcomes of the Geneva1 phase;
            """, notes: "1 See A/C.2/59/3, annex.\n2 See resolution 59/220.\n"))
        let places = doc.citations.filter { $0.location != .header }.map { "\($0.location) fn\($0.footnote ?? 0) \($0.relation.rawValue) \($0.target)" }
        #expect(places == ["PP1 fn1 recalls A/C.2/59/3", "PP1 fn2 recalls A/RES/59/220", "OP1 fn1 references A/C.2/59/3"])
    }

    @Test func aNameLearnedFromANoteCitesItsDocumentLater() throws {
        let doc = Fixtures.extract(Fixtures.resolution("""
            \tRecalling the Tunis Agenda for the Information Society adopted by the Summit,3
            \tReaffirming paragraphs 35 to 37 and 67 to 72 of the Tunis Agenda for the Information Society,
            """, notes: "3 See A/60/687.\n"))
        let later = try #require(doc.citations.first { $0.location == .preambular(2) })
        #expect(later.target == "A/60/687")
        #expect(later.relation == .reaffirms)
        #expect(later.pinpoint == "paragraphs 35 to 37 and 67 to 72")
        #expect(later.footnote == nil)
    }

    @Test func theNearestVerbGoverns() {
        let doc = Fixtures.extract(Fixtures.resolution(
            "\tRecalling also Economic and Social Council resolution 2011/16, and taking note of Economic and Social Council resolution 2012/5,"))
        #expect(doc.citations.filter { $0.location == .preambular(1) }.map(\.relation) == [.recalls, .takesNote])
    }

    /// A participle governs only where it opens a clause ("and in this regard taking note");
    /// after a noun it describes the noun ("Member States requesting exemption"), and a
    /// finite form after a determiner is a noun ("their requests").
    @Test func participlesAndNounsThatLookLikeVerbs() {
        let doc = Fixtures.extract(Fixtures.resolution("""
            \tMindful of the risks, and in this regard taking note of resolution 79/239,
            \t1.\tUrges all Member States requesting exemption to submit information in support of their requests before the deadline specified in resolution 54/237 C;
            """, number: "80/195"))
        #expect(doc.citations.filter { $0.location != .header }.map(\.relation) == [.takesNote, .references])
    }

    /// "pursuant to" and "in accordance with" govern their own object only: after the next
    /// comma the clause's verb governs again; a marker after the closing semicolon is the
    /// phrase's object's, unless that object is a resolution (then the note is the head noun's).
    @Test func prepositionalPhrasesGovernTheirOwnObjectOnly() {
        let doc = Fixtures.extract(Fixtures.resolution("""
            \tRecalling the reports of the Group established pursuant to resolution 72/55,1 and the report A/78/111,
            \t1.\tWelcomes the steps taken in accordance with, inter alia, the outcome of the Conference;2
            \t2.\tTakes note of the report submitted pursuant to resolution 79/46;3
            """, notes: "1 See A/76/324.\n2 See NPT/CONF.1995/32 (Part I).\n3 See A/80/126.\n", number: "80/195"))
        let places = doc.citations.filter { $0.location != .header }.map { "\($0.location) \($0.relation.rawValue) \($0.target)" }
        #expect(places == ["PP1 references A/RES/72/55", "PP1 recalls A/76/324", "PP1 recalls A/78/111",
                           "OP1 references NPT/CONF.1995/32 (Part I)",
                           "OP2 references A/RES/79/46", "OP2 takes-note A/80/126"])
    }

    /// A citation broken by a page break reads as the words around it: the page's notes and
    /// footer between "of 20" and "December 2002" are not its text, though its range holds them.
    @Test func aCitationAcrossAPageBreakReadsWithoutTheNotesAndFooter() throws {
        let text = Fixtures.resolution("""
            \tRecalling its resolution 56/183 of 21 December 2001,1 and its resolution 57/238 of 20

            1 See A/56/1.

            12-49030
            *1249030*Please recycle

            December 2002,
            """)
        let doc = Fixtures.extract(text)
        let cited = try #require(doc.citations.first { $0.target == "A/RES/57/238" })
        #expect(cited.text == "57/238 of 20 December 2002")
        #expect(cited.adopted == "2002-12-20")
        let scalars = Array(text.unicodeScalars)
        let slice = String(String.UnicodeScalarView(scalars[cited.range.start..<cited.range.end]))
        #expect(slice.hasPrefix("57/238 of 20\n") && slice.hasSuffix("\nDecember 2002"))
        #expect(SpanText.isSlice(slice, lessInnerLines: cited.text, fold: ExtractorInvariantTests.fold))
        // The note is still reached from its marker.
        #expect(doc.citations.contains { $0.target == "A/56/1" && $0.footnote == 1 && $0.location == .preambular(1) })
    }

    @Test func anUnmarkedNoteCitesAtItsOwnLocation() {
        let doc = Fixtures.extract(Fixtures.resolution("\tRecalling the report,", notes: "4 Resolution 60/1.\n"))
        let note = doc.citations.first { $0.target == "A/RES/60/1" }
        #expect(note?.location == .footnote(4))
        #expect(note?.footnote == nil)
    }

    @Test func ibidRepeatsThePreviousNotesDocument() {
        let text = """
            United Nations
            Resolution adopted by the General Assembly on 26 November 2025
            [without reference to a Main Committee (A/80/L.11)]
            80/10. International Day of the World’s Indigenous Women and Girls
            The General Assembly,

            Reaffirming the International Covenant on Civil and Political Rights,[^1] and the Covenant on Economic Rights,[^2]

            [^1]: See resolution 2200 A (XXI), annex.

            [^2]: Ibid.
            """
        let doc = Fixtures.extract(text, format: .markdown)
        #expect(doc.citations.map { "\($0.location) \($0.footnote ?? 0) \($0.target)" }
                == ["HEADER 0 A/80/L.11", "PP1 1 A/RES/2200 A (XXI)", "PP1 2 A/RES/2200 A (XXI)"])
        #expect(doc.symbol == "A/RES/80/10")
        #expect(doc.headerRelation == .onDraft)
    }

    @Test func securityCouncilTextsCiteTheCouncilsOwnResolutions() {
        let text = """
            198 (1964). Resolution of 18 December 1964
            [S/6121]

            The Security Council,

            Noting that the report of the Secretary-General 11
            recommends the Force, created by Security
            Council resolution 186 (1964) of 4 March 1964,

            1. Reaffirms its resolutions 186 (1964), 187 (1964), 192
            (1964) and 194 (1964) and the consensus expressed at the 1143rd meeting, on 11 August
            1964;

            3. Takes note of the report of the Secretary-General; 14

            Adopted unanimously at the
            1180th meeting.

            11 Ibid. Supplement for October, November and December 1964,
            document S/6102.
            """
        let doc = Fixtures.extract(text)
        #expect(doc.symbol == "S/RES/198 (1964)")
        #expect(doc.adopted == "1964-12-18")
        #expect(doc.body == "Security Council")
        #expect(Fixtures.targets(doc) == ["S/6121", "S/6102", "S/RES/186 (1964)", "S/RES/187 (1964)", "S/RES/192 (1964)", "S/RES/194 (1964)"])
        #expect(doc.citations.first { $0.target == "S/6102" }?.location == .preambular(1))
        #expect(doc.citations.first { $0.target == "S/RES/186 (1964)" }?.adopted == "1964-03-04")
    }
}

extension ExtractedDocument {
    var headerRelation: Relation? { citations.first { $0.location == .header }?.relation }
}

/// A text that lost its line breaks (a converter's single 50 MB line) still yields its citations.
@Suite("Texts without line breaks")
struct SingleLineTests {
    @Test func theWholeDocumentOnOneLineIsStillRead() {
        let body = String(repeating: "Recalling Security Council resolution 186 (1964) of 4 March 1964 and its resolution 187 (1964), ", count: 60)
        let doc = Fixtures.extract("198 (1964). Resolution of 18 December 1964 [S/6121] The Security Council, " + body)
        #expect(doc.symbol == "S/RES/198 (1964)")
        #expect(doc.adopted == "1964-12-18")
        #expect(Set(doc.citations.map(\.target)) == ["S/6121", "S/RES/186 (1964)", "S/RES/187 (1964)"])
        #expect(doc.citations.count == 121)
    }
}
