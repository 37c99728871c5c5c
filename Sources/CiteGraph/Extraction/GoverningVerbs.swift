/// The verbs that open a resolution's clauses, and the relation each gives a citation.
///
/// Only the forms that govern a clause count ("Recalling", "recalls", "takes note
/// of", "We reaffirm"); participles used as adjectives ("endorsed by the General
/// Assembly", "adopted by the Summit") describe the cited document and are not
/// the citing body's act, so they are left out on purpose.
enum GoverningVerbs {
    static let lexicon: [(words: [UInt8], relation: Relation)] = {
        let table: [(String, Relation)] = [
            ("taking note", .takesNote), ("takes note", .takesNote), ("take note", .takesNote),
            ("having taken note", .takesNote), ("took note", .takesNote),
            ("recalling", .recalls), ("recalls", .recalls), ("recall", .recalls),
            ("reaffirming", .reaffirms), ("reaffirms", .reaffirms), ("reaffirm", .reaffirms),
            ("reiterating", .reaffirms), ("reiterates", .reaffirms), ("reiterate", .reaffirms),
            ("noting", .notes), ("notes", .notes),
            ("welcoming", .welcomes), ("welcomes", .welcomes), ("welcome", .welcomes),
            ("endorsing", .endorses), ("endorses", .endorses), ("endorse", .endorses),
            ("adopts", .adopts), ("adopting", .adopts), ("adopt", .adopts),
            ("approves", .approves), ("approving", .approves), ("approve", .approves),
            ("acknowledging", .acknowledges), ("acknowledges", .acknowledges), ("acknowledge", .acknowledges),
            ("recognizing", .recognizes), ("recognizes", .recognizes), ("recognize", .recognizes),
            ("recognising", .recognizes), ("recognises", .recognizes),
            ("condemning", .condemns), ("condemns", .condemns), ("condemn", .condemns),
            ("decides", .decides), ("deciding", .decides), ("decide", .decides),
            ("requests", .requests), ("requesting", .requests),
            ("bearing in mind", .references), ("guided by", .references), ("having considered", .references),
            ("having examined", .references), ("having regard to", .references),
            ("in accordance with", .references), ("pursuant to", .references),
        ]
        return table.map { ($0.0.bytes, $0.1) }
    }()

    /// The lexicon by first letter and length of first word, in lexicon order:
    /// `byShape[initial][length]`.
    ///
    /// An entry can only match a text word whose letters run exactly as long as the
    /// entry's first word: a longer run would put a letter where the entry has a
    /// space or its end, a shorter one a non-letter where the entry has a letter. So
    /// most words of a paragraph are dismissed by two table lookups, without
    /// comparing a single entry.
    static let byShape: [[[(words: [UInt8], relation: Relation)]]] = {
        let longest = lexicon.map { firstWordLength($0.words) }.max() ?? 0
        var table = [[[(words: [UInt8], relation: Relation)]]](repeating: .init(repeating: [], count: longest + 1), count: 26)
        for entry in lexicon { table[Int(entry.words[0] - 0x61)][firstWordLength(entry.words)].append(entry) }
        return table
    }()

    /// Bit `length` of `shapes[initial]` is set when `byShape[initial][length]` has
    /// entries: the test that dismisses a word, made without touching the nested arrays.
    static let shapes: [UInt32] = byShape.map { byLength in
        byLength.indices.reduce(0) { mask, length in byLength[length].isEmpty ? mask : mask | 1 << length }
    }

    private static func firstWordLength(_ words: [UInt8]) -> Int {
        words.firstIndex(of: Byte.space) ?? words.count
    }

    /// Clause verbs in `range`, in text order.
    static func scan(_ b: [UInt8], in range: Range<Int>) -> [(position: Int, relation: Relation)] {
        var out: [(Int, Relation)] = []
        var restore: (position: Int, relation: Relation)?
        let table = byShape, shapes = shapes
        b.withUnsafeBufferPointer { b in
            var i = range.lowerBound
            while i < range.upperBound {
                let c = Byte.lower(b[i])
                guard Byte.isLower(c), i == range.lowerBound || !Byte.isAlnum(b[i - 1]) else { i += 1; continue }
                var end = i + 1
                while end < range.upperBound, Byte.isAlnum(b[end]) { end += 1 }
                guard end - i < 32, shapes[Int(c - 0x61)] & 1 << (end - i) != 0 else { i = end; continue }
                let byLength = table[Int(c - 0x61)]
                let candidates = end - i < byLength.count ? byLength[end - i] : []
                if let hit = candidates.first(where: { i + $0.words.count <= range.upperBound && matchesWord($0.words, in: b, at: i) }) {
                    if !opensClause(hit.words, in: b, at: i, from: range.lowerBound) { i = end; continue }
                    if let r = restore {
                        if r.position < i { out.append(r) }
                        restore = nil
                    }
                    // "established pursuant to resolution 72/55,1 of ...": the phrase governs its
                    // own object only; after the next comma the clause's verb governs again.
                    if hit.words.first == UInt8(ascii: "p") || hit.words.first == UInt8(ascii: "i"),
                       scopedPhrases.contains(where: { $0 == hit.words }) {
                        var k = i + hit.words.count
                        // "in accordance with, inter alia, the outcome": the aside is no end of scope.
                        var a = k
                        while a < range.upperBound, b[a] == Byte.comma || Byte.isSpace(b[a]) { a += 1 }
                        if matchesWord(interAlia, in: b, at: a) {
                            k = a + 10
                            while k < range.upperBound, b[k] == Byte.comma || Byte.isSpace(b[k]) { k += 1 }
                        }
                        while k < range.upperBound, b[k] != Byte.comma, b[k] != Byte.semicolon { k += 1 }
                        // A marker glued after the clause's closing semicolon ("in accordance with
                        // the outcome of the Conference;12") belongs to the phrase's object, unless
                        // that object is a resolution or decision, itself the citation: then the
                        // note is the head noun's ("the report ... submitted pursuant to resolution
                        // 79/46;2"). After a comma the sentence goes on.
                        if k < range.upperBound, b[k] == Byte.semicolon, !mentionsResolution(b, a..<k) {
                            k += 1
                            while k < range.upperBound, Byte.isDigit(b[k]) { k += 1 }
                        }
                        if k < range.upperBound { restore = (k, out.last?.1 ?? .references) }
                    }
                    out.append((i, hit.relation))
                    i += hit.words.count
                    // The rest of the word the phrase ends in, as a word-by-word scan would skip it.
                    while i < range.upperBound, Byte.isAlnum(b[i]) { i += 1 }
                } else {
                    i = end
                }
            }
        }
        if let r = restore { out.append(r) }
        return out
    }

    /// Prepositional phrases that govern only their own object, up to the next comma.
    static let scopedPhrases: [[UInt8]] = ["pursuant to", "in accordance with"].map(\.bytes)
    static let interAlia: [UInt8] = "inter alia".bytes

    /// Words after which a participle still opens a clause: "..., and recalling also",
    /// "while noting", "thus welcoming".
    static let clauseLinks: Set<[UInt8]> = Set(["and", "also", "further", "furthermore", "while", "thus", "but", "or",
                                                "again", "once", "therefore", "hence", "similarly", "likewise",
                                                // "in this regard taking note", "in that context noting"
                                                "regard", "context", "respect", "particular", "addition"].map(\.bytes))

    /// Words after which a verb's form is a noun: "their requests", "the notes", "its welcome".
    static let determiners: Set<[UInt8]> = Set(["the", "a", "an", "its", "their", "his", "her", "our", "these", "those",
                                                "such", "any", "all", "of", "whose", "your", "my"].map(\.bytes))

    /// A participle ("requesting", "noting") governs only where it opens a clause: at the
    /// paragraph's start, after punctuation, or after a linking word. Right after a noun it
    /// describes that noun ("Member States requesting exemption"), as an adjective would.
    /// Finite forms ("requests") and phrases ("in accordance with") are not tested.
    /// A finite form right after a determiner is a noun ("in support of their requests").
    @inline(__always)
    private static func opensClause(_ words: [UInt8], in b: UnsafeBufferPointer<UInt8>, at i: Int, from start: Int) -> Bool {
        let first = words.firstIndex(of: Byte.space) ?? words.count
        let participle = first >= 4 && words[first - 3] == UInt8(ascii: "i") && words[first - 2] == UInt8(ascii: "n")
            && words[first - 1] == UInt8(ascii: "g")
        var e = i
        while e > start, Byte.isSpace(b[e - 1]) { e -= 1 }
        guard e > start else { return true }
        let p = b[e - 1]
        guard Byte.isAlpha(p) && p < 0x80 else { return true }   // punctuation, a quote, a marker digit
        var s = e
        while s > start, Byte.isAlpha(b[s - 1]) && b[s - 1] < 0x80 { s -= 1 }
        var word: [UInt8] = []
        word.reserveCapacity(e - s)
        for k in s..<e { word.append(Byte.lower(b[k])) }
        return participle ? clauseLinks.contains(word) : !determiners.contains(word)
    }

    /// Whether "resolution" or "decision" (any case, any number) stands in `r`.
    private static func mentionsResolution(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i + 8 <= r.upperBound {
            let c = Byte.lower(b[i])
            if c == UInt8(ascii: "r"), i + 10 <= r.upperBound, matchesPrefix(resolutionWord, in: b, at: i) { return true }
            if c == UInt8(ascii: "d"), matchesPrefix(decisionWord, in: b, at: i) { return true }
            i += 1
        }
        return false
    }

    private static let resolutionWord: [UInt8] = "resolution".bytes, decisionWord: [UInt8] = "decision".bytes

    @inline(__always)
    private static func matchesPrefix(_ w: [UInt8], in b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        for k in 0..<w.count where Byte.lower(b[i + k]) != w[k] { return false }
        return true
    }

    /// `Array.matchesWord` over a buffer: `words` (lower case) at `i`, case-insensitively,
    /// with no letter or digit right before or after it.
    @inline(__always)
    private static func matchesWord(_ words: [UInt8], in b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let end = i + words.count
        guard i >= 0, end <= b.count else { return false }
        for k in 0..<words.count where Byte.lower(b[i + k]) != words[k] { return false }
        if i > 0, Byte.isAlnum(b[i - 1]) { return false }
        if end < b.count, Byte.isAlnum(b[end]) { return false }
        return true
    }

    /// The relation of the last verb before `position`.
    static func relation(at position: Int, verbs: [(position: Int, relation: Relation)]) -> Relation {
        var lo = 0, hi = verbs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if verbs[mid].position < position { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? .references : verbs[lo - 1].relation
    }
}
