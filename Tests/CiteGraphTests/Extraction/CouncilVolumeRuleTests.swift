import CiteGraph
import Testing

/// Rules of the Security Council's printed volumes (Resolutions and Decisions of the
/// Security Council, 1946–) and of its documents, one row per form, written from
/// ANNOTATION.md and the volumes' conventions. Each row names the rule it holds.
@Suite("Security Council volumes")
struct CouncilVolumeRuleTests {
    struct Heading: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var symbol: String
        var adopted: String?
        var meeting: String?
        var testDescription: String { rule }
    }

    static let headings: [Heading] = [
        .init(rule: "volumes from 1965: 'Resolution N (YYYY)' over 'of D Month YYYY'",
              text: "Resolution 201 (1965)\nof 19 March 1965\n\nThe Security Council,\n\nNoting the report,\n",
              symbol: "S/RES/201 (1965)", adopted: "1965-03-19"),
        .init(rule: "heading and date on one line",
              text: "Resolution 477 (1980) of 30 July 1980\nThe Security Council,\n\nHaving examined the application,\n",
              symbol: "S/RES/477 (1980)", adopted: "1980-07-30"),
        .init(rule: "documents of the 1990s: capitals, then 'Adopted by the Security Council at its Nth meeting, on …'",
              text: "RESOLUTION 761 (1992)\n\nAdopted by the Security Council at its 3087th meeting,\non 29 June 1992\n\nThe Security Council,\n\nReaffirming its resolution 713 (1991),\n",
              symbol: "S/RES/761 (1992)", adopted: "1992-06-29", meeting: "3087th meeting"),
        .init(rule: "volumes of 1946–1964: 'N (YYYY). Resolution of …'",
              text: "39 (1948). Resolution of 20 January 1948\n\n[S/654]\nThe Security Council,\n\nConsidering that it may investigate,\n",
              symbol: "S/RES/39 (1948)", adopted: "1948-01-20"),
        .init(rule: "the full stop may be missing, and a section title may come first",
              text: "MILITARY STAFF COMMITTEE\n\n1 (1946) Resolution of 25 January 1946\n\nBy Article 47 of the Charter,\n",
              symbol: "S/RES/1 (1946)", adopted: "1946-01-25"),
        .init(rule: "a year the print damaged is read where the numbering confirms it",
              text: "Resolution 361 (197-4)\nof 30 August 1974\n\nThe Security Council,\n\nConscious of its responsibilities,\n",
              symbol: "S/RES/361 (1974)", adopted: "1974-08-30"),
        .init(rule: "a masthead with the symbol and its year",
              text: "United Nations S/RES/1445 (2002)\n\nSecurity Council Distr.: General\n4 December 2002\n\nThe Security Council,\n\nRecalling its resolution 1341 (2001),\n",
              symbol: "S/RES/1445 (2002)"),
    ]

    @Test(arguments: headings)
    func heading(_ h: Heading) {
        let doc = CitationExtractor().extract(DocumentText(source: "volume.txt", text: h.text, format: .plainText))
        #expect(doc.symbol == h.symbol)
        #expect(doc.kind == .scResolution)
        #expect(doc.symbolSource == .text)
        if let adopted = h.adopted { #expect(doc.adopted == adopted) }
        if let meeting = h.meeting { #expect(doc.meeting == meeting) }
        // The heading names the document: it is never one of its citations.
        #expect(!doc.citations.contains { $0.target == h.symbol })
    }

    struct ListForm: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var targets: [String]
        var testDescription: String { rule }
    }

    /// Lists of Council resolutions inside a Council text (`S/RES/1445 (2002)`).
    static let lists: [ListForm] = [
        .init(rule: "a date without its year: the year is given once, after the year's last date",
              text: "Reaffirms its resolutions 186 (1964) of 4 March, 187 (1964) of 13 March and 192 (1964) of 20 June 1964,",
              targets: ["S/RES/186 (1964)", "S/RES/187 (1964)", "S/RES/192 (1964)"]),
        .init(rule: "a comma the print put between day and month",
              text: "Reaffirms its resolutions 186 (1964) of 4 March, 187 (1964) of 13, March, 192(1964) of 20 June,",
              targets: ["S/RES/186 (1964)", "S/RES/187 (1964)", "S/RES/192 (1964)"]),
        .init(rule: "a month's name broken at a line end",
              text: "Recalling its resolutions 206 (1965) of 15 June, 207 (1965) of 10 Au-\ngust and 219 (1965) of 17 December 1965,",
              targets: ["S/RES/206 (1965)", "S/RES/207 (1965)", "S/RES/219 (1965)"]),
        .init(rule: "items joined by 'as well as' and ';'",
              text: "Recalling its resolutions 242 (1967); 338 (1973) as well as 425 (1978),",
              targets: ["S/RES/242 (1967)", "S/RES/338 (1973)", "S/RES/425 (1978)"]),
        .init(rule: "an item with its title, 'entitled “…”'",
              text: "Recalling its resolution 1325 (2000), entitled “Women and peace and security”, and 1366 (2001),",
              targets: ["S/RES/1325 (2000)", "S/RES/1366 (2001)"]),
        .init(rule: "an item with ', annex' and the document named beside it",
              text: "Recalling its resolutions 713 (1991), annex, and 770 (1992) (S/24111) and 771 (1992),",
              targets: ["S/RES/713 (1991)", "S/RES/770 (1992)", "S/24111", "S/RES/771 (1992)"]),
        .init(rule: "a full stop for the comma between two Council items",
              text: "Recalling its resolutions 432 (1978). 435 (1978), 532 (1983). and 566 (1985),",
              targets: ["S/RES/432 (1978)", "S/RES/435 (1978)", "S/RES/532 (1983)", "S/RES/566 (1985)"]),
        .init(rule: "a comma lost between two Council items",
              text: "Recalling its resolutions 444 (1979), 450 (1979) 459 (1979), 474 (1980),",
              targets: ["S/RES/444 (1979)", "S/RES/450 (1979)", "S/RES/459 (1979)", "S/RES/474 (1980)"]),
        .init(rule: "digits misread, where the numbering allows one reading",
              text: "Recalling its resolutions 567 (1985), S71 (1985), SOL (1982) and SO8 (1982),",
              targets: ["S/RES/567 (1985)", "S/RES/571 (1985)", "S/RES/501 (1982)", "S/RES/508 (1982)"]),
        .init(rule: "brackets lost or misread",
              text: "Recalling its resolutions 660 (1990) of 2 August 1990, 662 é 1990) of 9 August 1990, 775 1992 of 28 August 1992 and 387 1976),",
              targets: ["S/RES/660 (1990)", "S/RES/662 (1990)", "S/RES/775 (1992)", "S/RES/387 (1976)"]),
        .init(rule: "the year the print damaged, settled by the item's date",
              text: "Recalling its resolutions 266 (1969) of 10 June and 274 (1959) of 11 December 1969,",
              targets: ["S/RES/266 (1969)", "S/RES/274 (1969)"]),
        .init(rule: "a number alone, dated by the Council's numbering",
              text: "Decides that the arms embargo imposed in resolution 418 shall apply, and that resolution 687 as it relates to Iraq,",
              targets: ["S/RES/418 (1977)", "S/RES/687 (1991)"]),
        .init(rule: "a number alone, dated by the same text",
              text: "Recalling its resolution 1051 (1996), and noting that resolution 1051 remains in force,",
              targets: ["S/RES/1051 (1996)"]),
        .init(rule: "a bracketed identification the editors inserted is a citation",
              text: "Whereas the Council condemned the régime by resolution of the date mentioned above [resolution 4 (1946)],",
              targets: ["S/RES/4 (1946)"]),
    ]

    @Test(arguments: lists)
    func list(_ form: ListForm) {
        let doc = CitationExtractor().extract(DocumentText(source: "t.txt", text: Self.council(form.text), format: .plainText))
        var seen = Set<String>()
        #expect(doc.citations.map(\.target).filter { seen.insert($0).inserted } == form.targets)
    }

    @Test("a repaired item says what was repaired")
    func repairIsNoted() {
        let doc = CitationExtractor().extract(DocumentText(source: "t.txt", text: Self.council("Recalling its resolution 567 (1985) and S71 (1985),"), format: .plainText))
        #expect(doc.notes.contains { $0.contains("\"S71 (1985)\"") && $0.contains("S/RES/571 (1985)") })
    }

    @Test("number and year that disagree, with nothing to settle it, stay unresolved with that reason")
    func disagreeingYearIsUnresolved() {
        let doc = CitationExtractor().extract(DocumentText(source: "t.txt", text: Self.council("Recalling its resolutions 444 (1979) and 489 (1979),"), format: .plainText))
        #expect(doc.citations.map(\.target) == ["S/RES/444 (1979)"])
        #expect(doc.unresolved.contains { $0.reason.contains("489 was adopted in 1981, not 1979") })
    }

    @Test("a number beyond the numbering table, with no year in the text, is unresolved with a true reason")
    func yearlessBeyondTheTable() {
        let doc = CitationExtractor().extract(DocumentText(source: "t.txt", text: Self.council("Recalling resolution 1540 as it relates to weapons,"), format: .plainText))
        #expect(doc.citations.isEmpty)
        #expect(doc.unresolved.contains { $0.reason.contains("1540 cited without its year") })
    }

    @Test("the heading of the next resolution on the page is rejected, not cited")
    func nextHeading() {
        let text = Self.council("Noting the report (S/13994),") + "\nResolution 474 (1980)\nof 17 June 1980\n"
        let doc = CitationExtractor().extract(DocumentText(source: "t.txt", text: text, format: .plainText))
        #expect(!doc.citations.contains { $0.target.hasPrefix("S/RES/474") })
        #expect(doc.rejected.map(\.reason) == [.headingOfAnotherDocument])
    }

    @Test("an editors' note about a later resolution is rejected: a resolution cannot cite a later one")
    func laterResolutionInANote() {
        let text = """
            39 (1948). Resolution of 20 January 1948

            The Security Council,

            Considering the situation,

            Adopts the following resolution: the Commission shall be composed of three members. 3

            Adopted at the 230th meeting.

            3 By its resolution 47 (1948), the Council decided to increase the membership of the Commission to five.
            """
        let doc = CitationExtractor().extract(DocumentText(source: "t.txt", text: text, format: .plainText))
        #expect(doc.symbol == "S/RES/39 (1948)")
        #expect(doc.citations.isEmpty)
        #expect(doc.rejected.map(\.reason) == [.laterThanCitingDocument])
        #expect(doc.rejected.first?.text.contains("47 (1948)") == true)
    }

    struct Named: CustomTestStringConvertible, Sendable {
        var path: String
        var symbol: String?
        var testDescription: String { path }
    }

    /// The file name is a last resort, used only where it spells a symbol.
    static let names: [Named] = [
        .init(path: "corpus/S_RES_0687_1991_EN_GOLD.txt", symbol: "S/RES/687 (1991)"),
        .init(path: "A_RES_73_8-EN.pdf", symbol: "A/RES/73/8"),
        .init(path: "akn/A_RES_76_100-2118703E.xml", symbol: "A/RES/76/100"),
        .init(path: "E_RES_2022_1.txt", symbol: "E/RES/2022/1"),
        .init(path: "SOURCES.md", symbol: nil),
        .init(path: "notes_2021_3.txt", symbol: nil),
        .init(path: "S_RES_0687_1975.txt", symbol: nil),  // 687 was not adopted in 1975
    ]

    @Test(arguments: names)
    func fileName(_ n: Named) {
        let doc = CitationExtractor().extract(DocumentText(source: n.path, text: "The Security Council,\n\nNoting the report,\n", format: .plainText))
        #expect(doc.symbol == n.symbol)
        if n.symbol != nil {
            #expect(doc.symbolSource == .fileName)
            #expect(doc.warnings.contains { $0.contains("taken from the file name") })
        }
    }

    /// A Council text around one paragraph.
    static func council(_ paragraph: String) -> String {
        "Resolution 1445 (2002)\nof 4 December 2002\n\nThe Security Council,\n\n\(paragraph)\n\nAdopted unanimously at the 3344th meeting.\n"
    }
}

/// The organ from the number and the words, for every body (ANNOTATION.md: resolutions
/// of bodies outside the GA/ECOSOC/SC/HRC series are never GA or ECOSOC targets).
@Suite("Organs of references")
struct OrganRuleTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var targets: [String]
        var unresolved: Int = 0
        var testDescription: String { rule }
    }

    static let rows: [Row] = [
        .init(rule: "a regional organization's resolution is not the Assembly's",
              text: "Recalling League of Arab States resolution 14/221 of 10 March 2019,", targets: [], unresolved: 1),
        .init(rule: "a regional commission's old-style resolution is not the Assembly's",
              text: "Recalling ECLAC resolution 574 (XXVII) of 16 May 1998,", targets: [], unresolved: 1),
        .init(rule: "the Assembly numbered by session only from its thirty-first session",
              text: "Noting the expert group's decision 29/101 on its methods of work,", targets: [], unresolved: 1),
        .init(rule: "ECOSOC numbered by year only from 1978",
              text: "Recalling Economic and Social Council resolution 1977/12,", targets: [], unresolved: 1),
        .init(rule: "the organ named after 'in its resolution …,' owns the list",
              text: "Recalling that, in its resolution 59/209, the General Assembly decided to extend the period,",
              targets: ["A/RES/59/209"]),
        .init(rule: "a second keyword joined to a list keeps the list's organ",
              text: "Recalling General Assembly resolution 50/81, annex, and resolution 62/126 of 18 December 2007,",
              targets: ["A/RES/50/81", "A/RES/62/126"]),
        .init(rule: "Human Rights Council resolutions inside a list",
              text: "Recalling Human Rights Council resolutions 39/13 and 45/22,", targets: ["A/HRC/RES/39/13", "A/HRC/RES/45/22"]),
        .init(rule: "an addendum written with a space after its dot",
              text: "Noting the report S/1117/Add. 1 and S/2783 and Corr. 1,", targets: ["S/1117/Add.1", "S/2783", "S/2783/Corr.1"]),
        .init(rule: "a section of the programme budget is part of the symbol",
              text: "Having considered the proposed programme budget (A/76/6 (Sect. 2)),", targets: ["A/76/6 (Sect. 2)"]),
    ]

    /// In an ECOSOC text, where "its" is the Council's and a bare number defaults to it.
    @Test(arguments: rows)
    func row(_ r: Row) {
        let text = "2022/5. Assessment of progress\n\nThe Economic and Social Council,\n\n\t\(r.text)\n\n10th plenary meeting\n"
        let doc = CitationExtractor().extract(DocumentText(source: "t.txt", text: text, format: .plainText))
        var seen = Set<String>()
        #expect(doc.citations.map(\.target).filter { seen.insert($0).inserted } == r.targets)
        #expect(doc.unresolved.count == r.unresolved)
    }
}
