import Testing
@testable import CiteGraph

/// The rules by which a list in another language names its organ and goes on, each named
/// and read through the whole extractor: what "its" refers to, a specifier listing members
/// of a set just named, a keyword joined to a list, relative clauses and subjects inside a
/// list, days of one month, pinpoints, footnote markers glued to names and years.
struct LanguageListRuleTests {
    typealias Form = LanguageFormTests.Form

    static let rules: [Form] = [
        // "its" is the subject's: an organ named as a complement ("celles du Conseil …") is not.
        .init(language: .fr, name: "its: an organ after du is a complement", text: "Rappelant ses résolutions pertinentes et celles du Conseil des droits de l’homme, réaffirmant ses résolutions 67/178 et 68/169,",
              cites: ["A/RES/67/178", "A/RES/68/169"]),
        .init(language: .fr, name: "its: the organ that is the subject", text: "Notant que le Conseil des droits de l’homme, dans sa résolution 5/1, a établi son règlement,",
              cites: ["A/HRC/RES/5/1"]),
        .init(language: .fr, name: "its: an agent (par le) is a complement", text: "Notant le mandat décidé par le Conseil des droits de l’homme et le groupe de travail créé au paragraphe 28 de sa résolution 65/182,",
              cites: ["A/RES/65/182"]),
        .init(language: .fr, name: "its: an agent, when the citing body has no such number", text: "Notant les recommandations adoptées par le Conseil des droits de l’homme dans sa résolution 5/1,",
              cites: ["A/HRC/RES/5/1"]),
        .init(language: .es, name: "its: an organ after del is a complement", text: "Recordando las resoluciones del Consejo de Derechos Humanos relativas al terrorismo, las más recientes de las cuales son sus resoluciones 72/180 y 74/147,",
              cites: ["A/RES/72/180", "A/RES/74/147"]),
        // After a joiner and a clause verb, "its" is the citing body's: the verb is coordinated
        // with the paragraph's own (fr, es, ru 76/187).
        .init(language: .fr, name: "its: after et and a clause verb", text: "Soulignant le rôle que joue la Commission pour la prévention du crime et la justice pénale en tant que principal organe de décision et réaffirmant sa résolution 73/183 du 17 décembre 2018,",
              cites: ["A/RES/73/183"]),
        .init(language: .es, name: "its: after y and a clause verb", text: "Destacando la función de la Comisión de Prevención del Delito y Justicia Penal como principal órgano normativo y reafirmando su resolución 73/183, de 17 de diciembre de 2018,",
              cites: ["A/RES/73/183"]),
        .init(language: .ar, name: "its (-ها): after a joiner glued to a clause verb", text: "وإذ تشدد على دور لجنة منع الجريمة والعدالة الجنائية بصفتها الهيئة الرئيسية المعنية بصنع السياسات، وإذ تعيد تأكيد قرارها 73/183 المؤرخ 17 كانون الأول/ديسمبر 2018،",
              cites: ["A/RES/73/183"]),
        .init(language: .fr, name: "its: an organ of a verb's own clause keeps it", text: "Notant que la Commission pour la prévention du crime et la justice pénale, dans sa résolution 25/2, a prié le Secrétariat,",
              cites: ["E/CN.15/RES/25/2"]),
        // After a joiner alone, an organ inside a relative clause closed by a comma is not the
        // subject (fr 76/145); without the joiner ("la première par sa …") it still may be.
        .init(language: .fr, name: "its: an organ inside a closed relative clause", text: "Rappelant sa résolution 60/251 du 15 mars 2006, par laquelle elle a institué le Conseil des droits de l’homme, et sa résolution 65/281 du 17 juin 2011,",
              cites: ["A/RES/60/251", "A/RES/65/281"]),
        .init(language: .fr, name: "its: a relative clause's organ named back", text: "Appuie la mission dans laquelle le Conseil des droits de l’homme l’a engagé, le second par sa résolution 45/12,",
              cites: ["A/HRC/RES/45/12"]),
        // …and when the organ named has no series the number fits, the citing body's.
        .init(language: .ru, name: "its: an organ without the number's series", text: "ссылаясь на все соответствующие резолюции Экономического и Социального Совета, подтверждая свои резолюции 65/198 и 66/142,",
              cites: ["A/RES/65/198", "A/RES/66/142"]),
        .init(language: .ar, name: "its (-ها): an organ without the number's series", text: "وإذ تشير إلى قرارات المجلس الاقتصادي والاجتماعي ذات الصلة، وإذ تعيد تأكيد قراراتها 65/198 و 66/142،",
              cites: ["A/RES/65/198", "A/RES/66/142"]),
        // A specifier lists members of the set of resolutions just named.
        .init(language: .fr, name: "specifier: notamment", text: "Rappelant les résolutions pertinentes adoptées par le Conseil des droits de l’homme à ce sujet, notamment les résolutions 36/6 et 45/3,",
              cites: ["A/HRC/RES/36/6", "A/HRC/RES/45/3"]),
        .init(language: .es, name: "specifier: en particular", text: "Recordando las resoluciones pertinentes del Consejo de Derechos Humanos, en particular las resoluciones 7/34, de 28 de marzo de 2008, y 18/15,",
              cites: ["A/HRC/RES/7/34", "A/HRC/RES/18/15"]),
        .init(language: .ru, name: "specifier: включая", text: "ссылаясь на резолюции Совета по правам человека по этому вопросу, включая резолюцию 48/5 от 7 октября 2021 года,",
              cites: ["A/HRC/RES/48/5"]),
        .init(language: .ar, name: "specifier: ولا سيما", text: "وإذ تشير إلى قرارات مجلس حقوق الإنسان ذات الصلة، ولا سيما القرارات 7/34 و 18/15،",
              cites: ["A/HRC/RES/7/34", "A/HRC/RES/18/15"]),
        .init(language: .zh, name: "specifier: 包括", text: "又回顾人权理事会关于这个问题的所有相关决议，包括2012年3月22日第19/11号和2016年3月23日第31/14号决议，",
              cites: ["A/HRC/RES/19/11", "A/HRC/RES/31/14"]),
        // A keyword joined to the list before it, with no organ of its own, is that list's organ's.
        .init(language: .fr, name: "coordinated keyword", text: "Rappelant la décision 18/120 du Conseil des droits de l’homme, en date du 30 septembre 20111, et les résolutions 24/14 et 27/21,",
              cites: ["A/HRC/DEC/18/120", "A/HRC/RES/24/14", "A/HRC/RES/27/21"]),
        .init(language: .es, name: "del Consejo: the council named in full before", text: "Recordando la decisión 18/120 del Consejo de Derechos Humanos, de 30 de septiembre de 2011, y las resoluciones del Consejo 24/14, de 27 de septiembre de 2013, y 27/21,",
              cites: ["A/HRC/DEC/18/120", "A/HRC/RES/24/14", "A/HRC/RES/27/21"]),
        // …and so is one after the last item's subject, up to its comma ("as well as resolutions" after "on …,").
        .init(language: .es, name: "coordinated after the subject: así como", text: "Recordando las resoluciones del Consejo de Derechos Humanos 23/13, de 13 de junio de 2013, y 24/33, de 27 de septiembre de 2013, relativa a la cooperación técnica para la prevención de las agresiones a las personas con albinismo, así como las resoluciones 28/6, de 26 de marzo de 2015, y 37/5,",
              cites: ["A/HRC/RES/23/13", "A/HRC/RES/24/33", "A/HRC/RES/28/6", "A/HRC/RES/37/5"]),
        .init(language: .ru, name: "coordinated after the subject: а также", text: "ссылаясь на резолюции Совета по правам человека 23/13 от 13 июня 2013 года и 24/33 от 27 сентября 2013 года о техническом сотрудничестве в целях предупреждения нападений на лиц с альбинизмом, а также резолюции 28/6 от 26 марта 2015 года и 37/5,",
              cites: ["A/HRC/RES/23/13", "A/HRC/RES/24/33", "A/HRC/RES/28/6", "A/HRC/RES/37/5"]),
        .init(language: .ar, name: "coordinated after the subject: وكذلك ال", text: "وإذ تشير إلى قراري مجلس حقوق الإنسان 23/13 المؤرخ 13 حزيران/يونيه 2013 و 24/33 المؤرخ 27 أيلول/سبتمبر 2013 المتعلق بالتعاون التقني من أجل منع الاعتداءات على الأشخاص المصابين بالمهق، وكذلك القراران 28/6 المؤرخ 26 آذار/مارس 2015 و 37/5،",
              cites: ["A/HRC/RES/23/13", "A/HRC/RES/24/33", "A/HRC/RES/28/6", "A/HRC/RES/37/5"]),
        .init(language: .es, name: "a subject that ends its sentence joins nothing", text: "Recordando las resoluciones del Consejo de Derechos Humanos 23/13 y 24/33, relativa a la cooperación técnica. Recordando también las resoluciones 38/5 y 37/5,",
              cites: ["A/HRC/RES/23/13", "A/HRC/RES/24/33", "A/RES/38/5", "A/RES/37/5"]),
        // A resolution pinpointed in the Human Rights Council's report (Supplement No. 53) is the Council's.
        .init(language: .fr, name: "in the Council's report: chap., sect.", text: "Rappelant les Documents officiels, Supplément no 53A (A/74/53/Add.1), chap. III, sect. A, résolution 42/12,",
              cites: ["A/74/53/Add.1", "A/HRC/RES/42/12"]),
        .init(language: .ru, name: "in the Council's report: гл., разд.", text: "ссылаясь на Официальные отчеты, Дополнение № 53 (A/73/53), гл. IV, разд. A, резолюция 37/17,",
              cites: ["A/73/53", "A/HRC/RES/37/17"]),
        .init(language: .ar, name: "in the Council's report: الفصل، الفرع", text: "وإذ تشير إلى الوثائق الرسمية، الملحق رقم 53 (A/73/53)، الفصل الرابع، الفرع ألف، القرار 37/17،",
              cites: ["A/73/53", "A/HRC/RES/37/17"]),
        .init(language: .es, name: "another clause after the report is not in it", text: "Recordando el informe (A/73/53); recordando también su resolución 37/17,",
              cites: ["A/73/53", "A/RES/37/17"]),
        // An organ right before the keyword is its organ: the Russian agent in the instrumental.
        .init(language: .ru, name: "agent before the keyword: Советом … резолюцию", text: "ссылаясь в этой связи на принятую 1 июля 2016 года Советом по правам человека резолюцию 32/19 под названием «Активизация усилий»,",
              cites: ["A/HRC/RES/32/19"]),
        .init(language: .ru, name: "the Assembly before the keyword changes nothing", text: "отмечая, что Генеральная Ассамблея резолюцией 60/1 постановила,",
              cites: ["A/RES/60/1"]),
        // Relative clauses and subjects inside a list.
        .init(language: .fr, name: "relative clause: dans laquelle", text: "Rappelant ses résolutions 58/293 du 10 juin 2004, dans laquelle elle a proclamé 2005 Année internationale de la physique, et 62/200 du 19 décembre 2007,",
              cites: ["A/RES/58/293", "A/RES/62/200"]),
        .init(language: .es, name: "relative clause: en la que", text: "Recordando sus resoluciones 58/293, de 10 de junio de 2004, en la que proclamó 2005 Año Internacional de la Física, y 62/200, de 19 de diciembre de 2007,",
              cites: ["A/RES/58/293", "A/RES/62/200"]),
        .init(language: .ru, name: "relative clause: в которой", text: "ссылаясь на свои резолюции 58/293 от 10 июня 2004 года, в которой она провозгласила 2005 год Международным годом физики, и 62/200 от 19 декабря 2007 года,",
              cites: ["A/RES/58/293", "A/RES/62/200"]),
        .init(language: .ar, name: "relative clause: الذي", text: "وإذ تشير إلى قراريها 60/251 المؤرخ 15 آذار/مارس 2006، الذي أنشأت بموجبه مجلس حقوق الإنسان، و 65/281 المؤرخ 17 حزيران/يونيه 2011،",
              cites: ["A/RES/60/251", "A/RES/65/281"]),
        .init(language: .fr, name: "subject with parentheses", text: "Rappelant ses résolutions 74/270 du 2 avril 2020, sur la solidarité mondiale dans la lutte contre la maladie à coronavirus 2019 (COVID‑19), 74/274 du 20 avril 2020,",
              cites: ["A/RES/74/270", "A/RES/74/274"]),
        .init(language: .ar, name: "entitled, the conjunction glued", text: "وإذ تشير إلى قراراتها 74/270 المؤرخ 2 نيسان/أبريل 2020 والمعنون ”التضامن العالمي لمكافحة مرض فيروس كورونا“، و 74/274 المؤرخ 20 نيسان/أبريل 2020،",
              cites: ["A/RES/74/270", "A/RES/74/274"]),
        .init(language: .zh, name: "subject 关于…的 after the date", text: "又回顾人权理事会2013年6月13日关于对白化病患者的袭击和歧视的第23/13号决议，",
              cites: ["A/HRC/RES/23/13"]),
        .init(language: .zh, name: "subject 关于…的 before the date", text: "回顾人权理事会关于《世界人权教育方案》的2014年9月25日第27/12号决议，",
              cites: ["A/HRC/RES/27/12"]),
        // A title that cites ends the list, and its citation is read.
        .init(language: .es, name: "a title that cites", text: "Recordando las resoluciones del Consejo Económico y Social 1992/22, de 30 de julio de 1992, titulada “Aplicación de la resolución 46/152 de la Asamblea General”,",
              cites: ["E/RES/1992/22", "A/RES/46/152"]),
        // Days of one month in one date.
        .init(language: .fr, name: "des 14 et 18 décembre 1973", text: "Rappelant ses résolutions 3148 (XXVIII) et 3187 (XXVIII) des 14 et 18 décembre 1973, 3391 (XXX) du 19 novembre 1975,",
              cites: ["A/RES/3148 (XXVIII)", "A/RES/3187 (XXVIII)", "A/RES/3391 (XXX)"]),
        .init(language: .ru, name: "от 14 и 18 декабря 1973 года", text: "ссылаясь на свои резолюции 3148 (XXVIII) и 3187 (XXVIII) от 14 и 18 декабря 1973 года и 3391 (XXX) от 19 ноября 1975 года,",
              cites: ["A/RES/3148 (XXVIII)", "A/RES/3187 (XXVIII)", "A/RES/3391 (XXX)"]),
        // Footnote markers glued to a year before the organ, and to the organ's name.
        .init(language: .fr, name: "marker glued to the year before the organ", text: "Rappelant les résolutions 45/12 du 6 octobre 20207 et 48/11 du 8 octobre 20218 du Conseil des droits de l’homme,",
              cites: ["A/HRC/RES/45/12", "A/HRC/RES/48/11"]),
        .init(language: .es, name: "marker glued to the organ", text: "Toma nota del informe publicado de conformidad con la resolución 42/12 del Consejo de Derechos Humanos18,",
              cites: ["A/HRC/RES/42/12"]),
        // Pinpoints after a specifier, inside a list.
        .init(language: .es, name: "en particular el párrafo", text: "Recordando las resoluciones del Consejo de Seguridad 2253 (2015), en particular el párrafo 15, y 2322 (2016), de 12 de diciembre de 2016,",
              cites: ["S/RES/2253 (2015)", "S/RES/2322 (2016)"]),
        .init(language: .ru, name: "в частности на ее пункт", text: "ссылаясь на резолюции Совета Безопасности 2253 (2015), в частности на ее пункт 15, 2322 (2016) от 12 декабря 2016 года,",
              cites: ["S/RES/2253 (2015)", "S/RES/2322 (2016)"]),
        .init(language: .ar, name: "وبخاصة الفقرة", text: "وإذ تشير إلى قرارات مجلس الأمن 2253 (2015)، وبخاصة الفقرة 15، و 2322 (2016) المؤرخ 12 كانون الأول/ديسمبر 2016،",
              cites: ["S/RES/2253 (2015)", "S/RES/2322 (2016)"]),
        // Cyrillic part letters, and joint symbols joined with an en dash.
        .init(language: .ru, name: "Cyrillic part letter Н", text: "ссылаясь на свои резолюции 36/103 от 9 декабря 1981 года, 43/78 Н от 7 декабря 1988 года и 53/70,",
              cites: ["A/RES/36/103", "A/RES/43/78 H", "A/RES/53/70"]),
        .init(language: .es, name: "joint symbol with an en dash", text: "Tomando nota del informe del Secretario General A/76/78–E/2021/71,",
              cites: ["A/76/78-E/2021/71"]),
        // In a phrase put before its clause's subject, "its" is that subject's, named after the
        // list (fr 76/148, 76/149, 76/188); a bare "Conseil" there is no subject named.
        .init(language: .fr, name: "its: a fronted phrase's possessive is the subject's", text: "Notant avec satisfaction que, dans sa résolution 48/11, le Conseil des droits de l’homme a décidé que la table ronde porterait sur ce thème,",
              cites: ["A/HRC/RES/48/11"]),
        .init(language: .fr, name: "its: a fronted phrase, the subject after a glued footnote marker", text: "Note que dans sa résolution 42/22 du 26 septembre 201930, le Conseil des droits de l’homme a prié le Groupe de travail,",
              cites: ["A/HRC/RES/42/22"]),
        .init(language: .es, name: "its: a fronted phrase's possessive is the subject's", text: "Observa que en su resolución 2005/5, la Comisión de Derechos Humanos solicitó al Relator Especial que prosiguiera su reflexión,",
              cites: ["E/CN.4/RES/2005/5"]),
        .init(language: .ru, name: "its: a fronted phrase's possessive is the subject's", text: "отмечая, что в своей резолюции 48/11 Совет по правам человека постановил, что темой дискуссионного форума будет этот вопрос,",
              cites: ["A/HRC/RES/48/11"]),
        .init(language: .fr, name: "its: a fronted phrase whose subject is the citing body", text: "Rappelant que dans sa résolution 64/293, elle a prié le Secrétaire général de lui faire rapport,",
              cites: ["A/RES/64/293"]),
        // A title in quotes right after an item's date, with no word for "entitled", is the
        // item's, and the list goes on after it (ru 76/183).
        .init(language: .ru, name: "a title right after the date, then the next item", text: "ссылаясь также на свои резолюции 74/16 от 9 декабря 2019 года «Утверждение мира посредством спорта», 74/170 от 18 декабря 2019 года «Интеграция спорта в стратегии» и 75/18 от 1 декабря 2020 года «Спорт как фактор»,",
              cites: ["A/RES/74/16", "A/RES/74/170", "A/RES/75/18"]),
        // Keyword last: "和以往各项决议" ("and the earlier resolutions") after the last number,
        // the keyword names the numbers before it (zh 76/136).
        .init(language: .zh, name: "a list's tail before the keyword", text: "又回顾大会关于通过社会包容促进社会融合的2019年12月18日第74/120号和以往各项决议，",
              cites: ["A/RES/74/120"]),
        // A bare "Conseil" after the number is the council named in full before it, not another
        // body named since (a commission, fr/es/ru/ar/zh 76/170), and further back in the
        // paragraph when its clause names none (76/170 OP12).
        .init(language: .fr, name: "a bare Conseil after the number: the council, not a commission", text: "Rappelant les résolutions du Conseil des droits de l’homme et de la Commission des droits de l’homme, dont les plus récentes sont la résolution 45/22 du Conseil, en date du 6 octobre 2020,",
              cites: ["A/HRC/RES/45/22"]),
        .init(language: .es, name: "a bare Consejo after the number: the council, not a commission", text: "Recordando las resoluciones del Consejo de Derechos Humanos y de la Comisión de Derechos Humanos, las más recientes de las cuales son la resolución 45/22 del Consejo, de 6 de octubre de 2020,",
              cites: ["A/HRC/RES/45/22"]),
        .init(language: .fr, name: "a bare Conseil: the council named clauses before", text: "Se félicite de la participation des institutions aux travaux du Conseil des droits de l’homme et de la Commission de la condition de la femme; salue leur rôle, comme il est énoncé dans le document présentant le résultat de l’examen du fonctionnement du Conseil, qui figure en annexe à la résolution 16/21 du Conseil, en date du 25 mars 2011,",
              cites: ["A/HRC/RES/16/21"]),
        .init(language: .fr, name: "a bare Conseil: the Economic and Social Council, not its commission", text: "Réaffirmant la résolution 2006/46 du Conseil économique et social et les travaux de la Commission de la science et de la technique au service du développement, ainsi que la résolution 2006/46 du Conseil,",
              cites: ["E/RES/2006/46"]),
    ]

    @Test(arguments: rules)
    func rule(_ form: Form) {
        let doc = CitationExtractor().extract(DocumentText(source: "rule.txt", text: LanguageFormTests.resolution(form.language, form.text), format: .plainText))
        #expect(doc.language == form.language)
        var seen = Set<String>()
        let targets = doc.citations.map(\.target).filter { seen.insert($0).inserted }
        #expect(targets == form.cites)
    }
}

/// The relation each language's clause verb gives a citation, as English gives it.
struct LanguageVerbRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: Language
        var name: String
        var text: String
        var target: String
        var relation: Relation
        var testDescription: String { "\(language.rawValue): \(name)" }
    }

    static let cases: [Case] = [
        // A verb right after a subject word heads the subject ("关于通过…": "on … through …"),
        // not the clause: zh 76/136, 76/142, 76/187, 76/20, each as its English version.
        .init(language: .zh, name: "a verb after 关于 is the subject's, not the clause's",
              text: "又回顾大会关于通过社会包容促进社会融合的2019年12月18日第74/120号决议，", target: "A/RES/74/120", relation: .recalls),
        .init(language: .zh, name: "the clause verb before a subject phrase with 通过",
              text: "重申其关于通过可持续发展议程的2015年9月25日第70/1号决议，", target: "A/RES/70/1", relation: .reaffirms),
    ]

    @Test(arguments: cases)
    func relation(_ c: Case) throws {
        let doc = CitationExtractor().extract(DocumentText(source: "rule.txt", text: LanguageFormTests.resolution(c.language, c.text), format: .plainText))
        let citation = try #require(doc.citations.first { $0.target == c.target })
        #expect(citation.relation == c.relation)
    }
}
