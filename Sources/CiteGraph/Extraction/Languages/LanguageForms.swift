/// The words one language writes around UN symbols, as data: the grammar in
/// `LanguageScanner` reads these tables and has no vocabulary of its own, so a
/// seventh language is a new table, not new control flow.
///
/// Every form is written as the UN's editors write it; matching folds case
/// (Latin, Cyrillic), Arabic hamza seats on alef, and the two apostrophes.
struct LanguageForms: Sendable {
    /// Where the keyword stands relative to its numbers.
    enum Order: Sendable {
        /// "résolutions 56/183 et 57/238": keyword, then the list (French, Spanish, Russian, Arabic).
        case keywordFirst
        /// "第56/183号和第57/238号决议": the list, each number closed by a counter, then the keyword (Chinese).
        case keywordLast
    }

    /// How a keyword form is matched.
    enum Reach: Sendable {
        /// A whole word: no letter before or after ("résolution", "résolutions").
        case word
        /// A stem at a word's start, any letters after ("резолюци" of резолюция/резолюции/резолюциях).
        case stem
        /// Anywhere, glued prefixes and suffixes allowed (Arabic "وبقراراتها"; Chinese has no spaces).
        case anywhere
    }

    struct KeywordForm: Sendable {
        var written: String
        var keyword: CanonicalSymbol.Keyword
        var reach: Reach
    }

    var language: Language
    var order: Order
    var keywords: [KeywordForm]
    /// Organ names in every case the language inflects them in, each to its organ; longest first is not required.
    var organs: [(written: String, organ: Organ)]
    /// Words that stand between a keyword or a number and the organ it belongs to ("du", "de la", "del").
    var organLinks: [String]
    /// Words that introduce an organ as the agent of a participle ("décidée par le Conseil"): like
    /// the links, they make the organ a complement, not the subject "its" refers to.
    var agentLinks: [String] = []
    /// Possessives meaning "its" before the keyword ("ses", "sus", "свою"): the organ is the one
    /// the sentence names before, or the citing body.
    var possessives: [String]
    /// Prepositions of a phrase put before its clause's subject, with the possessive in it:
    /// "que dans sa résolution 42/22, le Conseil des droits de l'homme a …", "que en su
    /// resolución 42/22, el Consejo …", "что в своей резолюции 65/196 Генеральная Ассамблея …":
    /// the possessive is that subject's, named after the list.
    var frontedPrepositions: [String] = []
    /// Suffixes on the keyword meaning "its" (Arabic "قرارها").
    var possessiveSuffixes: [String] = []
    /// Words that join the items of a list ("et", "y", "и", "و", "和").
    var joiners: [String]
    /// Words that introduce an item's date ("du", "de", "от", "المؤرخ").
    var dateIntros: [String]
    /// Month names, January first, each with the spellings the language uses (a case, a second calendar name).
    var months: [[String]]
    /// Words between day, month and year ("de" in "21 de diciembre de 2001").
    var dateFillers: [String] = []
    /// Suffixes after a day number ("1er").
    var dayOrdinals: [String] = []
    /// Words after the year ("года", "г.").
    var yearWords: [String] = []
    /// Chinese dates "2001年12月21日": the year, month and day markers.
    var dateMarkers: (year: String, month: String, day: String)?
    /// Chinese: the counter that closes each number ("号") and the word that may open it ("第").
    var numberClose: String?
    var numberOpen: String?
    /// Words that tie a title or a date to the number after it (Chinese "的" in "题为“…”的第73/89号").
    var attributives: [String] = []
    /// Keyword last: what may stand, after a joiner, between a list's last number and the
    /// keyword, naming more of the same ("第74/120号和以往各项决议", "and the earlier resolutions").
    var listTails: [String] = []
    /// Words that introduce an item's subject, which the list may pass over ("sur", "relativa a").
    var subjectWords: [String] = []
    /// Words that name members of a set of resolutions just named ("notamment", "en particular",
    /// "в частности", "ولا سيما", "包括"): a keyword after one, with no organ of its own, is the
    /// set's organ ("les résolutions du Conseil des droits de l'homme, notamment la résolution 48/5").
    var specifiers: [String] = []
    /// Words that open a relative clause or a subject after an item, which the list passes over
    /// up to the comma or joiner before its next number ("58/293, dans laquelle elle a proclamé …, 62/200").
    var relativeWords: [String] = []
    /// Words that introduce an item's title in quotes ("intitulée", "titulada", "озаглавленную").
    var entitledWords: [String] = []
    /// Words after an item that the list passes over before going on ("annexe": "S-23/2, annexe, et S-23/3").
    var annexWords: [String] = []
    /// Clause verbs of preambular and operative paragraphs, each to the relation English gives it.
    var verbs: [(written: String, relation: Relation)]
    /// Words after which a verb's form is a noun ("la demande", "el informe"): no clause opens there.
    var determiners: [String] = []
    /// Whether verbs may be glued to what precedes them (Arabic "وإذ تشير", Chinese "又回顾").
    var verbsGlued = false
    /// "Ibid." in the language: a note that repeats the previous note's documents.
    var ibid: [String]
    /// "Official Records" as the language writes it at the head of a note.
    var officialRecords: [String]
    /// Words that make the header line's citations the report the resolution was adopted on ("rapport").
    var reportWords: [String]
    /// The line that opens the body ("L'Assemblée générale,"), to its organ.
    var openings: [(written: String, organ: Organ)]
    /// Masthead words beside the symbol on the first page ("Nations Unies", "Assemblée générale").
    var mastheads: [String]
    /// Letters glued before an organ's name (Arabic "و" and, "ل" of).
    var gluedPrefixes: [String] = []
    /// Special and emergency session prefixes as the language writes them, to the symbol's ("دإ-" → "S-").
    var sessionPrefixes: [(written: String, prefix: String)] = []
    /// Sessions written as a word and a number where English writes roman numerals: Arabic
    /// "2205 (د-21)" is 2205 (XXI).
    var sessionWords: [String] = []
    /// Part letters written as words: Arabic "3026 ألف (د-27)" is 3026 A (XXVII).
    var partWords: [(written: String, letter: String)] = []
    /// Words of a pinpoint a list passes over: "32/151، الفقرة 10، و 37/111", "paragraphe 5".
    var pinpointWords: [String] = []
}

extension LanguageForms {
    /// Every language with a table; English's vocabulary is the extractor's own (see `English.swift`).
    static let all: [LanguageForms] = [.english, .french, .spanish, .russian, .arabic, .chinese]

    static func forms(_ language: Language) -> LanguageForms {
        switch language {
        case .en: .english
        case .fr: .french
        case .es: .spanish
        case .ru: .russian
        case .ar: .arabic
        case .zh: .chinese
        }
    }
}
