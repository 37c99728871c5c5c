extension LanguageForms {
    /// Arabic: "إذ تشير إلى قراراتها 56/183 المؤرخ 21 كانون الأول/ديسمبر 2001 و 57/238 ...".
    /// Conjunctions, prepositions and the article are written glued to the word ("وبقراراتها"),
    /// and "its" is a suffix ("قرارها"), so keywords are found anywhere in a word.
    /// Part letters by their names, "ألف" A, "باء" B …; "ألف وباء" is A and B, the "و" glued.
    static let arabicParts: [(written: String, letter: String)] = [
        ("ألف", "A"), ("باء", "B"), ("جيم", "C"), ("دال", "D"), ("هاء", "E"), ("واو", "F"), ("زاي", "G"),
        ("حاء", "H"), ("طاء", "I"), ("ياء", "J"), ("كاف", "K"), ("لام", "L"),
    ]

    static let arabic = LanguageForms(
        language: .ar, order: .keywordFirst,
        keywords: [
            .init(written: "قرار", keyword: .resolution, reach: .anywhere),
            .init(written: "مقرر", keyword: .decision, reach: .anywhere),
        ],
        organs: [
            ("الجمعية العامة", .generalAssembly), ("الجمعية", .generalAssembly),
            ("مجلس الأمن", .securityCouncil),
            ("المجلس الاقتصادي والاجتماعي", .ecosoc),
            ("مجلس حقوق الإنسان", .humanRightsCouncil),
            ("لجنة وضع المرأة", .commission(series: "E/CN.6")),
            ("لجنة حقوق الإنسان", .commission(series: "E/CN.4")),
            ("لجنة المخدرات", .commission(series: "E/CN.7")),
            ("لجنة التنمية الاجتماعية", .commission(series: "E/CN.5")),
            ("لجنة السكان والتنمية", .commission(series: "E/CN.9")),
            ("لجنة منع الجريمة والعدالة الجنائية", .commission(series: "E/CN.15")),
            ("لجنة تسخير العلم والتكنولوجيا لأغراض التنمية", .commission(series: "E/CN.16")),
            ("اللجنة الإحصائية", .commission(series: "E/CN.3")),
            ("مجلس الوصاية", .external(name: "Trusteeship Council")),
            ("جمعية الصحة العالمية", .external(name: "World Health Assembly")),
            ("المؤتمر العام", .external(name: "General Conference")),
            ("المجلس التنفيذي", .external(name: "Executive Board")),
            ("مجلس المحافظين", .external(name: "Board of Governors")),
            ("المجلس", .council),
        ],
        organLinks: [],
        possessives: [],
        possessiveSuffixes: ["ها", "ه"],
        // "وكذلك" (and likewise) joins a list as "as well as" does; longest first, so it wins over "و".
        joiners: ["وكذلك", "وكذا", "و"],
        dateIntros: ["المؤرخ", "المؤرخة", "المؤرخين", "المؤرختين", "المؤرخات"],
        months: [["كانون الثاني/يناير", "يناير"], ["شباط/فبراير", "فبراير"], ["آذار/مارس", "مارس"],
                 ["نيسان/أبريل", "أبريل"], ["أيار/مايو", "مايو"], ["حزيران/يونيه", "حزيران/يونيو", "يونيه", "يونيو"],
                 ["تموز/يوليه", "تموز/يوليو", "يوليه", "يوليو"], ["آب/أغسطس", "أغسطس"], ["أيلول/سبتمبر", "سبتمبر"],
                 ["تشرين الأول/أكتوبر", "أكتوبر"], ["تشرين الثاني/نوفمبر", "نوفمبر"], ["كانون الأول/ديسمبر", "ديسمبر"]],
        subjectWords: ["بشأن", "المتعلق", "المتعلقة", "المتعلقان", "المتعلقتان", "المتعلقين", "المتعلقتين", "المتعلقات"],
        specifiers: ["ولا سيما", "لا سيما", "بما في ذلك", "بما فيها", "وبخاصة", "وخاصة", "ومنها", "وآخرها", "آخرها"],
        relativeWords: ["الذي", "التي", "والذي", "والتي", "اللذين", "اللتين", "اللذان", "اللتان"],
        // "والمعنون": the conjunction is written glued to the word.
        entitledWords: ["المعنون", "المعنونة", "المعنونين", "المعنونتين", "المعنونات", "والمعنون", "والمعنونة", "والمعنونين",
                        "والمعنونتين", "والمعنونات", "بعنوان"],
        annexWords: ["المرفق", "المرفقان", "المرفقات"],
        verbs: [
            ("إذ تشير", .recalls), ("تشير", .recalls), ("تذكر", .recalls),
            ("إذ تعيد تأكيد", .reaffirms), ("تعيد تأكيد", .reaffirms), ("تؤكد من جديد", .reaffirms),
            ("إذ تحيط علما", .takesNote), ("تحيط علما", .takesNote),
            ("إذ تلاحظ", .notes), ("تلاحظ", .notes),
            ("إذ ترحب", .welcomes), ("ترحب", .welcomes),
            ("تؤيد", .endorses), ("تعتمد", .adopts), ("توافق على", .approves),
            ("إذ تسلم", .recognizes), ("تسلم", .recognizes), ("تدين", .condemns),
            ("تقرر", .decides), ("تطلب", .requests),
            ("إذ تضع في اعتبارها", .references), ("وقد نظرت في", .references), ("عملا ب", .references), ("وفقا ل", .references),
        ],
        // The article glued to a keyword: "وكذلك القراران 28/6" is joined to the list before it.
        determiners: ["ال"],
        verbsGlued: true,
        ibid: ["المرجع نفسه"], officialRecords: ["الوثائق الرسمية"],
        reportWords: ["تقرير"],
        openings: [("إن الجمعية العامة", .generalAssembly), ("الجمعية العامة", .generalAssembly),
                   ("إن مجلس الأمن", .securityCouncil), ("إن المجلس الاقتصادي والاجتماعي", .ecosoc),
                   ("إن مجلس حقوق الإنسان", .humanRightsCouncil)],
        mastheads: ["الأمم المتحدة", "الجمعية العامة", "مجلس الأمن", "المجلس الاقتصادي والاجتماعي"],
        gluedPrefixes: ["و", "ل", "ب", "ف", "ك"],
        sessionPrefixes: [("دإط", "ES-"), ("دإ", "S-")],
        sessionWords: ["د"],
        partWords: arabicParts + arabicParts.map { ("و" + $0.written, $0.letter) },
        pinpointWords: ["الفقرة", "الفقرتان", "الفقرات", "الفرع"])
}
