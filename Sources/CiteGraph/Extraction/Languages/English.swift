extension LanguageForms {
    /// English, the language the extractor was first written for. Its tables are the ones
    /// the English scanner reads (`SegmentScanner.keywords`, `Organ.names`,
    /// `GoverningVerbs.lexicon`, `Dates.months`), restated here so that every language has an
    /// entry; English texts still run the English scanner, whose hand-tuned filter and
    /// list rules ("afterSubject", pinpoints of a named document) the corpus figures rest on.
    static let english = LanguageForms(
        language: .en, order: .keywordFirst,
        keywords: SegmentScanner.keywords.map { .init(written: String(decoding: $0.word, as: UTF8.self), keyword: $0.keyword, reach: .word) },
        organs: Organ.names.map { (String(decoding: $0.name, as: UTF8.self), $0.organ) },
        organLinks: [],
        possessives: ["its"],
        joiners: ["as well as", "and"],
        dateIntros: ["of"],
        months: Dates.months.map { [String(decoding: $0, as: UTF8.self)] },
        subjectWords: ["on"],
        entitledWords: ["entitled"],
        annexWords: ["annex"],
        verbs: GoverningVerbs.lexicon.map { (String(decoding: $0.words, as: UTF8.self), $0.relation) },
        ibid: ["ibid."], officialRecords: ["official records"],
        reportWords: ["report"],
        openings: DocumentIdentity.openings.map { ($0.0, $0.1) },
        mastheads: ["United Nations", "General Assembly", "Security Council", "Economic and Social Council"])
}
