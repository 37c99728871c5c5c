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
        /// The item as the damaged print showed it ("S71 (1985)"), when it was repaired.
        var repaired: String? = nil
        /// A Council resolution cited by number alone ("resolution 687"): its year is
        /// found from the rest of the document or the Council's numbering.
        var yearless: Int? = nil
        /// Set where the span is a candidate the grammar rules out; never a citation.
        var rejection: Rejection? = nil
    }

    struct Unresolved {
        var range: Range<Int>
        var reason: String
    }

    var citingBody: Organ?
    /// The council an earlier paragraph named in full last, for "the Council" in a paragraph
    /// that names none ("… adopted by the Human Rights Council at its forty-seventh session"
    /// heading a section whose paragraph says "mandated by the Council in its resolutions 47/21").
    var priorCouncil: Organ? = nil
    /// The table of the text's language; nil for English, which this file's rules read.
    var forms: CompiledForms? = nil

    static let keywords: [(word: [UInt8], keyword: CanonicalSymbol.Keyword)] = ([
        ("resolutions", .resolution), ("resolution", .resolution),
        ("decisions", .decision), ("decision", .decision),
    ] as [(String, CanonicalSymbol.Keyword)]).map { ($0.0.bytes, $0.1) }

    func scan(_ b: [UInt8], _ range: Range<Int>, found: inout [Found], unresolved: inout [Unresolved]) {
        var visited = 0
        scan(b, range, found: &found, unresolved: &unresolved, visited: &visited)
    }

    /// `scan`, adding to `visited` the bytes its backward searches passed (`ExtractionWork`).
    func scan(_ b: [UInt8], _ range: Range<Int>, found: inout [Found], unresolved: inout [Unresolved], visited: inout Int) {
        if let forms { return scanLanguage(b, range, forms, found: &found, unresolved: &unresolved) }
        var i = range.lowerBound
        let limit = range.upperBound
        var symbolEnd = -1
        var clauses = ClauseOrgan(segment: range)
        var councils = LastCouncil(segment: range)
        /// The organ of the last list and where it ended, for a keyword that continues it.
        var carried: (organ: Organ, end: Int)?
        /// The last full symbol and where it ended, for "Supplement No. 53 (A/73/53), chap. IV,
        /// sect. A, resolution 37/17".
        var lastSymbol: (symbol: String, end: Int)?
        /// A set of resolutions named by its organ without numbers ("Human Rights Council
        /// resolutions on the topic"), for the keyword that picks members out of it.
        var antecedent: (organ: Organ, end: Int)?
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
                lastSymbol = (m.symbol, i)
                continue
            }
            if (c == UInt8(ascii: "r") || c == UInt8(ascii: "R") || c == UInt8(ascii: "d") || c == UInt8(ascii: "D")),
               i == range.lowerBound || !Byte.isAlnum(b[i - 1]),
               let kw = Self.keywords.first(where: { b.matchesWord($0.word, at: i) }) {
                // "document CBD/COP/15/17, decision 15/4": a decision inside the document just
                // named is a pinpoint of that document, not a decision of the citing organ.
                if symbolEnd >= 0, i - symbolEnd <= 3, b[symbolEnd..<i].allSatisfy({ $0 == Byte.comma || Byte.isSpace($0) }) {
                    var part: [Found] = [], partLost: [Unresolved] = []
                    var ignoredOrgan: Organ?
                    i = list(b, keywordAt: i, keyword: kw, range: range, clauses: &clauses, councils: &councils, listOrgan: &ignoredOrgan,
                             into: &part, unresolved: &partLost)
                    // Kept as rejected: the candidate is accounted for, and never cited.
                    for var p in part { p.rejection = .partOfNamedDocument; found.append(p) }
                    for l in partLost { found.append(Found(range: l.range, symbol: "", kind: .document, adopted: nil, rejection: .partOfNamedDocument)) }
                    continue
                }
                let inherited = carried.flatMap { Self.continuesList(b, from: $0.end, to: i) ? $0.organ : nil }
                    ?? antecedent.flatMap { Self.picksMembers(b, of: $0.end, keywordAt: i) ? $0.organ : nil }
                    ?? lastSymbol.flatMap { Self.inHumanRightsCouncilReport(b, $0.symbol, from: $0.end, keywordAt: i) ? .humanRightsCouncil : nil }
                var organ: Organ?
                let before = found.count, lostBefore = unresolved.count
                let keywordEnd = i + kw.word.count
                i = list(b, keywordAt: i, keyword: kw, range: range, clauses: &clauses, councils: &councils, inherited: inherited,
                         listOrgan: &organ, into: &found, unresolved: &unresolved)
                carried = organ.flatMap { o in found.count > before ? (o, i) : nil }
                if found.count == before, unresolved.count == lostBefore {
                    if let o = organ ?? Self.organOfSet(b, after: keywordEnd, limit: limit) { antecedent = (o, keywordEnd) }
                } else {
                    antecedent = nil
                }
                continue
            }
            i += 1
            // Neither a symbol nor a keyword starts inside a word (both want no letter or
            // digit before them), so the rest of the word is passed over at once.
            if Byte.isAlnum(c) { while i < limit, Byte.isAlnum(b[i]) { i += 1 } }
        }
        }
        visited += clauses.visited + councils.visited
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
    ///
    /// The grammar of a list, read item by item until it ends:
    ///
    ///     list    := item (joiner item)*
    ///     item    := number parts? (session | year)? trailer*
    ///     trailer := "of" day month year? | ", annex" | ", entitled “…”" | "(" symbol ")"
    ///     joiner  := "," | ";" | "and" | ", and" | "as well as" | "on" subject "and"
    ///
    /// Line and page breaks may stand anywhere (they are white space by now). In a list of
    /// Council resolutions ("number (year)") a damaged print is read too: a full stop for
    /// the comma ("432 (1978). 435 (1978)"), a comma lost ("450 (1979) 489 (1979)"), and
    /// digits misread (`DamagedCouncilNumber`).
    ///
    /// The organ is the one named before the keyword; failing that, the one of a list
    /// this one continues ("General Assembly resolution 50/81, annex, and resolution
    /// 62/126": `inherited`); and "in its resolution 59/209, the General Assembly …"
    /// names it after the list. `listOrgan` tells the caller which organ the list had.
    private func list(_ b: [UInt8], keywordAt k: Int, keyword kw: (word: [UInt8], keyword: CanonicalSymbol.Keyword),
                      range: Range<Int>, clauses: inout ClauseOrgan, councils: inout LastCouncil, inherited: Organ? = nil,
                      listOrgan: inout Organ?, into found: inout [Found], unresolved: inout [Unresolved]) -> Int {
        let limit = range.upperBound
        var organ = organBefore(b, keywordAt: k, range: range, clauses: &clauses)
        let possessive = Self.isPossessive(b, keywordAt: k, from: range.lowerBound)
        if organ == nil, !possessive { organ = inherited }
        // "Council resolution 45/8" after "the Human Rights Council": the council named last.
        let namedCouncil = organ == .council ? councils.named(before: k, in: b) ?? priorCouncil : nil
        var i = b.skipSpaces(from: k + kw.word.count, limit: limit)
        var items = 0
        var pending: [(item: ResolutionNumber, end: Int, adopted: String?, repaired: String?, subjects: [Found])] = []
        /// The titles of the items ("1992/22 …, entitled “Implementation of General Assembly
        /// resolution 46/152 …”"): what they cite is cited too, and they are read after the list.
        var titles: [Range<Int>] = []
        defer {
            for t in titles {
                let open = b.skipSpaces(from: t.lowerBound + (b.matchesWord("entitled", at: t.lowerBound) ? 8 : 0), limit: t.upperBound)
                scan(b, open..<t.upperBound, found: &found, unresolved: &unresolved)
            }
        }
        defer {
            // "in its resolution 59/209, the General Assembly": the subject after the list owns it.
            var owner = organ
            if possessive, let last = pending.last, let after = Self.organNamedAfter(b, at: last.end, limit: limit) { owner = after }
            listOrgan = owner
            for p in pending {
                var itemOrgan = owner
                if owner == .council, let namedCouncil, LastCouncil.fits(namedCouncil, p.item) { itemOrgan = namedCouncil }
                switch CanonicalSymbol.resolve(p.item, keyword: kw.keyword, organ: itemOrgan, citingBody: citingBody) {
                case .success(let targets):
                    for t in targets {
                        found.append(Found(range: p.item.range.lowerBound..<p.end, symbol: t.symbol, kind: t.kind, adopted: p.adopted,
                                           repaired: p.repaired))
                    }
                case .failure(let why):
                    unresolved.append(Unresolved(range: k..<p.end, reason: why.reason))
                }
                found += p.subjects
            }
        }
        while i < limit {
            var repaired: String?
            var parsed = ResolutionNumber.parse(b, at: i, limit: limit)
            if parsed == nil, kw.keyword == .resolution, let damaged = DamagedCouncilNumber.parse(b, at: i, limit: limit) {
                parsed = damaged.item
                repaired = damaged.printed
            }
            guard var item = parsed else { break }
            var end = item.range.upperBound
            var adopted: String?
            var subjects: [Found] = []
            trailers: while true {
                let t = b.skipSpaces(from: end, limit: limit)
                // "of 21 December 2001", "of 4 March": the cited resolution's date.
                if b.matchesWord("of", at: t), let date = Dates.dayMonth(in: b, at: b.skipSpaces(from: t + 2, limit: limit), limit: limit) {
                    var year = date.year
                    if year == nil, case .yearly(_, let y) = item.shape { year = y }
                    if let year { adopted = Dates.iso(year, date.month, date.day) }
                    end = date.end
                    continue
                }
                if b.matchesWord("of", at: t), let e = Dates.unreadDate(in: b, at: b.skipSpaces(from: t + 2, limit: limit), limit: limit) {
                    end = e
                    continue
                }
                // ", annex", ", annexes I and II": a part of the item, not the end of the list.
                if t < limit, b[t] == Byte.comma {
                    let w = b.skipSpaces(from: t + 1, limit: limit)
                    if b.matchesWord("annex", at: w) { end = w + 5; continue }
                    if let close = Self.entitled(b, at: w, limit: limit) { titles.append(w..<close); end = close; continue }
                }
                if let close = Self.entitled(b, at: t, limit: limit) { titles.append(t..<close); end = close; continue }
                // ", sect. III", ", para. 5": a pinpoint of the item (ListItemTrailers).
                if let p = Self.pinpoint(b, at: t, limit: limit) {
                    end = p
                    let c = b.skipSpaces(from: p, limit: limit)
                    if c < limit, b[c] == Byte.comma, b.matchesWord("of", at: b.skipSpaces(from: c + 1, limit: limit)) { end = c + 1 }
                    continue
                }
                // "on global solidarity ...", "in which it proclaimed ...": the item's description.
                if let d = Self.description(b, at: t, item: item, limit: limit) { end = d; continue }
                // "(S/24111)": the draft or report named beside the item.
                if t < limit, b[t] == Byte.openParen, t + 1 < limit, Byte.isUpper(b[t + 1]),
                   let m = SymbolScanner.match(b, at: t + 1, limit: limit), m.range.upperBound < limit, b[m.range.upperBound] == Byte.closeParen {
                    let (symbol, kind) = CanonicalSymbol.classify(symbol: m.symbol)
                    subjects.append(Found(range: m.range, symbol: symbol, kind: kind, adopted: nil))
                    end = m.range.upperBound + 1
                    continue
                }
                break
            }
            if case .yearly(let n, let y) = item.shape, kw.keyword == .resolution, let known = CouncilNumbering.year(of: n), known != y {
                // "274 (1959) of 11 December 1969": number and year disagree. The date settles
                // it where it agrees with the numbering; otherwise which is wrong is unknown.
                if let adopted, adopted.hasPrefix("\(known)-") {
                    repaired = repaired ?? b.string(item.range)
                    item.shape = ResolutionNumber.Shape.yearly(number: n, year: known)
                } else {
                    unresolved.append(Unresolved(range: item.range.lowerBound..<end,
                                                 reason: "Security Council resolution \(n) was adopted in \(known), not \(y): the print is damaged"))
                    items += 1
                    guard let next = Self.nextItem(b, after: end, item: item, limit: limit) else { return end }
                    i = next
                    continue
                }
            }
            pending.append((item, end, adopted, repaired, subjects))
            items += 1
            guard let next = Self.nextItem(b, after: end, item: item, limit: limit) else { return end }
            i = next
        }
        if items == 0 {
            noteUnnumbered(b, keywordAt: k, keyword: kw, organ: organ, limit: limit, into: &found, unresolved: &unresolved)
        }
        return max(i, k + kw.word.count)
    }

    /// "its resolution": the keyword after "its" (or "their").
    static func isPossessive(_ b: [UInt8], keywordAt k: Int, from start: Int) -> Bool {
        var e = k
        while e > start, Byte.isSpace(b[e - 1]) { e -= 1 }
        return e >= start + 3 && b.matchesWord("its", at: e - 3)
    }

    /// ", the General Assembly" right after a list: the organ that list's "its" stands for.
    static func organNamedAfter(_ b: [UInt8], at end: Int, limit: Int) -> Organ? {
        var i = b.skipSpaces(from: end, limit: limit)
        guard i < limit, b[i] == Byte.comma else { return nil }
        i = b.skipSpaces(from: i + 1, limit: limit)
        guard b.matchesWord("the", at: i) else { return nil }
        return Organ.fullName(at: b.skipSpaces(from: i + 3, limit: limit), in: b, limit: limit)?.organ
    }

    /// Whether the keyword at `k` points into the report of the Human Rights Council named just
    /// before it: "Official Records of the General Assembly, Seventy-third Session, Supplement
    /// No. 53 (A/73/53), chap. IV, sect. A, resolution 37/17". The Council reports to the
    /// Assembly as Supplement No. 53 (A/NN/53 and its addenda, A/NN/53/Add.1); the resolutions
    /// printed in it are the Council's. Only a pinpoint ("chap. IV, sect. A,") may stand between.
    static func inHumanRightsCouncilReport(_ b: [UInt8], _ symbol: String, from end: Int, keywordAt k: Int) -> Bool {
        guard k > end, k - end <= 40, isHumanRightsCouncilReport(symbol) else { return false }
        let words: Set<String> = ["chap.", "chapter", "sect.", "section", "annex", "part", "para.", "paras."]
        let between = b.string(end..<k).split(whereSeparator: { $0 == " " || $0 == "," || $0 == ")" || $0 == "\n" })
        return between.allSatisfy { w in
            words.contains(w.lowercased()) || w.count <= 5 && w.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "." }
        }
    }

    /// Whether `symbol` is the Human Rights Council's report to the Assembly, Supplement No. 53
    /// of its session's Official Records (A/73/53, A/73/53/Add.1): the resolutions it prints are the Council's.
    static func isHumanRightsCouncilReport(_ symbol: String) -> Bool {
        let parts = symbol.split(separator: "/")
        return parts.count >= 3 && parts[0] == "A" && Int(parts[1]) != nil && parts[2] == "53"
            && (parts.count == 3 || parts.count == 4 && parts[3].hasPrefix("Add."))
    }

    /// Words that pick members out of a set named just before: "Human Rights Council
    /// resolutions on the topic, including resolutions 19/11 …", "the resolutions and decisions
    /// of the Human Rights Council, the most recent of which being resolutions 47/1 …".
    static let memberPickers: [StaticString] = [
        "including", "in particular", "inter alia", "notably", "most notably", "most recently", "recently",
        "the most recent of which being", "the most recent of which", "the most recent being", "the latest being",
        "the latest of which", "such as", "namely", "especially", "particularly", "among them", "among which",
    ]

    /// Whether the keyword at `k` picks members out of the set whose keyword ended at `end`:
    /// one of `memberPickers` (and perhaps a comma) right before it, in the same clause (no
    /// ";" or sentence end between), within 400 bytes.
    static func picksMembers(_ b: [UInt8], of end: Int, keywordAt k: Int) -> Bool {
        guard k > end, k - end <= 400 else { return false }
        var e = k
        while e > end, Byte.isSpace(b[e - 1]) || b[e - 1] == Byte.comma { e -= 1 }
        guard memberPickers.contains(where: { e - $0.utf8CodeUnitCount >= end && b.matchesWord($0, at: e - $0.utf8CodeUnitCount) }) else { return false }
        for j in end..<e {
            if b[j] == Byte.semicolon { return false }
            if b[j] == Byte.dot, j + 1 < e, Byte.isSpace(b[j + 1]), j > 0, Byte.isLower(b[j - 1]) { return false }
        }
        return true
    }

    /// The organ a set of resolutions is "of" or "adopted by", named after its keyword: "the
    /// resolutions and decisions of the Human Rights Council", "relevant resolutions adopted by
    /// the Human Rights Council", "the resolutions of the tenth emergency special session of
    /// the General Assembly". Read up to the clause's next comma, ";" or full stop (100 bytes).
    static func organOfSet(_ b: [UInt8], after e: Int, limit: Int) -> Organ? {
        var i = b.skipSpaces(from: e, limit: limit)
        guard b.matchesWord("of", at: i) || b.matchesWord("adopted", at: i) || b.matchesWord("and", at: i) || b.matchesWord("by", at: i) else { return nil }
        let stop = min(limit, i + 100)
        while i < stop {
            let c = b[i]
            if c == Byte.comma || c == Byte.semicolon || c == Byte.dot || c == Byte.openParen || Byte.isDigit(c) { return nil }
            if c == UInt8(ascii: "t"), b.matchesWord("the", at: i) {
                if let named = Organ.fullName(at: b.skipSpaces(from: i + 3, limit: limit), in: b, limit: limit) { return named.organ }
            }
            i += 1
        }
        return nil
    }

    /// Whether only joiners (",", "and", "as well as") stand between `end` and `k`: the
    /// keyword at `k` continues the list that ended at `end`. A footnote marker glued to the
    /// last item's year or to the comma after it ("decision 18/120 of 30 September 20111 and
    /// resolutions 24/14", "24/33 of 27 September 2013,12 as well as resolutions 28/6") is no
    /// word between them.
    static func continuesList(_ b: [UInt8], from end: Int, to k: Int) -> Bool {
        var i = end
        var joined = false
        // "2493 (2019) of 29 October 2019 on women and peace and security and resolutions 1882
        // (2009)": the last item's subject, words only, ending in a joiner or a comma.
        let on = b.skipSpaces(from: end, limit: k)
        if b.matchesWord("on", at: on), k - on <= 200 {
            var e = on + 2
            while e < k, Byte.isAlpha(b[e]) || Byte.isSpace(b[e]) || b[e] == Byte.hyphen { e += 1 }
            var w = e
            while w > on, Byte.isSpace(b[w - 1]) { w -= 1 }
            if e == k, w >= 3, b.matchesWord("and", at: w - 3) { return true }
            if e < k, b[e] == Byte.comma { i = e }
        }
        while i < k {
            if Byte.isDigit(b[i]), i > 0, b[i - 1] == Byte.comma || (i == end && Byte.isDigit(b[i - 1])) {
                var e = i
                while e < k, Byte.isDigit(b[e]) { e += 1 }
                if e - i <= 3, e < k, Byte.isSpace(b[e]) || b[e] == Byte.comma { i = e; continue }
                return false
            }
            if Byte.isSpace(b[i]) || b[i] == Byte.comma { joined = joined || b[i] == Byte.comma; i += 1; continue }
            if b.matchesWord("and", at: i) { i += 3; joined = true; continue }
            if b.matchesWord("as", at: i) || b.matchesWord("well", at: i) { i += b.matchesWord("as", at: i) ? 2 : 4; joined = true; continue }
            return false
        }
        return joined
    }

    /// Where the list's next item stands after a joiner at `end`, or nil where the list ends.
    static func nextItem(_ b: [UInt8], after end: Int, item: ResolutionNumber, limit: Int) -> Int? {
        var j = b.skipSpaces(from: Self.afterGluedMarker(b, at: end, limit: limit), limit: limit)
        var separated = false
        var council = false
        if case .yearly = item.shape { council = true }
        if j < limit, b[j] == Byte.comma || b[j] == Byte.semicolon {
            j = b.skipSpaces(from: Self.afterGluedMarker(b, at: j + 1, limit: limit), limit: limit)
            separated = true
        }
        else if council, j < limit, b[j] == Byte.dot, j > end || b.skipSpaces(from: j + 1, limit: limit) > j + 1 {
            // "432 (1978). 435 (1978)", "539 (1983). and 566 (1985)": a full stop for a comma,
            // only before another Council item.
            var n = b.skipSpaces(from: j + 1, limit: limit)
            if b.matchesWord("and", at: n) { n = b.skipSpaces(from: n + 3, limit: limit) }
            if Self.isCouncilItem(b, at: n, limit: limit) { return n }
            return nil
        }
        if b.matchesWord("and", at: j) { j = b.skipSpaces(from: j + 3, limit: limit); separated = true }
        else if let e = Self.phrase(["as", "well", "as"], in: b, at: j, limit: limit) { j = b.skipSpaces(from: e, limit: limit); separated = true }
        else if !separated, let next = Self.afterSubject(b, at: j, limit: limit) { j = next; separated = true }
        if separated {
            if ResolutionNumber.parse(b, at: j, limit: limit) != nil { return j }
            if council, DamagedCouncilNumber.parse(b, at: j, limit: limit) != nil { return j }
            return nil
        }
        // "450 (1979) 489 (1979)": the comma lost between two Council items.
        if council, j > end, Self.isCouncilItem(b, at: j, limit: limit) { return j }
        return nil
    }

    /// Past a footnote marker glued to what ends at `i`: one to three digits right after a
    /// year or a comma and before a space or a joiner. The Official Records put the
    /// marker of a cited resolution's note after its date, before the comma or after it
    /// ("27/13 of 25 September 2014,1 30/4 of 1 October 2015,2 ..."), and the list goes on
    /// past it. `i` itself where no marker stands.
    static func afterGluedMarker(_ b: [UInt8], at i: Int, limit: Int) -> Int {
        guard i > 0, i < limit, Byte.isDigit(b[i]), b[i - 1] == Byte.comma || Byte.isDigit(b[i - 1]) else { return i }
        var e = i
        while e < limit, Byte.isDigit(b[e]), e - i < 4 { e += 1 }
        guard e - i <= 3, e < limit, Byte.isSpace(b[e]) || b[e] == Byte.comma || b[e] == Byte.semicolon else { return i }
        // After a comma the digits are a marker only when an item follows them: "March,187 (1964)"
        // is a list with a space lost, not a marker.
        if b[i - 1] == Byte.comma {
            var n = b.skipSpaces(from: e, limit: limit)
            if b.matchesWord("and", at: n) { n = b.skipSpaces(from: n + 3, limit: limit) }
            if ResolutionNumber.parse(b, at: n, limit: limit) == nil { return i }
        }
        return e
    }

    /// The end of the words of `words` at `i`, with any run of white space (a line or page
    /// break) between them; nil where they do not stand there.
    static func phrase(_ words: [StaticString], in b: [UInt8], at i: Int, limit: Int) -> Int? {
        var j = i
        for (k, w) in words.enumerated() {
            if k > 0 {
                let s = b.skipSpaces(from: j, limit: limit)
                guard s > j else { return nil }
                j = s
            }
            guard b.matchesWord(w, at: j) else { return nil }
            j += w.utf8CodeUnitCount
        }
        return j
    }

    /// Whether a Council item ("489 (1979)", damaged or not) stands at `i`.
    static func isCouncilItem(_ b: [UInt8], at i: Int, limit: Int) -> Bool {
        if let item = ResolutionNumber.parse(b, at: i, limit: limit), case .yearly = item.shape { return true }
        return DamagedCouncilNumber.parse(b, at: i, limit: limit) != nil
    }

    /// "entitled “Question of …”" (curly or straight quotation marks) at `i`: the end of
    /// the closing quotation mark, or nil.
    static func entitled(_ b: [UInt8], at i: Int, limit: Int) -> Int? {
        guard b.matchesWord("entitled", at: i) else { return nil }
        let q = b.skipSpaces(from: i + 8, limit: limit)
        let straight = UInt8(ascii: "\"")
        var e: Int
        if q < limit, b[q] == straight { e = q + 1 }
        else if q + 2 < limit, b[q] == 0xE2, b[q + 1] == 0x80, b[q + 2] == 0x9C { e = q + 3 }
        else { return nil }
        while e < limit, e - q < 400 {
            if b[e] == straight { return e + 1 }
            if b[e] == 0xE2, e + 2 < limit, b[e + 1] == 0x80, b[e + 2] == 0x9D { return e + 3 }
            e += 1
        }
        return nil
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
    /// with no UN symbol, kept so that it is not lost silently. A Council resolution cited
    /// by its number alone ("Security Council resolution 1051", in a Council text "its
    /// resolution 687 as it relates to …") is a citation whose year the document or the
    /// Council's numbering gives (`Found.yearless`).
    private func noteUnnumbered(_ b: [UInt8], keywordAt k: Int, keyword kw: (word: [UInt8], keyword: CanonicalSymbol.Keyword),
                                organ: Organ?, limit: Int, into found: inout [Found], unresolved: inout [Unresolved]) {
        let after = b.skipSpaces(from: k + kw.word.count, limit: limit)
        if let n = b.number(at: after, limit: limit, maxDigits: 4) {
            let council = organ == .securityCouncil || (organ == nil || organ == .council) && citingBody == .securityCouncil
            // A number with a slash, a dot or a letter glued on is some other series ("14/221", "67.1").
            let clean = n.end == limit || !(b[n.end] == Byte.slash || b[n.end] == Byte.dot && n.end + 1 < limit && Byte.isDigit(b[n.end + 1]) || Byte.isAlpha(b[n.end]))
            if council, kw.keyword == .resolution, clean, n.value > 0 {
                found.append(Found(range: after..<n.end, symbol: "S/RES/\(n.value)", kind: .scResolution, adopted: nil, yearless: n.value))
                return
            }
            let reason: String
            switch organ {
            case .external(let name): reason = "a resolution of the \(name), outside the UN symbol system"
            case .commission(let series): reason = "a resolution of the commission (\(series)) numbered outside its series"
            default: reason = "a resolution number with no session or year, which no GA, ECOSOC or HRC series uses"
            }
            unresolved.append(Unresolved(range: k..<n.end, reason: reason))
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
    /// or for "its resolution" the organ the sentence or clause names before it (`clauses`
    /// carries that forward, so a long clause is not scanned again for each "its").
    private func organBefore(_ b: [UInt8], keywordAt k: Int, range: Range<Int>, clauses: inout ClauseOrgan) -> Organ? {
        var e = k
        while e > range.lowerBound, Byte.isSpace(b[e - 1]) { e -= 1 }
        if e >= range.lowerBound + 3, b.matchesWord("its", at: e - 3) {
            return clauses.named(before: e - 3, in: b)
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
