/// A language's table made ready for the scanner: every word folded (`FoldedText`),
/// lists longest first (so "ainsi que" wins over "et", "Conseil de sécurité" over
/// "Conseil"), keywords indexed by the bytes they may start with, and the prefilter's
/// lanes derived from the keywords, so a new form can never be missed by the filter.
struct CompiledForms: Sendable {
    typealias Word = [UInt8]
    struct Keyword: Sendable {
        var word: Word
        var keyword: CanonicalSymbol.Keyword
        var reach: LanguageForms.Reach
    }

    let forms: LanguageForms
    let keywords: [Keyword]
    /// `keywordsByFirst[byte]`: the keywords whose text may begin with that byte (either case).
    let keywordsByFirst: [[Int]]
    let organs: [(word: Word, organ: Organ)]
    let organLinks, agentLinks, possessives, possessiveSuffixes, joiners, dateIntros, dateFillers, dayOrdinals, yearWords,
        subjectWords, specifiers, relativeWords, entitledWords, attributives, determiners, sessionWords, pinpointWords, annexWords, ibid, reportWords, gluedPrefixes, mastheads,
        frontedPrepositions, listTails: [Word]
    let months: [(word: Word, month: Int)]
    let verbs: [(word: Word, relation: Relation)]
    let verbsByFirst: [[Int]]
    let openings: [(word: Word, organ: Organ)]
    let sessionPrefixes: [(word: Word, prefix: String)]
    let partWords: [(word: Word, letter: String)]
    let numberClose: Word?, numberOpen: Word?
    let dateMarkers: (year: Word, month: Word, day: Word)?
    let filter: LanguageFilter

    init(_ f: LanguageForms) {
        forms = f
        func words(_ list: [String]) -> [Word] {
            Array(Set(list.flatMap(Self.variants).map(FoldedText.fold))).sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        }
        func pairs<T>(_ list: [(String, T)]) -> [(word: Word, value: T)] {
            list.flatMap { w, v in Self.variants(w).map { (FoldedText.fold($0), v) } }.sorted { $0.0.count > $1.0.count }
        }
        keywords = f.keywords.map { Keyword(word: FoldedText.fold($0.written), keyword: $0.keyword, reach: $0.reach) }
            .sorted { $0.word.count > $1.word.count }
        var byFirst = [[Int]](repeating: [], count: 256)
        var lanes: [LanguageFilter.Lane] = []
        var starts: [(String, LanguageForms.Reach)] = f.keywords.map { ($0.written, $0.reach) }
        if f.order == .keywordLast, let close = f.numberClose { starts = [(close, .anywhere)] }
        for (k, kw) in keywords.enumerated() {
            for v in Self.cases(String(decoding: kw.word, as: UTF8.self)) {
                let first = Int(Array(v.utf8)[0])
                if !byFirst[first].contains(k) { byFirst[first].append(k) }
            }
        }
        for (written, reach) in starts {
            for v in Self.cases(written) { lanes.append(LanguageFilter.Lane(Array(v.utf8), anywhere: reach == .anywhere)) }
        }
        keywordsByFirst = byFirst
        organs = pairs(f.organs.map { ($0.written, $0.organ) }).map { ($0.word, $0.value) }
        organLinks = words(f.organLinks)
        agentLinks = words(f.agentLinks)
        possessives = words(f.possessives)
        frontedPrepositions = words(f.frontedPrepositions)
        listTails = words(f.listTails)
        possessiveSuffixes = words(f.possessiveSuffixes)
        joiners = words(f.joiners)
        dateIntros = words(f.dateIntros)
        dateFillers = words(f.dateFillers)
        dayOrdinals = words(f.dayOrdinals)
        yearWords = words(f.yearWords)
        subjectWords = words(f.subjectWords)
        specifiers = words(f.specifiers)
        relativeWords = words(f.relativeWords)
        entitledWords = words(f.entitledWords)
        attributives = words(f.attributives)
        sessionWords = words(f.sessionWords)
        pinpointWords = words(f.pinpointWords)
        partWords = f.partWords.map { (FoldedText.fold($0.written), $0.letter) }
        determiners = words(f.determiners)
        annexWords = words(f.annexWords)
        ibid = words(f.ibid)
        reportWords = words(f.reportWords)
        gluedPrefixes = words(f.gluedPrefixes)
        mastheads = words(f.mastheads)
        // "كانون الأول/ ديسمبر", "تشرين الثاني نوفمبر": a space may follow or replace the slash between a month's two names.
        months = pairs(f.months.enumerated().flatMap { m, names in
            names.flatMap { n in
                (n.contains("/") ? [n, n.replacingOccurrences(of: "/", with: "/ "), n.replacingOccurrences(of: "/", with: " ")] : [n]).map { ($0, m + 1) }
            }
        }).map { ($0.word, $0.value) }
        verbs = pairs(f.verbs.map { ($0.written, $0.relation) }).map { ($0.word, $0.value) }
        var vFirst = [[Int]](repeating: [], count: 256)
        for (k, v) in verbs.enumerated() { vFirst[Int(v.word[0])].append(k) }
        verbsByFirst = vFirst
        openings = pairs(f.openings.map { ($0.written, $0.organ) }).map { ($0.word, $0.value) }
        sessionPrefixes = f.sessionPrefixes.map { (FoldedText.fold($0.written), $0.prefix) }.sorted { $0.0.count > $1.0.count }
        numberClose = f.numberClose.map(FoldedText.fold)
        numberOpen = f.numberOpen.map(FoldedText.fold)
        dateMarkers = f.dateMarkers.map { (FoldedText.fold($0.year), FoldedText.fold($0.month), FoldedText.fold($0.day)) }
        filter = LanguageFilter(lanes: lanes)
    }

    /// A word as written and with the typographic apostrophe the UN's French texts use ("l’Assemblée").
    static func variants(_ s: String) -> [String] {
        s.contains("'") ? [s, s.replacingOccurrences(of: "'", with: "\u{2019}")] : [s]
    }

    /// A word in small letters and capitalised, as it may open a sentence or a note ("Résolution", "Резолюция").
    static func cases(_ s: String) -> [String] {
        let lower = s.lowercased()
        guard let first = lower.first else { return [lower] }
        let capital = first.uppercased() + lower.dropFirst()
        return capital == lower ? [lower] : [lower, capital]
    }

    static let all: [Language: CompiledForms] = Dictionary(uniqueKeysWithValues: LanguageForms.all.map { ($0.language, CompiledForms($0)) })

    static func of(_ language: Language) -> CompiledForms { all[language]! }
}

/// The block prefilter of `SegmentScanner` for a language with a table: the lanes where a
/// symbol may start (as in English), or where the first three bytes of a keyword (in
/// small letters or capitalised) stand. A keyword of reach `.word`/`.stem` also wants no
/// ASCII letter or digit before it; a keyword found anywhere (Arabic, Chinese) wants nothing.
struct LanguageFilter: Sendable {
    struct Lane: Sendable {
        /// Per byte of the three: the byte to compare with, and 0x20 where the byte is an ASCII
        /// letter (compared in either case), else 0.
        var bytes: (UInt8, UInt8, UInt8)
        var fold: (UInt8, UInt8, UInt8)
        var anywhere: Bool

        init(_ w: [UInt8], anywhere: Bool) {
            func at(_ k: Int) -> (UInt8, UInt8) {
                guard k < w.count else { return (0, 0) }
                let c = w[k]
                return Byte.isUpper(c) || Byte.isLower(c) ? (c | 0x20, 0x20) : (c, 0)
            }
            let a = at(0), b = at(1), c = at(2)
            bytes = (a.0, b.0, c.0)
            fold = (a.1, b.1, c.1)
            self.anywhere = anywhere
        }

        /// Whether the lane test holds at `p` byte by byte (the oracle of the block test).
        func holds(_ b: [UInt8], at p: Int) -> Bool {
            guard p + 2 < b.count else { return false }
            return b[p] | fold.0 == bytes.0 && b[p + 1] | fold.1 == bytes.1 && b[p + 2] | fold.2 == bytes.2
        }
    }

    let lanes: [Lane]

    /// The lanes of the 8 bytes at `p` where a symbol or a keyword may start.
    /// `p - 1` and the 9 bytes from `p + 1` must be readable.
    @inline(__always)
    func mayStart(_ p: UnsafePointer<UInt8>) -> UInt64 {
        let x = Block.load(p), next = Block.load(p + 1), after = Block.load(p + 2)
        var word = Block.inRange(x, 0x41, 0x5A)
            & (Block.inRange(next, 0x41, 0x5A) | Block.equal(next, Byte.slash) | Block.equal(next, Byte.hyphen))
        var anywhere: UInt64 = 0
        for lane in lanes {
            let m = Block.equalByte(x | UInt64(lane.fold.0) &* Block.ones, lane.bytes.0)
                & Block.equalByte(next | UInt64(lane.fold.1) &* Block.ones, lane.bytes.1)
                & Block.equalByte(after | UInt64(lane.fold.2) &* Block.ones, lane.bytes.2)
            if lane.anywhere { anywhere |= m } else { word |= m }
        }
        return word & ~Block.isASCIIAlnum(Block.load(p - 1)) | anywhere
    }
}
