import CiteGraph
import Testing
@testable import CiteGraph

/// The forms of each language's table, each named and read through the whole extractor:
/// the keyword and its inflections, the organs, "its", the dates, the list shapes.
struct LanguageFormTests {
    struct Form: Sendable, CustomTestStringConvertible {
        var language: Language
        var name: String
        var text: String
        var cites: [String]
        var testDescription: String { "\(language.rawValue): \(name)" }
    }

    /// A General Assembly resolution in `language` around one paragraph, long enough to be told apart.
    static func resolution(_ language: Language, _ paragraph: String) -> String {
        let opening: String
        switch language {
        case .fr: opening = "Nations Unies\n\nA/RES/76/300\n\nAssemblée générale\n\n76/300. Titre de la résolution\n\nL’Assemblée générale,\n\nRappelant les travaux des sessions de la Commission et les rapports du Secrétaire général,"
        case .es: opening = "Naciones Unidas\n\nA/RES/76/300\n\nAsamblea General\n\n76/300. Título de la resolución\n\nLa Asamblea General,\n\nRecordando los trabajos de los períodos de sesiones y las recomendaciones del Secretario General,"
        case .ru: opening = "Организация Объединенных Наций\n\nA/RES/76/300\n\nГенеральная Ассамблея\n\n76/300. Название резолюции\n\nГенеральная Ассамблея,\n\nссылаясь на работу сессий и доклады Генерального секретаря по этому вопросу, которые были представлены,"
        case .ar: opening = "الأمم المتحدة\n\nA/RES/76/300\n\nالجمعية العامة\n\n76/300 عنوان القرار\n\nإن الجمعية العامة،\n\nإذ تشير إلى أعمال الدورات والتقارير التي قدمها الأمين العام بشأن هذه المسألة في الدورات السابقة،"
        case .zh: opening = "联合国\n\nA/RES/76/300\n\n大会\n\n76/300. 决议标题\n\n大会，\n\n回顾秘书长关于这个问题的各项报告以及各届会议的工作，又回顾会员国在各届会议上提出的意见和建议，"
        case .en: opening = "United Nations\n\nA/RES/76/300\n\nGeneral Assembly\n\n76/300. Title\n\nThe General Assembly,"
        }
        return opening + "\n\n" + paragraph + "\n"
    }

    static let forms: [Form] = [
        // French: keyword, plural, "du <date>", "et", organ after the list, "sa" (its), "1er", "A et B", Cyrillic-free.
        .init(language: .fr, name: "ses résolutions … du … et …", text: "Rappelant ses résolutions 56/183 du 21 décembre 2001 et 57/238 du 20 décembre 2002,",
              cites: ["A/RES/56/183", "A/RES/57/238"]),
        .init(language: .fr, name: "organ after the list", text: "Rappelant les résolutions 5/1 et 5/2 du Conseil des droits de l’homme, en date du 18 juin 2007,",
              cites: ["A/HRC/RES/5/1", "A/HRC/RES/5/2"]),
        .init(language: .fr, name: "Security Council numbers, glued marker after the year", text: "Rappelant les résolutions 242 (1967) du 22 novembre 1967, 338 (1973) du 22 octobre 19731 et 2334 (2016),",
              cites: ["S/RES/242 (1967)", "S/RES/338 (1973)", "S/RES/2334 (2016)"]),
        .init(language: .fr, name: "parts joined by et, 1er", text: "Rappelant sa résolution 36/87 A et B du 1er décembre 1981 et sa décision 75/551,",
              cites: ["A/RES/36/87 A", "A/RES/36/87 B", "A/DEC/75/551"]),
        .init(language: .fr, name: "Economic and Social Council", text: "Prenant note de la résolution 2006/46 du Conseil économique et social,", cites: ["E/RES/2006/46"]),
        // Spanish: ", de <day> de <month> de <year>", "y".
        .init(language: .es, name: "sus resoluciones …, de … de … de …, y …", text: "Recordando sus resoluciones 56/183, de 21 de diciembre de 2001, y 57/238, de 20 de diciembre de 2002,",
              cites: ["A/RES/56/183", "A/RES/57/238"]),
        .init(language: .es, name: "resolución del Consejo de Derechos Humanos", text: "Tomando nota de la resolución 45/22 del Consejo de Derechos Humanos, de 6 de octubre de 2020,",
              cites: ["A/HRC/RES/45/22"]),
        .init(language: .es, name: "decisión", text: "Recordando su decisión 75/551, de 30 de junio de 2021,", cites: ["A/DEC/75/551"]),
        // Russian: stems (резолюции/резолюцию/резолюциях), "от … года", organs in the genitive.
        .init(language: .ru, name: "свои резолюции … от … года и …", text: "ссылаясь на свои резолюции 56/183 от 21 декабря 2001 года и 57/238 от 20 декабря 2002 года,",
              cites: ["A/RES/56/183", "A/RES/57/238"]),
        .init(language: .ru, name: "organ in the genitive after the number", text: "принимая к сведению резолюцию 5/1 Совета по правам человека от 18 июня 2007 года,",
              cites: ["A/HRC/RES/5/1"]),
        .init(language: .ru, name: "Cyrillic part letter", text: "ссылаясь на резолюцию 217 А (III),", cites: ["A/RES/217 A (III)"]),
        // Arabic: glued prefixes and the suffix "its", two-name months, "و", sessions "د-21", parts by name.
        .init(language: .ar, name: "قراراتها … المؤرخ … و …", text: "وإذ تشير إلى قراراتها 56/183 المؤرخ 21 كانون الأول/ديسمبر 2001 و 57/238 المؤرخ 20 كانون الأول/ديسمبر 2002،",
              cites: ["A/RES/56/183", "A/RES/57/238"]),
        .init(language: .ar, name: "organ between keyword and number", text: "وإذ تحيط علما بقرار مجلس حقوق الإنسان 5/1 المؤرخ 18 حزيران/يونيه 2007،", cites: ["A/HRC/RES/5/1"]),
        .init(language: .ar, name: "session as د-21 and part ألف", text: "وإذ تشير إلى قرارها 2200 ألف (د-21) المؤرخ 16 كانون الأول/ديسمبر 1966،", cites: ["A/RES/2200 A (XXI)"]),
        .init(language: .ar, name: "special session دإ-", text: "وإذ تشير إلى قرارها دإ-27/2 المؤرخ 10 أيار/مايو 2002،", cites: ["A/RES/S-27/2"]),
        .init(language: .ar, name: "Arabic-Indic digits", text: "وإذ تشير إلى قرارها ٥٦/١٨٣،", cites: ["A/RES/56/183"]),
        // Chinese: date first, 第…号, keyword last, organ before, full-width forms, glued symbols.
        .init(language: .zh, name: "第56/183号和第57/238号决议", text: "回顾大会2001年12月21日第56/183号和2002年12月20日第57/238号决议，",
              cites: ["A/RES/56/183", "A/RES/57/238"]),
        .init(language: .zh, name: "organ before the list", text: "又回顾人权理事会2007年6月18日第5/1号和第5/2号决议，", cites: ["A/HRC/RES/5/1", "A/HRC/RES/5/2"]),
        .init(language: .zh, name: "title between date and number", text: "回顾其2018年12月6日题为“在中东实现全面、公正、持久和平”的第73/89号决议，", cites: ["A/RES/73/89"]),
        .init(language: .zh, name: "full-width digits and a symbol glued to Chinese", text: "注意到第５６／１８３号决议和秘书长的报告见A/76/25，", cites: ["A/RES/56/183", "A/76/25"]),
        .init(language: .zh, name: "Security Council, glued parts", text: "回顾安全理事会第2334(2016)号决议和第217A(III)号决议，", cites: ["S/RES/2334 (2016)", "A/RES/217 A (III)"]),
    ]

    @Test(arguments: forms)
    func form(_ form: Form) {
        let doc = CitationExtractor().extract(DocumentText(source: "form.txt", text: Self.resolution(form.language, form.text), format: .plainText))
        #expect(doc.language == form.language)
        #expect(doc.symbol == "A/RES/76/300")
        var seen = Set<String>()
        let targets = doc.citations.map(\.target).filter { seen.insert($0).inserted }
        #expect(targets == form.cites)
        #expect(doc.citations.allSatisfy { $0.language == form.language })
    }

    /// "Ibid." in each language repeats the previous note's documents.
    @Test(arguments: [(Language.fr, "Ibid."), (.es, "Ibíd."), (.ru, "Там же"), (.ar, "المرجع نفسه"), (.zh, "同上")])
    func ibid(_ language: Language, _ word: String) {
        let forms = CompiledForms.of(language)
        #expect(forms.ibid.contains(FoldedText.fold(word)))
    }

    /// The block filter keeps every lane where a keyword of the table starts (lower case and
    /// capitalised), as the byte-by-byte lane test says, in every language.
    @Test(arguments: [Language.fr, .es, .ru, .ar, .zh])
    func filterKeepsEveryKeywordStart(_ language: Language) {
        let forms = CompiledForms.of(language)
        // Chinese lists are found at the counter after each number (号), their keyword read back from it.
        let starts = forms.forms.order == .keywordLast ? [forms.forms.numberClose!]
            : forms.forms.keywords.flatMap { CompiledForms.cases($0.written) }
        for word in starts {
            for pad in 0..<8 {
                let text = Array((String(repeating: " ", count: pad + 1) + word + " 56/183 " + String(repeating: " ", count: 16)).utf8)
                text.withUnsafeBufferPointer { b in
                    let at = pad + 1
                    // The block at `at - lane` for every lane holds the start.
                    for lane in 0..<8 where at - lane >= 1 {
                        let mask = forms.filter.mayStart(b.baseAddress! + at - lane)
                        #expect(mask & (0x80 << (8 * UInt64(lane))) != 0, "\(word) dropped in lane \(lane)")
                    }
                }
            }
        }
    }

    /// Lane by lane the filter is exactly its byte test, on random text of the languages' bytes.
    @Test(arguments: [Language.fr, .ru, .ar, .zh])
    func filterEqualsLaneTest(_ language: Language) {
        let forms = CompiledForms.of(language)
        let alphabet = Array(("A/ -1résoluionРезолюцияقرارمقرر号决议第56" + forms.forms.keywords.map(\.written).joined()).utf8)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let text = (0..<40).map { _ in alphabet.randomElement(using: &rng)! }
            text.withUnsafeBufferPointer { b in
                for p in 1..<(text.count - 10) {
                    let mask = forms.filter.mayStart(b.baseAddress! + p)
                    for lane in 0..<8 {
                        let i = p + lane
                        let x = text[i], n = text[i + 1]
                        let symbol = Byte.isUpper(x) && (Byte.isUpper(n) || n == Byte.slash || n == Byte.hyphen)
                        let prevOK = !(text[i - 1] < 0x80 && Byte.isAlnum(text[i - 1]))
                        var expected = symbol && prevOK
                        for l in forms.filter.lanes where l.holds(text, at: i) { expected = expected || l.anywhere || prevOK }
                        #expect((mask & (0x80 << (8 * UInt64(lane))) != 0) == expected)
                    }
                }
            }
        }
    }
}
