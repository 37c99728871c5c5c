import CiteGraph
import Testing

/// The grammar of UN references, one form per row, written from the rules of ANNOTATION.md.
@Suite("Citation forms")
struct CitationFormTests {
    struct Form: CustomTestStringConvertible, Sendable {
        var text: String
        var targets: [String]
        var testDescription: String { text }
    }

    static let forms: [Form] = [
        // General Assembly, every era.
        .init(text: "Recalling its resolution 56/183 of 21 December 2001,", targets: ["A/RES/56/183"]),
        .init(text: "Recalling its resolutions 68/247 A and B of 27 December 2013,", targets: ["A/RES/68/247 A", "A/RES/68/247 B"]),
        .init(text: "Recalling General Assembly resolution 57/270 B of 23 June 2003,", targets: ["A/RES/57/270 B"]),
        .init(text: "Recalling resolution 2200 A (XXI) of 16 December 1966,", targets: ["A/RES/2200 A (XXI)"]),
        .init(text: "Recalling its resolutions 3411 A and B (XXX),", targets: ["A/RES/3411 A (XXX)", "A/RES/3411 B (XXX)"]),
        .init(text: "Recalling its resolution 1514 (XV) of 14 December 1960,", targets: ["A/RES/1514 (XV)"]),
        .init(text: "Recalling resolution S-10/2 of 30 June 1978,", targets: ["A/RES/S-10/2"]),
        .init(text: "Recalling its resolution ES-10/14 of 8 December 2003,", targets: ["A/RES/ES-10/14"]),
        .init(text: "Recalling its resolutions 70/1, 71/313 and 72/279,", targets: ["A/RES/70/1", "A/RES/71/313", "A/RES/72/279"]),
        .init(text: "Recalling A/RES/67/1 and A/RES/57/270B,", targets: ["A/RES/67/1", "A/RES/57/270B"]),
        // Decisions.
        .init(text: "Recalling its decision 77/512 of 19 December 2022,", targets: ["A/DEC/77/512"]),
        .init(text: "Recalling its decisions 77/512 and 78/541,", targets: ["A/DEC/77/512", "A/DEC/78/541"]),
        .init(text: "Recalling its decision S-28/11 of 22 September 2014,", targets: ["A/DEC/S-28/11"]),
        .init(text: "Noting Economic and Social Council decision 2012/230,", targets: ["E/DEC/2012/230"]),
        // ECOSOC, told from the Assembly by context.
        .init(text: "Recalling Economic and Social Council resolutions 2006/46 and 2010/2,", targets: ["E/RES/2006/46", "E/RES/2010/2"]),
        .init(text: "Noting the request of the Economic and Social Council in paragraph 30 of its resolution 2010/2,", targets: ["E/RES/2010/2"]),
        .init(text: "Recalling Economic and Social Council resolution 1733 (LIV),", targets: ["E/RES/1733 (LIV)"]),
        // Security Council, including a number broken across a line.
        .init(text: "Recalling Security Council resolution 1325 (2000) of 31 October 2000,", targets: ["S/RES/1325 (2000)"]),
        .init(text: "Recalling Security Council resolutions 1325\n(2000) and 1820 (2008),", targets: ["S/RES/1325 (2000)", "S/RES/1820 (2008)"]),
        .init(text: "Recalling S/RES/2334 (2016),", targets: ["S/RES/2334 (2016)"]),
        // Human Rights Council and commissions.
        .init(text: "Recalling Human Rights Council resolution 20/8 of 5 July 2012,", targets: ["A/HRC/RES/20/8"]),
        .init(text: "Recalling Commission on the Status of Women resolution 60/2,", targets: ["E/CN.6/RES/60/2"]),
        // Document symbols of every shape.
        .init(text: "Taking note of the report (A/C.2/59/3),", targets: ["A/C.2/59/3"]),
        .init(text: "Taking note of A/CONF.189/12 and A/AC.105/1137,", targets: ["A/CONF.189/12", "A/AC.105/1137"]),
        .init(text: "Noting E/CN.4/Sub.2/1987/WP.4/Add.1,", targets: ["E/CN.4/Sub.2/1987/WP.4/Add.1"]),
        .init(text: "Noting S/PRST/1994/16 and CD/1839,", targets: ["S/PRST/1994/16", "CD/1839"]),
        .init(text: "Noting NPT/CONF.2010/50 (Vol. I),", targets: ["NPT/CONF.2010/50 (Vol. I)"]),
        .init(text: "Taking note of A/67/66-E/2012/49 and Add.1,", targets: ["A/67/66-E/2012/49", "A/67/66/Add.1-E/2012/49/Add.1"]),
        .init(text: "Taking note of A/CONF.189/12 and Corr.1,", targets: ["A/CONF.189/12", "A/CONF.189/12/Corr.1"]),
        // A consolidated corrigendum to a run of summary records is one document, symbolised with a
        // hyphen; a run without it is several records, of which the first is read.
        .init(text: "See A/C.6/64/SR.1–28/Corrigendum and A/C.3/64/SR.1-50/Corr.1.", targets: ["A/C.6/64/SR.1-28/Corrigendum", "A/C.3/64/SR.1-50/Corr.1"]),
        .init(text: "See A/C.6/60/SR.3–5.", targets: ["A/C.6/60/SR.3"]),
        .init(text: "Taking note of A/74/53/Add.1 and 2,", targets: ["A/74/53/Add.1", "A/74/53/Add.2"]),
        .init(text: "Noting Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 53 (A/74/53),", targets: ["A/74/53"]),
        .init(text: "Noting the report A/RES/80/4 written with non-breaking hyphens: A/80/L.4 and A\u{2011}/RES/80/5,", targets: ["A/RES/80/4", "A/80/L.4"]),
        .init(text: "Noting A/80/\u{00AD}130 (Part I),", targets: ["A/80/130 (Part I)"]),
        // A part's name is words one space apart: a tab, a run of spaces or a control character
        // inside the brackets is not one, and the symbol ends before them (found by the extract fuzz target).
        .init(text: "Noting A/80/130 (Part\u{0}\u{0}g I) and A/80/131 (Part\tI) and A/80/132 (Part  I),",
              targets: ["A/80/130", "A/80/131", "A/80/132"]),
        // Review of the unlabeled texts: parts run past H ("49/75 J") and on to doubled letters ("53/77 AA").
        .init(text: "Recalling its resolutions 49/75 J of 15 December 1994, 52/38 R of 9 December 1997 and 53/77 AA of 4 December 1998,",
              targets: ["A/RES/49/75 J", "A/RES/52/38 R", "A/RES/53/77 AA"]),
        .init(text: "Recalling its resolutions 46/36 L and 47/52 L and the recommendations,", targets: ["A/RES/46/36 L", "A/RES/47/52 L"]),
        .init(text: "Recalling A/RES/53/77 AA,", targets: ["A/RES/53/77 AA"]),
        // A list item may carry its subject ("on the Convention ...") before the list goes on.
        .init(text: "Recalling its resolutions 63/71 of 2 December 2008 on the Convention on Cluster Munitions and 70/54 of 7 December 2015, 71/45 of 5 December 2016,",
              targets: ["A/RES/63/71", "A/RES/70/54", "A/RES/71/45"]),
        .init(text: "Recalling its resolution 63/71 on cluster munitions and 12 other instruments,", targets: ["A/RES/63/71"]),
        // Series of the meetings of States parties serviced by the Office for Disarmament Affairs.
        .init(text: "Noting TPNW/MSP/2025/11/Rev.1 and CCM/CONF/2021/6,", targets: ["TPNW/MSP/2025/11/Rev.1", "CCM/CONF/2021/6"]),
        // A volume wrapped onto the next line is still part of the symbol.
        .init(text: "Noting NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50\n    (Vol. II) and NPT/CONF.2010/50 (Vol. III),",
              targets: ["NPT/CONF.2010/50 (Vol. I)", "NPT/CONF.2010/50 (Vol. II)", "NPT/CONF.2010/50 (Vol. III)"]),
        // A corrigendum to a part of a document follows the part: "(Part I)/Corr.2".
        .init(text: "Noting NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32 (Part I)/Corr.2,",
              targets: ["NPT/CONF.1995/32 (Part I)", "NPT/CONF.1995/32 (Part I)/Corr.2"]),
        // The Security Council's documents: year first since 1994, number alone before.
        .init(text: "Noting S/2016/738/Rev.1, S/25704 and S/2024/200,", targets: ["S/2016/738/Rev.1", "S/25704", "S/2024/200"]),
    ]

    @Test(arguments: forms)
    func form(_ form: Form) {
        let doc = Fixtures.extract(Fixtures.resolution("\t" + form.text, number: "80/195"))
        let found = Fixtures.targets(doc).filter { $0 != "A/67/434" }
        #expect(found == form.targets)
    }

    /// Strings a careless extractor takes for citations (ANNOTATION.md "traps").
    static let traps: [String] = [
        "Noting general recommendation No. 39 (2022) on the rights of Indigenous women,",
        "Recalling the Convention, United Nations, Treaty Series, vol. 382 (1960),",
        "Noting IAEA General Conference resolution GC(69)/RES/7,",
        "Noting that 24.4 per cent of the population used the Internet in 2011,",
        "Noting the page 2/2 and 7/8 of the report 18-18418 (E) 12-49030,",
        "Noting the 1143rd meeting on 11 August 1964 and the 1180th meeting,",
        "Noting HIV/AIDS and N/A and COVID-19,",
        "Recalling World Health Assembly resolution 67.1 of 21 May 2014,",
        "Recalling the Paris Agreement, document FCCC/X, decision 1/CP.21,",
        "Noting general recommendation No\n. 39 (2022) on the rights of Indigenous women,",
        // Number then year: the OPCW Technical Secretariat's series, not the Security Council's.
        "Noting the reports of the Technical Secretariat S/2338/2024 and S/1906/2020,",
    ]

    @Test(arguments: traps)
    func trap(_ text: String) {
        let doc = Fixtures.extract(Fixtures.resolution("\t" + text))
        #expect(Fixtures.targets(doc) == ["A/67/434"])
    }

    @Test func ownSymbolInRunningHeaderIsNoCitation() {
        let text = Fixtures.resolution("\tRecalling its resolution 56/183,\nA/RES/67/195General Assembly\n\tNoting A/RES/67/195Information,")
        let doc = Fixtures.extract(text)
        #expect(Fixtures.targets(doc) == ["A/67/434", "A/RES/56/183"])
    }

    /// "its resolution" belongs to the body that adopted the citing document.
    @Test func itsResolutionInAnEcosocTextIsEcosocs() {
        let text = """
            2012/5. Assessment of the progress made in the implementation of the World Summit
            The Economic and Social Council,
            \tRecalling its resolutions 2006/46 and 2010/2, and General Assembly resolution 67/195,
            \t1.\tTakes note of its decision 2011/227;
            """
        let doc = Fixtures.extract(text)
        #expect(doc.symbol == "E/RES/2012/5")
        #expect(doc.body == "Economic and Social Council")
        #expect(Fixtures.targets(doc) == ["E/RES/2006/46", "E/RES/2010/2", "A/RES/67/195", "E/DEC/2011/227"])
    }

    @Test func ibidWithANewPartNamesThatPart() {
        let doc = Fixtures.extract(Fixtures.resolution("\tRecalling the report,1 and its addendum,2",
            notes: "1 Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 53 (A/74/53).\n2 Ibid., Supplement No. 53A (A/74/53/Add.1).\n"))
        #expect(doc.citations.filter { $0.location == .preambular(1) }.map(\.target) == ["A/74/53", "A/74/53/Add.1"])
    }

    @Test func documentDecisionIsAPinpointNotADecision() {
        let doc = Fixtures.extract(Fixtures.resolution("\tNoting the Framework,1", notes: "1 United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex."))
        #expect(Fixtures.targets(doc) == ["A/67/434", "CBD/COP/15/17"])
    }
}
