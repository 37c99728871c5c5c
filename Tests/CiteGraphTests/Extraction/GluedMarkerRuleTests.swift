import CiteGraph
import Testing

/// Markers glued to a citation's own last digits ("la décision CBD/NP/MOP/DEC/2/714" is
/// decision 2/7 and note 14), and dates that are no markers: each row one rule, read
/// through the whole extractor.
@Suite("Glued marker rules")
struct GluedMarkerRuleTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var rule: String
        var body: String
        var cites: [String]
        /// Notes reached from the body, in order.
        var reached: [Int]
        var testDescription: String { rule }
    }

    static let notes = "1 See A/60/687.\n2 See A/61/2.\n3 See A/62/3.\n4 See A/63/4.\n"

    static let rows: [Row] = [
        .init(rule: "between its neighbours in the sequence, the digits are the marker",
              body: "\tRecalling the Declaration,1 decision CBD/NP/MOP/DEC/2/72 and the Plan,3",
              cites: ["A/60/687", "CBD/NP/MOP/DEC/2/7", "A/61/2", "A/62/3"], reached: [1, 2, 3]),
        .init(rule: "two in a row, each for the note after the one before",
              body: "\tRecalling the Declaration,1 decisions CBD/CP/MOP/VIII/192 and CBD/NP/MOP/DEC/2/73 and the Plan,4",
              cites: ["A/60/687", "CBD/CP/MOP/VIII/19", "A/61/2", "CBD/NP/MOP/DEC/2/7", "A/62/3", "A/63/4"], reached: [1, 2, 3, 4]),
        .init(rule: "a resolution's short form",
              body: "\tRecalling the Declaration,1 its resolution 59/3002 and the Plan,3",
              cites: ["A/60/687", "A/RES/59/300", "A/61/2", "A/62/3"], reached: [1, 2, 3]),
        .init(rule: "the last note, with no marker after it",
              body: "\tRecalling the Plan,1 the Declaration,2 the Charter,3 and document A/76/2134",
              cites: ["A/60/687", "A/61/2", "A/62/3", "A/76/213", "A/63/4"], reached: [1, 2, 3, 4]),
        .init(rule: "the note's own marker found later keeps the number whole",
              body: "\tRecalling the Declaration,1 document A/76/2132 and the Plan,2",
              cites: ["A/60/687", "A/76/2132", "A/61/2"], reached: [1, 2]),
        .init(rule: "a note skipped after it keeps the number whole",
              body: "\tRecalling the Declaration,1 document A/76/2132 and the Plan,4",
              cites: ["A/60/687", "A/76/2132", "A/63/4"], reached: [1, 4]),
        .init(rule: "not before the sequence has begun",
              body: "\tRecalling document A/76/2131 and the Plan,2",
              cites: ["A/76/2131", "A/61/2"], reached: [2]),
        .init(rule: "not after a marker set off by a space",
              body: "\tRecalling the Declaration, 1 document A/76/2132 and the Plan,3",
              cites: ["A/60/687", "A/76/2132", "A/62/3"], reached: [1, 3]),
        .init(rule: "a symbol's last element must keep a digit",
              body: "\tRecalling the Declaration,1 document A/76/L.2 and the Plan,3",
              cites: ["A/60/687", "A/76/L.2", "A/62/3"], reached: [1, 3]),
        .init(rule: "a date's year ending a citation is no place for the marker",
              body: "\tRecalling the Declaration,1 its resolution 61/2 of 4 December 2002 and the Plan,3",
              cites: ["A/60/687", "A/RES/61/2", "A/62/3"], reached: [1, 3]),
    ]

    @Test(arguments: rows)
    func rule(_ row: Row) {
        let doc = Fixtures.extract(Fixtures.resolution(row.body, notes: Self.notes, number: "80/195"))
        // What the paragraph cites, in order: its own symbols and the notes its markers reach.
        let cited = doc.citations.filter { if case .preambular = $0.location { true } else { false } }.map(\.target)
        #expect(cited == row.cites)
        #expect(doc.citations.compactMap(\.footnote) == row.reached)
        // The citation's text is its range's, the marker's digits left out.
        #expect(doc.citations.allSatisfy { !$0.text.hasSuffix("/72") && !$0.text.hasSuffix("3002") })
    }

    /// A day before a month name of the text's language is no marker set off by a space
    /// ("du 31 octobre au 13 novembre 2021"), in every language with month names.
    @Test(arguments: [
        (Language.fr, "Rappelant la Conférence, tenue du 31 octobre au 2 novembre 2021, et la Déclaration,1"),
        (.es, "Recordando la Conferencia, celebrada del 31 de octubre al 2 de noviembre de 2021, y la Declaración,1"),
        (.ru, "ссылаясь на Конференцию, проведенную с 31 октября по 2 ноября 2021 года, и Декларацию,1"),
        (.ar, "وإذ تشير إلى المؤتمر المعقود في 2 كانون الأول/ديسمبر 2021، وإلى الإعلان،1"),
    ])
    func dayBeforeMonthIsNoMarker(_ language: Language, _ paragraph: String) {
        let text = LanguageFormTests.resolution(language, paragraph) + "\n1 A/60/687.\n2 A/61/2.\n"
        let doc = CitationExtractor().extract(DocumentText(source: "form.txt", text: text, format: .plainText))
        #expect(doc.language == language)
        let reached = doc.citations.compactMap(\.footnote)
        #expect(!reached.contains(2))
        #expect(doc.citations.contains { $0.target == "A/61/2" && $0.location == .footnote(2) })
    }
}

/// How the other scripts write markers, operative numbers and the opening line, each read
/// through the whole extractor.
@Suite("Marker and layout rules of other scripts")
struct OtherScriptLayoutRuleTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var language: Language
        var rule: String
        var paragraph: String
        /// Notes reached from the body, in order.
        var reached: [Int]
        var testDescription: String { "\(language.rawValue): \(rule)" }
    }

    static let rows: [Row] = [
        .init(language: .ru, rule: "glued to a lower-case Cyrillic word", paragraph: "ссылаясь на Декларацию тысячелетия1 и на Конвенции2,", reached: [1, 2]),
        .init(language: .ru, rule: "never glued to a Cyrillic acronym", paragraph: "ссылаясь на ЦУР1 и ЦУР2,", reached: []),
        .init(language: .fr, rule: "glued to an accented letter", paragraph: "Rappelant la stratégie adoptée1 et le programme,", reached: [1]),
        .init(language: .fr, rule: "glued to a closing guillemet", paragraph: "Rappelant le document intitulé « L’avenir que nous voulons »1, et le programme « Action »2,", reached: [1, 2]),
        .init(language: .ru, rule: "glued to a closing guillemet, Russian", paragraph: "ссылаясь на резолюцию под названием «Активизация усилий»1,", reached: [1]),
        .init(language: .zh, rule: "glued to a Chinese character or comma", paragraph: "回顾《千年宣言》1 和《公约》、2 以及秘书长的报告，", reached: [1, 2]),
        .init(language: .zh, rule: "a number before a Chinese character is part of the text", paragraph: "回顾2001年1月和第2段的内容，", reached: []),
        .init(language: .zh, rule: "a number after 第 is an ordinal", paragraph: "回顾宣言第1，以及公约，", reached: []),
        .init(language: .ar, rule: "bracketed, glued to an Arabic word or a year", paragraph: "وإذ تشير إلى إعلان الألفية(1) وإلى خطة عام 2030(2)،", reached: [1, 2]),
        .init(language: .en, rule: "bracketed after a Latin word or a number is no marker", paragraph: "Recalling Article(1) and article 2(2) of the Charter,", reached: []),
        .init(language: .ar, rule: "bracketed after a quotation mark", paragraph: "وإذ تشير إلى الوثيقة الختامية المعنونة ”المستقبل الذي نصبو إليه“(1)،", reached: [1]),
        .init(language: .ar, rule: "bracketed right after a citation, the next note only", paragraph: "وإذ تشير إلى الإعلان(1) وإلى قرارها 59/300(2) وإلى قرارها 60/1(5)،", reached: [1, 2]),
    ]

    @Test(arguments: rows)
    func marker(_ row: Row) {
        let text = LanguageFormTests.resolution(row.language, row.paragraph) + "\n1 A/60/687.\n2 A/61/2.\n"
        let doc = CitationExtractor().extract(DocumentText(source: "form.txt", text: text, format: .plainText))
        #expect(doc.language == row.language)
        #expect(doc.citations.compactMap(\.footnote) == row.reached)
    }

    /// Operative paragraphs numbered "1. " before a word of any script, or "1 - " in Arabic
    /// (the number alone on its line too).
    @Test(arguments: [
        (Language.ru, "1. принимает к сведению резолюцию 56/183;\n\n2. постановляет продолжить рассмотрение этого вопроса;"),
        (.ar, "1 - تحيط علما بقرارها 56/183؛\n\n2 -\n\nتقرر أن تواصل النظر في هذه المسألة؛"),
        (.zh, "1. 注意到第56/183号决议；\n\n2. 决定继续审议这个问题；"),
        (.fr, "1. Prend note de la résolution 56/183 ;\n\n2. Décide de poursuivre l’examen de la question ;"),
    ])
    func operativeNumbers(_ language: Language, _ paragraphs: String) {
        let doc = CitationExtractor().extract(DocumentText(source: "form.txt", text: LanguageFormTests.resolution(language, paragraphs), format: .plainText))
        #expect(doc.citations.first { $0.target == "A/RES/56/183" }?.location == .operative(1))
    }

    /// The masthead names the organ as the opening line does, without its comma: the body
    /// opens at the line with the comma ("Генеральная Ассамблея,"), not at the masthead.
    @Test(arguments: [Language.ru, .ar, .zh])
    func openingIsTheLineWithTheComma(_ language: Language) {
        let paragraph: String
        switch language {
        case .ru: paragraph = "ссылаясь на резолюцию 56/183,"
        case .ar: paragraph = "وإذ تشير إلى قرارها 56/183،"
        default: paragraph = "回顾第56/183号决议，"
        }
        let doc = CitationExtractor().extract(DocumentText(source: "form.txt", text: LanguageFormTests.resolution(language, paragraph), format: .plainText))
        // The opening's own paragraph comes first; the masthead is no paragraph.
        #expect(doc.citations.first { $0.target == "A/RES/56/183" }?.location == .preambular(2))
    }
}
