/// Finds the citations written in one stretch of text (a paragraph, a footnote,
/// the header line): full symbols, and numbered resolutions and decisions after
/// "resolution(s)" / "decision(s)".
///
/// A bare "56/183" counts only inside a list opened by the keyword: that is
/// what tells a resolution from a page number "2/8", and "1325 (2000)" from
/// "general recommendation No. 39 (2022)" or "Treaty Series, vol. 382 (1960)".
struct SegmentScanner {
    struct Found {
        var range: Range<Int>
        var symbol: String
        var kind: CitationKind
        var adopted: String?
    }

    struct Unresolved {
        var range: Range<Int>
        var reason: String
    }

    var citingBody: Organ?
    /// The table of the text's language; nil for English, which this file's rules read.
    var forms: CompiledForms? = nil

    static let keywords: [(word: [UInt8], keyword: CanonicalSymbol.Keyword)] = ([
        ("resolutions", .resolution), ("resolution", .resolution),
        ("decisions", .decision), ("decision", .decision),
    ] as [(String, CanonicalSymbol.Keyword)]).map { ($0.0.bytes, $0.1) }

    func scan(_ b: [UInt8], _ range: Range<Int>, found: inout [Found], unresolved: inout [Unresolved]) {
        if let forms { return scanLanguage(b, range, forms, found: &found, unresolved: &unresolved) }
        var i = range.lowerBound
        let limit = range.upperBound
        var symbolEnd = -1
        b.withUnsafeBufferPointer { buffer in
        while i < limit {
            // To the next byte that could start a symbol or a keyword, a block at a time.
            if i > range.lowerBound, i + Block.width + 2 <= limit {
                let first = Block.firstSet(Self.mayStart(buffer.baseAddress! + i))
                i += first
                if first == Block.width { continue }
            }
            let c = b[i]
            if Byte.isUpper(c), let m = SymbolScanner.match(b, at: i, limit: limit) {
                if SymbolScanner.isOPCWSecretariatNote(b, m) {
                    unresolved.append(Unresolved(range: m.range, reason: "a document of the OPCW Technical Secretariat, outside the UN symbol system"))
                    i = m.range.upperBound
                    continue
                }
                i = explicit(b, m, limit: limit, into: &found)
                symbolEnd = i
                continue
            }
            if (c == UInt8(ascii: "r") || c == UInt8(ascii: "R") || c == UInt8(ascii: "d") || c == UInt8(ascii: "D")),
               i == range.lowerBound || !Byte.isAlnum(b[i - 1]),
               let kw = Self.keywords.first(where: { b.matchesWord($0.word, at: i) }) {
                // "document CBD/COP/15/17, decision 15/4": a decision inside the document just
                // named is a pinpoint of that document, not a decision of the citing organ.
                if symbolEnd >= 0, i - symbolEnd <= 3, b[symbolEnd..<i].allSatisfy({ $0 == Byte.comma || Byte.isSpace($0) }) {
                    var ignored: [Found] = [], ignoredLost: [Unresolved] = []
                    i = list(b, keywordAt: i, keyword: kw, range: range, into: &ignored, unresolved: &ignoredLost)
                    continue
                }
                i = list(b, keywordAt: i, keyword: kw, range: range, into: &found, unresolved: &unresolved)
                continue
            }
            i += 1
            // Neither a symbol nor a keyword starts inside a word (both want no letter or
            // digit before them), so the rest of the word is passed over at once.
            if Byte.isAlnum(c) { while i < limit, Byte.isAlnum(b[i]) { i += 1 } }
        }
        }
    }

    /// The lanes of the 8 bytes at `p` where a symbol or a keyword may start, with no
    /// letter or digit before: an upper-case letter followed by another, "/" or "-" (a
    /// series prefix: "A/", "ST/", "UN-HABITAT/"), or "res" or "dec" in any case
    /// ("resolution", "Decisions"). `p - 1` and the 9 bytes from `p + 1` must be readable.
    @inline(__always)
    static func mayStart(_ p: UnsafePointer<UInt8>) -> UInt64 {
        let lower = 0x20 &* Block.ones
        let x = Block.load(p), next = Block.load(p + 1), after = Block.load(p + 2)
        let symbol = Block.inRange(x, 0x41, 0x5A)
            & (Block.inRange(next, 0x41, 0x5A) | Block.equal(next, Byte.slash) | Block.equal(next, Byte.hyphen))
        let keyword = Block.equal(next | lower, UInt8(ascii: "e"))
            & (Block.equal(x | lower, UInt8(ascii: "r")) & Block.equal(after | lower, UInt8(ascii: "s"))
                | Block.equal(x | lower, UInt8(ascii: "d")) & Block.equal(after | lower, UInt8(ascii: "c")))
        return (symbol | keyword) & ~Block.isAlnum(Block.load(p - 1))
    }

    /// A full symbol, with "and Add.1" siblings and, for resolutions, a part letter and session or year.
    func explicit(_ b: [UInt8], _ m: SymbolScanner.Match, limit: Int, into found: inout [Found]) -> Int {
        var (symbol, kind) = CanonicalSymbol.classify(symbol: m.symbol)
        var end = m.range.upperBound
        if kind != .document, m.halves.count == 1 {
            // "A/RES/57/270 B", "S/RES/1325 (2000)", "A/RES/2200 A (XXI)".
            if let tail = ResolutionNumber.parseTail(b, at: end, limit: limit) {
                symbol += tail.text
                end = tail.end
            }
        }
        found.append(Found(range: m.range.lowerBound..<end, symbol: symbol, kind: kind, adopted: nil))
        for more in SymbolScanner.continuations(b, after: m, limit: limit) {
            found.append(Found(range: m.range.lowerBound..<more.end, symbol: more.symbol, kind: .document, adopted: nil))
            end = more.end
        }
        return end
    }

    /// "its resolutions 56/183 of 21 December 2001, 57/238 ... and 66/184 of 22 December 2011".
    private func list(_ b: [UInt8], keywordAt k: Int, keyword kw: (word: [UInt8], keyword: CanonicalSymbol.Keyword),
                      range: Range<Int>, into found: inout [Found], unresolved: inout [Unresolved]) -> Int {
        let limit = range.upperBound
        let organ = organBefore(b, keywordAt: k, range: range)
        var i = b.skipSpaces(from: k + kw.word.count, limit: limit)
        var items = 0
        while i < limit {
            guard let item = ResolutionNumber.parse(b, at: i, limit: limit) else { break }
            var end = item.range.upperBound
            // "of 21 December 2001": the cited resolution's date.
            var adopted: String?
            let of = b.skipSpaces(from: end, limit: limit)
            if b.matchesWord("of", at: of) {
                let d = b.skipSpaces(from: of + 2, limit: limit)
                if let date = Dates.dayMonthYear(in: b, at: d, limit: limit) { adopted = date.iso; end = date.end }
            }
            switch CanonicalSymbol.resolve(item, keyword: kw.keyword, organ: organ, citingBody: citingBody) {
            case .success(let targets):
                for t in targets {
                    found.append(Found(range: item.range.lowerBound..<end, symbol: t.symbol, kind: t.kind, adopted: adopted))
                }
            case .failure(let why):
                unresolved.append(Unresolved(range: k..<end, reason: why.reason))
            }
            items += 1
            // The list goes on after ",", "and", ", and" or "as well as".
            var j = b.skipSpaces(from: end, limit: limit)
            var separated = false
            if j < limit, b[j] == Byte.comma { j = b.skipSpaces(from: j + 1, limit: limit); separated = true }
            if b.matchesWord("and", at: j) { j = b.skipSpaces(from: j + 3, limit: limit); separated = true }
            else if b.matchesWord("as well as", at: j) { j = b.skipSpaces(from: j + 10, limit: limit); separated = true }
            else if !separated, let next = Self.afterSubject(b, at: j, limit: limit) { j = next; separated = true }
            guard separated, ResolutionNumber.parse(b, at: j, limit: limit) != nil else { return end }
            i = j
        }
        if items == 0 {
            noteUnnumbered(b, keywordAt: k, keyword: kw, organ: organ, limit: limit, into: &unresolved)
        }
        return max(i, k + kw.word.count)
    }

    /// "resolutions 63/71 of 2 December 2008 on the Convention on Cluster Munitions and
    /// 70/54 of ...": a list item may carry its subject, "on" and a name in words, before
    /// the list goes on with "and". Returns where the next item would stand (after "and"),
    /// or nil when `i` opens no such subject. The subject holds only words (no digits or
    /// punctuation), so a clause that goes on past the list is never crossed.
    static func afterSubject(_ b: [UInt8], at i: Int, limit: Int) -> Int? {
        guard b.matchesWord("on", at: i) else { return nil }
        var k = i + 2
        while k < limit, k - i < 160 {
            let c = b[k]
            if Byte.isSpace(c) {
                let w = b.skipSpaces(from: k, limit: limit)
                if b.matchesWord("and", at: w) {
                    let next = b.skipSpaces(from: w + 3, limit: limit)
                    if next < limit, Byte.isDigit(b[next]) { return next }
                }
                k = w
                continue
            }
            guard Byte.isAlpha(c) || c == Byte.hyphen else { return nil }
            k += 1
        }
        return nil
    }

    /// "resolution 25, annex I" of another organisation, "its decision that ...": a reference
    /// with no UN symbol, kept so that it is not lost silently.
    private func noteUnnumbered(_ b: [UInt8], keywordAt k: Int, keyword kw: (word: [UInt8], keyword: CanonicalSymbol.Keyword),
                                organ: Organ?, limit: Int, into unresolved: inout [Unresolved]) {
        let after = b.skipSpaces(from: k + kw.word.count, limit: limit)
        if let n = b.number(at: after, limit: limit, maxDigits: 4) {
            unresolved.append(Unresolved(range: k..<n.end, reason: "a resolution number outside the UN symbol system"))
            return
        }
        // "its decision that ..." with no number.
        if k >= 4, b.matches("its ", at: k - 4), b.matchesWord("that", at: after) {
            var e = after
            while e < limit, e - k < 120, b[e] != Byte.comma, b[e] != Byte.semicolon { e += 1 }
            // Cut a long clause at a word's end, not inside a word.
            if e < limit, Byte.isAlnum(b[e]) { while e > after, !Byte.isSpace(b[e - 1]) { e -= 1 }; while e > after, Byte.isSpace(b[e - 1]) { e -= 1 } }
            unresolved.append(Unresolved(range: k - 4..<e, reason: "a \(kw.keyword == .decision ? "decision" : "resolution") cited without its number"))
        }
    }

    /// Words that may stand between an organ's name and the keyword.
    static let beforeKeyword: Set<[UInt8]> = Set(["the", "relevant", "previous", "all", "other", "subsequent", "related",
                                                   "later", "earlier", "recent", "and"].map(\.bytes))

    /// The organ named right before the keyword ("Economic and Social Council resolutions"),
    /// or for "its resolution" the organ the sentence names before it.
    private func organBefore(_ b: [UInt8], keywordAt k: Int, range: Range<Int>) -> Organ? {
        var e = k
        while e > range.lowerBound, Byte.isSpace(b[e - 1]) { e -= 1 }
        if e >= range.lowerBound + 3, b.matchesWord("its", at: e - 3) {
            var s = e - 3
            // Back to the start of the sentence or clause.
            while s > range.lowerBound, b[s - 1] != Byte.semicolon, !(b[s - 1] == Byte.dot && s - 2 >= 0 && Byte.isLower(b[s - 2])) { s -= 1 }
            return Organ.lastNamed(in: b, from: s, to: e - 3)
        }
        // Skip "the" and adjectives such as "relevant", "previous", "all" between an organ and the keyword.
        var probe = e
        for _ in 0..<3 {
            if let hit = Organ.named(endingAt: probe, in: b, from: range.lowerBound) { return hit.organ }
            var s = probe
            while s > range.lowerBound, Byte.isAlpha(b[s - 1]) { s -= 1 }
            guard s < probe, Byte.isLower(b[s]) else { break }
            let word = b[s..<probe].map(Byte.lower)
            guard Self.beforeKeyword.contains(word) else { break }
            probe = s
            while probe > range.lowerBound, Byte.isSpace(b[probe - 1]) { probe -= 1 }
        }
        return nil
    }
}

extension ResolutionNumber {
    /// After an explicit "A/RES/57/270": a part letter and a session or year, " B", " (2000)", " A (XXI)".
    static func parseTail(_ b: [UInt8], at i: Int, limit: Int) -> (text: String, end: Int)? {
        var j = i
        var text = ""
        let s = b.skipSpaces(from: j, limit: limit)
        if s - j <= 1, let letters = partLetters(b, at: s, limit: limit) {
            text += " " + b.string(s..<letters)
            j = letters
        }
        let o = b.skipSpaces(from: j, limit: limit)
        if o - j <= 1, o < limit, b[o] == Byte.openParen {
            var k = o + 1
            while k < limit, k - o < 10, b[k] != Byte.closeParen { k += 1 }
            if k < limit, b[k] == Byte.closeParen {
                let inside = Array(b[(o + 1)..<k])
                if (inside.count == 4 && inside.allSatisfy(Byte.isDigit)) || isRomanSession(inside) {
                    text += " (" + String(decoding: inside, as: UTF8.self) + ")"
                    j = k + 1
                }
            }
        }
        return text.isEmpty ? nil : (text, j)
    }
}
