import CiteGraph
import Testing

/// Each row is one rule of how flattened superscript markers stand in UN texts.
@Suite("Footnote marker rules")
struct FootnoteMarkerRuleTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var rule: String
        var body: String
        /// Notes reached from the body, in order.
        var reached: [Int]
        var testDescription: String { rule }
    }

    static let rows: [Row] = [
        .init(rule: "glued to a comma after a year", body: "Recalling the Declaration adopted in 2003,1 and the Plan,2", reached: [1, 2]),
        .init(rule: "glued to a lower-case word", body: "Recalling the outcomes of the Geneva1 and Tunis2 phases,", reached: [1, 2]),
        .init(rule: "never glued to an acronym", body: "Recalling the P5 and the G2 process,", reached: []),
        .init(rule: "set off by a space after punctuation", body: "Recalling the Covenant, 1 the Convention, 2 and the Charter,", reached: [1, 2]),
        .init(rule: "set off by a space after a year and comma", body: "Welcoming the statement of 12 February 2013, 1 in which the Council spoke,", reached: [1]),
        .init(rule: "after a title, before 'of'", body: "Recalling the Millennium Declaration 1 of an appeal,", reached: [1]),
        .init(rule: "a quantity after a lower-case word is no marker", body: "Noting that some 1 of the States and 2 years passed,", reached: []),
        .init(rule: "a number after a word that takes one is no marker", body: "Recalling paragraph 1 of the report and article 2,", reached: []),
        .init(rule: "a number in a list of numbers is no marker", body: "Recalling paragraphs 4, 1 and 2 of the report,", reached: []),
        .init(rule: "glued to a closing quotation mark", body: "Taking note of the report entitled “Our Common Agenda”1 and resolution 76/306,", reached: [1]),
        .init(rule: "glued to a year", body: "Welcoming the returns for 2021,1 20222 and 2023,", reached: [1, 2]),
        .init(rule: "markdown markers", body: "Recalling the Convention[^1] and the Covenant,[^2]", reached: [1, 2]),
        .init(rule: "a marker names an existing note", body: "Recalling the Convention,7 and the Charter,", reached: []),
        .init(rule: "a decimal is no marker", body: "Noting that 24.1 per cent of people,", reached: []),
        // Review of the unlabeled texts (A/RES/80/51, 80/52, 80/53).
        .init(rule: "set off by a space before and glued to the next word", body: "Acknowledging the Treaty 1and the opinion of the Court, 2in which it concluded,", reached: [1, 2]),
        .init(rule: "glued to the next word only as the very next note", body: "Acknowledging the opinion of the Court, 2in which it concluded,", reached: []),
        .init(rule: "an ordinal or a unit is no marker glued to the next word", body: "Noting the 1st meeting and a zone of 2km radius,", reached: []),
        .init(rule: "after a year, the next note", body: "Noting the reports of the Secretary-General of 1990 1 and 1991 2 on verification,", reached: [1, 2]),
        .init(rule: "after a span of years, the next note", body: "Recalling the Lausanne Action Plan 2021–2026 1  to support victims,", reached: [1]),
        .init(rule: "after a year, a number before a unit is a quantity", body: "Noting that by 2030 1 million people and 2 per cent,", reached: []),
        .init(rule: "a number after a dot inside a symbol is no marker", body: "Recalling decisions C-24/DEC.1 and EC-94/DEC.2 of the Council,", reached: []),
        .init(rule: "after a sentence's full stop, a marker", body: "Recalling the Declaration.1 Noting the Plan,", reached: [1]),
        .init(rule: "after a number that is no year, no marker", body: "Noting the 150 1 and 12 2 cases,", reached: []),
    ]

    @Test(arguments: rows)
    func rule(_ row: Row) {
        let notes = "1 See A/60/687.\n2 See A/61/2.\n"
        let doc = Fixtures.extract(Fixtures.resolution("\t" + row.body, notes: notes))
        let reached = doc.citations.compactMap(\.footnote)
        #expect(reached == row.reached)
    }
}
