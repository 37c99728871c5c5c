/// `SegmentScanner` for a language with a table (`LanguageForms`): the same two kinds of
/// citation, full symbols and numbers after a keyword, read by one grammar whose words
/// all come from the table.
///
/// Keyword first (French, Spanish, Russian, Arabic): keyword, [organ], item, trailers
/// (date, organ, title, annex), then a joiner and the next item. Keyword last (Chinese):
/// [organ] [date] [第] number 号, joiner, …, keyword; read back from the keyword.
extension SegmentScanner {
    func scanLanguage(_ b: [UInt8], _ range: Range<Int>, _ forms: CompiledForms,
                      found: inout [Found], unresolved: inout [Unresolved]) {
        var i = range.lowerBound
        let limit = range.upperBound
        let filter = forms.filter
        var previous: (end: Int, organ: Organ?)?
        var lists = ListContext()
        b.withUnsafeBufferPointer { buffer in
            while i < limit {
                if i > range.lowerBound, i + Block.width + 2 <= limit {
                    let first = Block.firstSet(filter.mayStart(buffer.baseAddress! + i))
                    i += first
                    if first == Block.width { continue }
                }
                let c = b[i]
                if Byte.isUpper(c), let m = SymbolScanner.match(b, at: i, limit: limit, gluedToCJK: true) {
                    if SymbolScanner.isOPCWSecretariatNote(b, m) {
                        unresolved.append(Unresolved(range: m.range, reason: "a document of the OPCW Technical Secretariat, outside the UN symbol system"))
                        i = m.range.upperBound
                        continue
                    }
                    i = explicit(b, m, limit: limit, into: &found)
                    if SegmentScanner.isHumanRightsCouncilReport(m.symbol) { lists.councilReportEnd = i }
                    continue
                }
                if forms.forms.order == .keywordLast {
                    if let close = forms.numberClose, FoldedText.matches(buffer, close, at: i, limit: limit) {
                        i = listBackward(buffer, b, closeAt: i, range: range, forms, previous: &previous, into: &found, unresolved: &unresolved)
                        continue
                    }
                } else if let kw = keyword(buffer, at: i, range: range, forms) {
                    i = listForward(buffer, b, keyword: kw, range: range, forms, context: &lists, into: &found, unresolved: &unresolved)
                    continue
                }
                i += 1
                if c < 0x80, Byte.isAlnum(c) { while i < limit, b[i] < 0x80, Byte.isAlnum(b[i]) { i += 1 } }
            }
        }
    }

    struct KeywordHit {
        var start: Int
        /// The end of the word the keyword stands in (past an inflection or a suffix).
        var end: Int
        var keyword: CanonicalSymbol.Keyword
        /// "its": a possessive before it or a possessive suffix on it.
        var its: Bool
    }

    /// The keyword of the table that stands at `i`, if one does.
    func keyword(_ b: UnsafeBufferPointer<UInt8>, at i: Int, range: Range<Int>, _ forms: CompiledForms) -> KeywordHit? {
        let limit = range.upperBound
        for k in forms.keywordsByFirst[Int(b[i])] {
            let kw = forms.keywords[k]
            guard FoldedText.matches(b, kw.word, at: i, limit: limit) else { continue }
            if kw.reach != .anywhere, !FoldedText.isWordStart(b, at: i, from: range.lowerBound) { continue }
            var end = i + kw.word.count
            if kw.reach == .word, FoldedText.isLetter(b, at: end, limit: limit) { continue }
            while end < limit, FoldedText.isLetter(b, at: end, limit: limit) { end += 1 }
            var its = forms.possessiveSuffixes.contains { s in
                end - s.count >= i + kw.word.count && FoldedText.matches(b, s, at: end - s.count, limit: limit)
            }
            if !its, !forms.possessives.isEmpty {
                var e = i
                while e > range.lowerBound, Byte.isSpace(b[e - 1]) { e -= 1 }
                its = forms.possessives.contains { p in
                    e - p.count >= range.lowerBound && FoldedText.matches(b, p, at: e - p.count, limit: e)
                        && FoldedText.isWordStart(b, at: e - p.count, from: range.lowerBound)
                }
            }
            return KeywordHit(start: i, end: end, keyword: kw.keyword, its: its)
        }
        return nil
    }

    /// The last keyword of the segment that no number followed: it names a set ("les résolutions
    /// du Conseil des droits de l'homme"), whose members a specifier may list after it.
    struct SetKeyword {
        var start: Int
        var end: Int
    }

    /// What earlier lists of the segment leave for later keywords: the last set named, and the
    /// end and organ of the last list whose organ was written (another body's than the Assembly's).
    struct ListContext {
        var set: SetKeyword?
        var list: (end: Int, organ: Organ)?
        /// Where the last report of the Human Rights Council (A/73/53) ended: "Supplément no 53
        /// (A/73/53), chap. IV, sect. A, résolution 37/17" cites a resolution printed in it.
        var councilReportEnd: Int?
    }

    /// One item read, with the organ named after it, if any.
    private struct Item {
        var number: ResolutionNumber
        var end: Int
        var adopted: String?
        var organ: Organ?
    }

    /// "résolutions 242 (1967) du 22 novembre 1967, 338 (1973) … et 2334 (2016) du Conseil de sécurité".
    private func listForward(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], keyword kw: KeywordHit, range: Range<Int>,
                             _ forms: CompiledForms, context: inout ListContext,
                             into found: inout [Found], unresolved: inout [Unresolved]) -> Int {
        let limit = range.upperBound
        let set = context.set
        var j = b.skipSpaces(from: kw.end, limit: limit)
        // "la résolution du Conseil des droits de l'homme 5/1", "قرار مجلس حقوق الإنسان 5/1".
        var leading: Organ?
        if let o = organ(buf, at: j, range: range, forms) {
            leading = o.organ
            j = b.skipSpaces(from: o.end, limit: limit)
        }
        var items: [Item] = []
        while j < limit, var item = self.item(buf, b, at: j, limit: limit, forms) {
            trailers(buf, b, &item, range: range, forms)
            items.append(item)
            guard let next = joined(buf, b, after: item.end, range: range, forms) else { break }
            j = next
        }
        guard !items.isEmpty else {
            context.set = SetKeyword(start: kw.start, end: kw.end)
            return kw.end
        }
        var organ = leading
        // "las resoluciones del Consejo 24/14": the council the sentence named in full before.
        if case .council? = leading, let named = namedCouncil(buf, before: kw.start, range: range, forms) { organ = named }
        // Organs to try, in order, for an item whose number no series of the first one has.
        var alternatives: [Organ?] = []
        // "que dans sa résolution 42/22 du 26 septembre 2019, le Conseil des droits de l'homme a …":
        // in a phrase put before its clause's subject, "its" is that subject's.
        if organ == nil, kw.its, let subject = frontedSubject(buf, b, after: items.last!.end, possessiveBefore: kw.start, range: range, forms) {
            organ = subject
            alternatives = [nil]
        }
        if organ == nil, kw.its {
            // "its" is the subject's: an organ named as a complement ("celles du Conseil économique et
            // social", "de l'Assemblée") is not; failing the subject, the citing body, then any organ named.
            // After a joiner and a clause verb ("et réaffirmant sa résolution 73/183") "its" is the
            // citing body's: the verb is coordinated with the paragraph's own, whose subject it is.
            // After a joiner alone ("…, par laquelle elle a institué le Conseil des droits de l'homme,
            // et sa résolution 65/281") an organ inside a relative clause closed before is not its subject.
            let any = lastOrgan(buf, before: kw.start, range: range, forms)
            let coordination = coordinationBefore(buf, possessiveBefore: kw.start, range: range, forms)
            if coordination != .joinerAndVerb {
                organ = lastOrgan(buf, before: kw.start, range: range, forms, subjectOnly: !forms.organLinks.isEmpty,
                                  outsideClosedRelatives: coordination == .joiner)
            }
            alternatives = [nil, any].filter { $0 != organ }
        }
        // "la résolution 45/22 du Conseil": the council the sentence named in full before.
        if organ == nil, items.contains(where: { if case .council? = $0.organ { true } else { false } }),
           let named = namedCouncil(buf, before: kw.start, range: range, forms) {
            organ = named
        }
        // "принятую 1 июля 2016 года Советом по правам человека резолюцию 32/19": an organ named
        // right before the keyword (the agent, in the instrumental) is the keyword's, as English's
        // "Human Rights Council resolution 32/19". Not the Assembly, not a bare "Council".
        if organ == nil, !kw.its, forms.forms.order == .keywordFirst, items.allSatisfy({ $0.organ == nil }) {
            var e = kw.start
            while e > range.lowerBound, Byte.isSpace(b[e - 1]) { e -= 1 }
            if e < kw.start, let o = forms.organs.first(where: { w, _ in
                e - w.count >= range.lowerBound && FoldedText.matches(buf, w, at: e - w.count, limit: e)
                    && FoldedText.isWordStart(buf, at: e - w.count, from: range.lowerBound) })?.organ {
                switch o {
                case .council, .generalAssembly: break
                default:
                    organ = o
                    alternatives = [nil]
                }
            }
        }
        // "les résolutions du Conseil des droits de l'homme, notamment la résolution 48/5": the set's organ.
        if organ == nil, !kw.its, items.allSatisfy({ $0.organ == nil }),
           let setOrgan = specifiedOrgan(buf, b, keywordAt: kw.start, set: set, range: range, forms) {
            organ = setOrgan
            alternatives = [nil]
        }
        // "la décision 18/120 du Conseil des droits de l'homme, en date du 30 septembre 2011, et les
        // résolutions 24/14 …": a keyword joined to the list before it, with no organ of its own, is that list's.
        if organ == nil, !kw.its, items.allSatisfy({ $0.organ == nil }), let last = context.list,
           coordinated(buf, b, from: last.end, keywordAt: kw.start, range: range, forms) {
            organ = last.organ
            alternatives = [nil]
        }
        // "(A/73/53), гл. IV, разд. A, резолюция 37/17": a resolution printed in the Council's
        // report, pinpointed by its chapter and section (no other symbol or clause between).
        if organ == nil, !kw.its, items.allSatisfy({ $0.organ == nil }), let r = context.councilReportEnd, r <= kw.start,
           kw.start - r <= 90, !b[r..<kw.start].contains(where: { $0 == Byte.slash || $0 == Byte.semicolon || $0 == Byte.newline }) {
            organ = .humanRightsCouncil
            alternatives = [nil]
        }
        resolve(items, keyword: kw.keyword, listStart: kw.start, fallback: organ, alternatives: alternatives,
                into: &found, unresolved: &unresolved)
        let written = items.last(where: { $0.organ != nil })?.organ ?? leading
        if let o = written.map({ o -> Organ in if case .council = o, let f = organ { f } else { o } }), o != .generalAssembly {
            context.list = (items.last!.end, o)
        } else {
            context.list = nil
        }
        return items.last!.end
    }

    /// Whether only a joiner stands between a list's end and a keyword (a comma, a footnote marker
    /// and one determiner allowed): ", et les résolutions", "y la resolución", "وال" glued.
    ///
    /// The last item's subject may stand before the comma: "24/33 от 27 сентября 2013 года о
    /// техническом сотрудничестве …12, а также резолюции 28/6", "… المتعلق بالتعاون التقني …(12)،
    /// وكذلك القراران 28/6": a subject word right after the list, then words up to the comma.
    private func coordinated(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], from end: Int, keywordAt k: Int,
                             range: Range<Int>, _ forms: CompiledForms) -> Bool {
        guard end <= k, k - end < 400 else { return false }
        let glued = !forms.gluedPrefixes.isEmpty
        // With a subject, the gap checked below must reach back to the subject's last comma.
        var subjectComma: Int?
        if k - end >= 40 {
            var s = end
            while s < k, Byte.isSpace(b[s]) || b[s] == Byte.comma { s += 1 }
            let subject = word(buf, forms.subjectWords, at: s, range: s..<k) != nil || glued && forms.gluedPrefixes.contains {
                FoldedText.matches(buf, $0, at: s, limit: k) && word(buf, forms.subjectWords, at: s + $0.count, range: s..<k) != nil }
            guard subject, !b[s..<k].contains(where: { $0 == Byte.semicolon || $0 == Byte.newline || $0 == Byte.dot }),
                  let comma = b[s..<k].lastIndex(of: Byte.comma), k - comma < 40 else { return false }
            subjectComma = comma
        }
        func back(_ e: Int, _ words: [[UInt8]]) -> Int? {
            for w in words where e - w.count >= end && FoldedText.matches(buf, w, at: e - w.count, limit: e) {
                if glued || FoldedText.isWordStart(buf, at: e - w.count, from: end) { return e - w.count }
            }
            return nil
        }
        var e = k
        while e > end, Byte.isSpace(b[e - 1]) { e -= 1 }
        if let d = back(e, forms.determiners) { e = d; while e > end, Byte.isSpace(b[e - 1]) { e -= 1 } }
        guard let j = back(e, forms.joiners) else { return false }
        e = j
        while e > end, Byte.isSpace(b[e - 1]) || b[e - 1] == Byte.comma || Byte.isDigit(b[e - 1])
            || b[e - 1] == Byte.openParen || b[e - 1] == Byte.closeParen { e -= 1 }
        if let comma = subjectComma { return e <= comma }
        return e == end
    }

    /// The organ of the set a specifier lists members of: "les résolutions pertinentes du Conseil des
    /// droits de l'homme, en particulier les résolutions 7/34 …", "резолюции, принятые Советом по
    /// правам человека, включая резолюцию 36/6". The previous keyword of the clause named a set (no
    /// number followed it), the organ stands between it and the specifier, and the specifier before
    /// this keyword, in one clause.
    func specifiedOrgan(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], keywordAt k: Int, set: SetKeyword?,
                        range: Range<Int>, _ forms: CompiledForms) -> Organ? {
        guard !forms.specifiers.isEmpty, let p = set, p.end <= k, k - p.end < 600,
              !b[p.end..<k].contains(where: { $0 == Byte.semicolon || $0 == Byte.newline }) else { return nil }
        // The last specifier between the set's keyword and this one.
        var q = k
        var at: Int?
        while q > p.end, at == nil {
            q -= 1
            if forms.specifiers.contains(where: { FoldedText.matches(buf, $0, at: q, limit: k) }), FoldedText.isWordStart(buf, at: q, from: p.end) || forms.forms.verbsGlued { at = q }
        }
        guard let s = at else { return nil }
        // The organ between the set's keyword (or just before it, "人权理事会相关决议") and the specifier.
        let from = max(range.lowerBound, p.start - 60)
        return lastOrgan(buf, before: s, range: from..<range.upperBound, forms, specific: true)
    }

    /// Each item's organ is its own, or one named after a later item ("5/1 et 5/2 du Conseil
    /// des droits de l'homme"), or the list's.
    private func resolve(_ items: [Item], keyword: CanonicalSymbol.Keyword, listStart: Int, fallback: Organ?,
                         alternatives: [Organ?] = [], into found: inout [Found], unresolved: inout [Unresolved]) {
        var later: Organ?
        var organs = [Organ?](repeating: nil, count: items.count)
        for k in items.indices.reversed() {
            if let o = items[k].organ { later = o }
            organs[k] = items[k].organ ?? later ?? fallback
            // "du Conseil" after "les résolutions du Conseil des droits de l'homme": the council named in full.
            if case .council? = organs[k], let f = fallback { organs[k] = f }
        }
        for (k, item) in items.enumerated() {
            var result = CanonicalSymbol.resolve(item.number, keyword: keyword, organ: organs[k], citingBody: citingBody)
            // An item no series of the list's organ has ("ses résolutions 65/198" read as the Economic
            // and Social Council's): the next organ the grammar allows, when the item had none of its own.
            if case .failure = result, item.organ == nil, organs[k] == fallback {
                for alternative in alternatives {
                    let next = CanonicalSymbol.resolve(item.number, keyword: keyword, organ: alternative, citingBody: citingBody)
                    if case .success = next { result = next; break }
                }
            }
            switch result {
            case .success(let targets):
                for t in targets {
                    found.append(Found(range: item.number.range.lowerBound..<item.end, symbol: t.symbol, kind: t.kind, adopted: item.adopted))
                }
            case .failure(let why):
                unresolved.append(Unresolved(range: min(listStart, item.number.range.lowerBound)..<item.end, reason: why.reason))
            }
        }
    }

    /// An item at `j`: "56/183", "2200 A (XXI)", "1325 (2000)", or a special session written the
    /// language's way ("دإ-23/2" is S-23/2).
    private func item(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], at j: Int, limit: Int, _ forms: CompiledForms) -> Item? {
        if !forms.partWords.isEmpty, let n = wordSessionItem(buf, b, at: j, limit: limit, forms) { return n }
        if var n = ResolutionNumber.parse(b, at: j, limit: limit, gluedToCJK: true) {
            // "55/34 باء": a part letter written as a word.
            var k = n.range.upperBound
            var parts: [String] = []
            while true {
                let w = b.skipSpaces(from: k, limit: limit)
                guard w > k, let p = forms.partWords.first(where: { FoldedText.matches(buf, $0.word, at: w, limit: limit)
                    && !FoldedText.isLetter(buf, at: w + $0.word.count, limit: limit) }) else { break }
                parts.append(p.letter)
                k = w + p.word.count
            }
            if !parts.isEmpty, n.parts.isEmpty { n.parts = parts; n.range = n.range.lowerBound..<k }
            // "36/87 A et B", "68/247 A y B": further parts joined as the language joins items.
            while !n.parts.isEmpty {
                var w = b.skipSpaces(from: n.range.upperBound, limit: limit)
                if w < limit, b[w] == Byte.comma { w = b.skipSpaces(from: w + 1, limit: limit) }
                guard let joiner = forms.joiners.first(where: { FoldedText.matches(buf, $0, at: w, limit: limit) }) else { break }
                let p = b.skipSpaces(from: w + joiner.count, limit: limit)
                guard p > w + joiner.count || forms.forms.order == .keywordLast, let end = ResolutionNumber.partLetters(b, at: p, limit: limit) else { break }
                n.parts.append(String(decoding: b[p..<end], as: UTF8.self))
                n.range = n.range.lowerBound..<end
            }
            return Item(number: n, end: n.range.upperBound)
        }
        for (written, prefix) in forms.sessionPrefixes where FoldedText.matches(buf, written, at: j, limit: limit) {
            var d = j + written.count
            if d < limit, b[d] == Byte.hyphen { d += 1 }
            else if d + 2 < limit, b[d] == 0xE2, b[d + 1] == 0x80, b[d + 2] == 0x93 || b[d + 2] == 0x92 { d += 3 }
            else { continue }
            // Read as the symbol's own prefix would be: "S-23/2" on a copy of the bytes.
            let tail = Array(prefix.utf8) + b[d..<min(limit, d + 12)]
            guard var n = ResolutionNumber.parse(tail, at: 0, limit: tail.count) else { continue }
            let end = n.range.upperBound - prefix.utf8.count + d
            n.range = j..<end
            return Item(number: n, end: end)
        }
        return nil
    }

    /// "2205 (د-21)", "3026 ألف (د-27)": a number, part words, and the session as a word and a
    /// number in parentheses; read as "2205 (XXI)", "3026 A (XXVII)" would be.
    private func wordSessionItem(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], at j: Int, limit: Int, _ forms: CompiledForms) -> Item? {
        guard j < limit, Byte.isDigit(b[j]), j == 0 || !Byte.isDigit(b[j - 1]) && b[j - 1] != Byte.slash,
              let n = b.number(at: j, limit: limit, maxDigits: 4) else { return nil }
        var k = b.skipSpaces(from: n.end, limit: limit)
        var parts: [String] = []
        while let p = forms.partWords.first(where: { FoldedText.matches(buf, $0.word, at: k, limit: limit)
            && !FoldedText.isLetter(buf, at: k + $0.word.count, limit: limit) }) {
            parts.append(p.letter)
            k = b.skipSpaces(from: k + p.word.count, limit: limit)
        }
        guard k < limit, b[k] == Byte.openParen, k - n.end <= 2 || !parts.isEmpty else { return nil }
        var s = k + 1
        let era: String
        let close: Int
        if let w = forms.sessionWords.first(where: { FoldedText.matches(buf, $0, at: s, limit: limit) }) {
            s += w.count
            if s < limit, b[s] == Byte.hyphen { s += 1 }
            else if s + 2 < limit, b[s] == 0xE2, b[s + 1] == 0x80, b[s + 2] == 0x93 || b[s + 2] == 0x92 { s += 3 }
            else { return nil }
            guard let session = b.number(at: s, limit: limit, maxDigits: 2), session.value >= 1, session.value <= 30,
                  session.end < limit, b[session.end] == Byte.closeParen else { return nil }
            era = Self.roman(session.value)
            close = session.end
        } else {
            // "217 А (III)" with a Cyrillic А: the parts were words, the session is as English writes it.
            guard !parts.isEmpty else { return nil }
            var e = s
            while e < limit, e - s < 10, b[e] != Byte.closeParen { e += 1 }
            guard e < limit, b[e] == Byte.closeParen else { return nil }
            era = String(decoding: b[s..<e], as: UTF8.self)
            close = e
        }
        let session = (end: close, value: 0)
        let text = "\(n.value)" + parts.map { " " + $0 }.joined() + " (\(era))"
        let synthetic = Array(text.utf8)
        guard var item = ResolutionNumber.parse(synthetic, at: 0, limit: synthetic.count) else { return nil }
        item.range = j..<(session.end + 1)
        return Item(number: item, end: session.end + 1)
    }

    /// 21 → "XXI": the Assembly's sessions before 1976 (the thirtieth).
    static func roman(_ n: Int) -> String {
        let tens = ["", "X", "XX", "XXX"], ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        return tens[n / 10] + ones[n % 10]
    }

    /// Dates, organs, titles and annexes after an item, in any order.
    private func trailers(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], _ item: inout Item, range: Range<Int>, _ forms: CompiledForms) {
        let limit = range.upperBound
        for _ in 0..<4 {
            // A footnote marker glued to a date's year: "du 8 octobre 20218 du Conseil des droits de l'homme".
            var marked = item.end
            if item.adopted != nil, marked > range.lowerBound, Byte.isDigit(b[marked - 1]) {
                var m = marked
                while m < limit, m - marked < 2, Byte.isDigit(b[m]) { m += 1 }
                if m > marked, m < limit, !Byte.isDigit(b[m]) { marked = m }
            }
            let k = b.skipSpaces(from: marked, limit: limit)
            let afterComma = k < limit && b[k] == Byte.comma ? b.skipSpaces(from: k + 1, limit: limit) : k
            var moved = false
            for at in Set([k, afterComma]).sorted() {
                if let intro = word(buf, forms.dateIntros, at: at, range: range),
                   let date = date(buf, b, at: b.skipSpaces(from: intro, limit: limit), limit: limit, forms) {
                    item.adopted = date.iso.isEmpty ? nil : date.iso
                    item.end = date.end
                    moved = true
                    break
                }
                if let title = entitled(buf, b, at: at, range: range, forms) { item.end = title; moved = true; break }
                // "74/16 от 9 декабря 2019 года «Утверждение мира …», 74/170 от …": a title in quotes
                // right after an item's date, with no word for "entitled", is the item's too.
                if item.adopted != nil, at == k, let title = entitled(buf, b, at: at, range: range, forms, bare: true) {
                    item.end = title; moved = true; break
                }
            }
            if moved { continue }
            if let o = organ(buf, at: k, range: range, forms) {
                item.organ = o.organ
                item.end = o.end
                continue
            }
            if afterComma != k, let annex = word(buf, forms.annexWords, at: afterComma, range: range) {
                item.end = annex
                continue
            }
            // ", paragraphe 10", "، الفقرة 10": a pinpoint, then the list goes on.
            if afterComma != k, let e = pinpoint(buf, b, at: afterComma, range: range, forms) { item.end = e; continue }
            // ", en particulier le paragraphe 15", ", в частности на ее пункт 15", "، وبخاصة الفقرة 15":
            // a specifier, up to three short words, and a pinpoint.
            if afterComma != k, let sp = word(buf, forms.specifiers, at: afterComma, range: range) {
                var w = b.skipSpaces(from: sp, limit: limit)
                var hops = 0
                while hops < 3, word(buf, forms.pinpointWords, at: w, range: range) == nil {
                    var e = w
                    while e < limit, FoldedText.isLetter(buf, at: e, limit: limit), !Byte.isDigit(b[e]) { e += 1 }
                    guard e > w, e - w <= 8 else { break }
                    w = b.skipSpaces(from: e, limit: limit)
                    hops += 1
                }
                if let e = pinpoint(buf, b, at: w, range: range, forms) { item.end = e; continue }
            }
            break
        }
    }

    /// The end of a pinpoint at `i`: a pinpoint word and a number, or a range of them ("15–17",
    /// "15 à 17", "15 إلى 17").
    private func pinpoint(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], at i: Int, range: Range<Int>, _ forms: CompiledForms) -> Int? {
        let limit = range.upperBound
        guard let p = word(buf, forms.pinpointWords, at: i, range: range),
              let n = b.number(at: b.skipSpaces(from: p, limit: limit), limit: limit, maxDigits: 3) else { return nil }
        var end = n.end
        if end < limit, b[end] == Byte.hyphen, let m = b.number(at: end + 1, limit: limit, maxDigits: 3) { end = m.end }
        else if end + 3 < limit, b[end] == 0xE2, b[end + 1] == 0x80, b[end + 2] == 0x93,
                let m = b.number(at: end + 3, limit: limit, maxDigits: 3) { end = m.end }
        else {
            let w = b.skipSpaces(from: end, limit: limit)
            var e = w
            while e < limit, FoldedText.isLetter(buf, at: e, limit: limit), !Byte.isDigit(b[e]) { e += 1 }
            if w > end, e > w, e - w <= 6, let m = b.number(at: b.skipSpaces(from: e, limit: limit), limit: limit, maxDigits: 3),
               m.end >= limit || b[m.end] != Byte.slash { end = m.end }
        }
        return end
    }

    /// Where the next item stands after a joiner (",", "et", ", y", "و"), or nil when the list ends.
    private func joined(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], after end: Int, range: Range<Int>, _ forms: CompiledForms) -> Int? {
        let limit = range.upperBound
        var j = end
        // A footnote marker glued to a date's year or a number: "du 29 septembre 20111, 33/3", "2017 года4, 39/13".
        if j > range.lowerBound {
            var m = j
            while m < limit, m - j < 3, Byte.isDigit(b[m]) { m += 1 }
            if m < limit, !Byte.isDigit(b[m]) { j = m }
        }
        // Or in parentheses, as Arabic texts print it: "2021(3) و 46/21".
        if j < limit, b[j] == Byte.openParen, let n = b.number(at: j + 1, limit: limit, maxDigits: 3), n.end < limit,
           b[n.end] == Byte.closeParen, n.end - j <= 4 {
            j = n.end + 1
        }
        j = b.skipSpaces(from: j, limit: limit)
        var separated = false
        if j < limit, b[j] == Byte.comma { j = b.skipSpaces(from: j + 1, limit: limit); separated = true }
        for w in forms.joiners where FoldedText.matches(buf, w, at: j, limit: limit) {
            let e = j + w.count
            // A joiner is a word, but Arabic writes "و" glued to the number that follows it.
            guard !FoldedText.isLetter(buf, at: e, limit: limit) || !forms.gluedPrefixes.isEmpty && e < limit
                && (Byte.isDigit(b[e]) || forms.sessionPrefixes.contains { FoldedText.matches(buf, $0.word, at: e, limit: limit) }) else { continue }
            j = b.skipSpaces(from: e, limit: limit)
            separated = true
            break
        }
        // "58/293, dans laquelle elle a proclamé 2005 …, 62/200", "63/71 … sur les armes à sous-munitions et 70/54".
        if item(buf, b, at: j, limit: limit, forms) == nil, let s = afterClause(buf, b, at: j, range: range, forms) { j = s; separated = true }
        guard separated, item(buf, b, at: j, limit: limit, forms) != nil else { return nil }
        return j
    }

    /// A subject or a relative clause after an item, passed over to where the list goes on:
    /// "63/71 du 2 décembre 2008 sur les armes à sous-munitions et 70/54", "58/293 …, dans laquelle
    /// elle a proclamé 2005 Année internationale de la physique, 62/200". It opens with one of the
    /// table's subject or relative words and ends at a comma or joiner before the next number; it
    /// crosses no ";", line, symbol or keyword (whose citations the scan must still read).
    private func afterClause(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], at i: Int, range: Range<Int>, _ forms: CompiledForms) -> Int? {
        let limit = range.upperBound
        guard var k = word(buf, forms.subjectWords, at: i, range: range) ?? word(buf, forms.relativeWords, at: i, range: range) else { return nil }
        while k < limit, k - i < 500 {
            let c = b[k]
            if c == Byte.semicolon || c == Byte.newline { return nil }
            // A symbol ("A/76/425", "56/183") or a keyword inside: the list ends here.
            if c == Byte.slash, k > i, b[k - 1] < 0x80, Byte.isAlnum(b[k - 1]) { return nil }
            if FoldedText.isWordStart(buf, at: k, from: i) || !forms.gluedPrefixes.isEmpty,
               keyword(buf, at: k, range: range, forms) != nil { return nil }
            if c == Byte.comma || Byte.isSpace(c) {
                var w = b.skipSpaces(from: c == Byte.comma ? k + 1 : k, limit: limit)
                let comma = c == Byte.comma
                var joined = comma
                for j in forms.joiners where FoldedText.matches(buf, j, at: w, limit: limit) {
                    let e = w + j.count
                    guard !FoldedText.isLetter(buf, at: e, limit: limit) || !forms.gluedPrefixes.isEmpty && e < limit && Byte.isDigit(b[e]) else { continue }
                    w = b.skipSpaces(from: e, limit: limit)
                    joined = true
                    break
                }
                if joined, w < limit, Byte.isDigit(b[w]) || Byte.isUpper(b[w]) || b[w] >= 0x80,
                   item(buf, b, at: w, limit: limit, forms) != nil {
                    return w
                }
                k = max(k + 1, comma ? k + 1 : w)
                continue
            }
            k += 1
        }
        return nil
    }

    /// ", intitulée « … »": the end of the quoted title, when one opens at `i`.
    private func entitled(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], at i: Int, range: Range<Int>, _ forms: CompiledForms,
                          bare: Bool = false) -> Int? {
        let limit = range.upperBound
        let q: Int
        if let w = word(buf, forms.entitledWords, at: i, range: range) {
            q = b.skipSpaces(from: w, limit: limit)
        } else if bare {
            q = i
        } else {
            return nil
        }
        guard let close = Self.closingQuote(b, at: q, limit: limit) else { return nil }
        var k = q + 2
        while k < limit, k - q < 600 {
            if b[k] == Byte.newline { return nil }
            // A title that cites ("« Application de la résolution 46/152 de l'Assemblée générale … »"):
            // the list ends before it, so that the scan reads the citation inside.
            if FoldedText.isWordStart(buf, at: k, from: q), keyword(buf, at: k, range: range, forms) != nil {
                var w = k
                while w < limit, FoldedText.isLetter(buf, at: w, limit: limit) { w += 1 }
                w = b.skipSpaces(from: w, limit: limit)
                // "قرار الجمعية العامة 46/152": an organ may stand between.
                if let o = organ(buf, at: w, range: range, forms) { w = b.skipSpaces(from: o.end, limit: limit) }
                if w < limit, Byte.isDigit(b[w]) { return nil }
            }
            if close.elementsEqual(b[k..<min(limit, k + close.count)]) { return k + close.count }
            k += 1
        }
        return nil
    }

    /// The closing quote of the quote that opens at `q`: « », “ ”, ” “ (Arabic), " ", „ “.
    static func closingQuote(_ b: [UInt8], at q: Int, limit: Int) -> [UInt8]? {
        guard q < limit else { return nil }
        if b[q] == UInt8(ascii: "\"") { return [UInt8(ascii: "\"")] }
        if q + 1 < limit, b[q] == 0xC2, b[q + 1] == 0xAB { return [0xC2, 0xBB] }
        if q + 2 < limit, b[q] == 0xE2, b[q + 1] == 0x80 {
            switch b[q + 2] {
            case 0x9C: return [0xE2, 0x80, 0x9D]
            case 0x9D: return [0xE2, 0x80, 0x9C]
            case 0x9E: return [0xE2, 0x80, 0x9C]
            default: return nil
            }
        }
        return nil
    }

    /// The end of one of `words` standing at `i` as a whole word.
    func word(_ buf: UnsafeBufferPointer<UInt8>, _ words: [[UInt8]], at i: Int, range: Range<Int>) -> Int? {
        for w in words where FoldedText.matches(buf, w, at: i, limit: range.upperBound) {
            let e = i + w.count
            if w.last.map({ $0 < 0x80 && !Byte.isAlnum($0) }) == true || !FoldedText.isLetter(buf, at: e, limit: range.upperBound) { return e }
        }
        return nil
    }

    /// The organ named at `i`, after one of the table's links ("du", "de la", "de l’"), and its end.
    func organ(_ buf: UnsafeBufferPointer<UInt8>, at i: Int, range: Range<Int>, _ forms: CompiledForms) -> (organ: Organ, end: Int)? {
        let limit = range.upperBound
        var starts = [i]
        for l in forms.organLinks where FoldedText.matches(buf, l, at: i, limit: limit) {
            let e = i + l.count
            if l.last == UInt8(ascii: "'") || l.last == 0x99 { starts.append(e) }
            else if !FoldedText.isLetter(buf, at: e, limit: limit) { starts.append(skip(buf, e, limit)) }
        }
        for s in starts {
            var glued = [s]
            for g in forms.gluedPrefixes where FoldedText.matches(buf, g, at: s, limit: limit) { glued.append(s + g.count) }
            for t in glued {
                for (w, organ) in forms.organs where FoldedText.matches(buf, w, at: t, limit: limit) {
                    // A footnote marker may be glued to the name: "du Conseil des droits de l'homme18".
                    if FoldedText.isLetter(buf, at: t + w.count, limit: limit), !Byte.isDigit(buf[t + w.count]) { continue }
                    // "Conseil" alone must be capitalised: "le conseil" is no organ.
                    if case .council = organ, buf[t] < 0x80, !Byte.isUpper(buf[t]) { continue }
                    return (organ, t + w.count)
                }
            }
        }
        return nil
    }

    private func skip(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> Int {
        var j = i
        while j < limit, Byte.isSpace(buf[j]) { j += 1 }
        return j
    }

    /// The organ named last before `end` in its sentence, for "its resolution" ("sa résolution").
    func lastOrgan(_ buf: UnsafeBufferPointer<UInt8>, before end: Int, range: Range<Int>, _ forms: CompiledForms,
                   specific: Bool = false, subjectOnly: Bool = false, outsideClosedRelatives: Bool = false,
                   councilOnly: Bool = false, wholeParagraph: Bool = false) -> Organ? {
        var s = end
        while s > range.lowerBound, wholeParagraph || end - s < 400 && buf[s - 1] != Byte.semicolon
                && !(buf[s - 1] == Byte.dot && s - 2 >= range.lowerBound && Byte.isLower(buf[s - 2])) { s -= 1 }
        var p = end
        while p > s {
            for (w, organ) in forms.organs where p - w.count >= s && FoldedText.matches(buf, w, at: p - w.count, limit: p) {
                if forms.forms.order == .keywordFirst, forms.gluedPrefixes.isEmpty,
                   !FoldedText.isWordStart(buf, at: p - w.count, from: s) { continue }
                if case .council = organ, specific || buf[p - w.count] < 0x80 && !Byte.isUpper(buf[p - w.count]) { continue }
                if specific, case .generalAssembly = organ { continue }
                // A bare "Conseil" stands for a council named before, not for a commission or a board.
                if councilOnly, !LastCouncil.isNamedCouncil(organ) { continue }
                // "du Conseil", "de l'Assemblée": a complement, not the sentence's subject.
                if subjectOnly, isComplement(buf, organAt: p - w.count, from: s, forms) { continue }
                // "sa résolution 60/251, par laquelle elle a institué le Conseil des droits de l'homme,
                // et sa résolution 65/281": an organ inside a relative clause closed before "its".
                if outsideClosedRelatives, inClosedRelative(buf, organ: (p - w.count)..<p, before: end, from: s, forms) { continue }
                return organ
            }
            p -= 1
        }
        return nil
    }

    /// The council a bare "Conseil", "Consejo", "Совет" stands for: the council (Human Rights,
    /// Security, Economic and Social) named in full last before `end`, in its clause, else
    /// anywhere before in the paragraph ("… du fonctionnement du Conseil, qui figure en annexe à
    /// la résolution 16/21 du Conseil", the Council named in full two clauses before), as
    /// English's "Council resolution" reads the last council named (`LastCouncil`).
    func namedCouncil(_ buf: UnsafeBufferPointer<UInt8>, before end: Int, range: Range<Int>, _ forms: CompiledForms) -> Organ? {
        lastOrgan(buf, before: end, range: range, forms, specific: true, councilOnly: true)
            ?? lastOrgan(buf, before: end, range: range, forms, specific: true, councilOnly: true, wholeParagraph: true)
    }

    /// Whether the organ at `o` stands in a relative clause ("par laquelle", "в которой") that a
    /// comma closes before `end`, with no comma between the relative word and the organ.
    private func inClosedRelative(_ buf: UnsafeBufferPointer<UInt8>, organ o: Range<Int>, before end: Int, from s: Int,
                                  _ forms: CompiledForms) -> Bool {
        guard !forms.relativeWords.isEmpty, buf[o.upperBound..<end].contains(Byte.comma) else { return false }
        var i = o.lowerBound
        while i > s, o.lowerBound - i < 200 {
            i -= 1
            if buf[i] == Byte.comma || buf[i] == Byte.semicolon { return false }
            if FoldedText.isWordStart(buf, at: i, from: s), word(buf, forms.relativeWords, at: i, range: s..<o.lowerBound) != nil { return true }
        }
        return false
    }

    /// Where the white space that ends at `e` starts (not before `s`).
    static func spaceStart(_ buf: UnsafeBufferPointer<UInt8>, before e: Int, from s: Int) -> Int {
        var e = e
        while e > s, Byte.isSpace(buf[e - 1]) { e -= 1 }
        return e
    }

    /// Where the first of `words` that ends at `e` as a whole word starts, if one does.
    static func wordStart(_ buf: UnsafeBufferPointer<UInt8>, of words: some Sequence<[UInt8]>, endingAt e: Int, from s: Int) -> Int? {
        words.first { w in e - w.count >= s && FoldedText.matches(buf, w, at: e - w.count, limit: e)
            && FoldedText.isWordStart(buf, at: e - w.count, from: s) }.map { e - $0.count }
    }

    /// Whether a joiner ("et sa", "y su"), or a joiner and a clause verb ("et réaffirmant sa",
    /// "y reafirmando su": a verb of the paragraph's own subject), stand right before the
    /// possessive that ends before `k`.
    func coordinationBefore(_ buf: UnsafeBufferPointer<UInt8>, possessiveBefore k: Int, range: Range<Int>, _ forms: CompiledForms) -> Coordination {
        let s = range.lowerBound
        func back(_ e: Int) -> Int { Self.spaceStart(buf, before: e, from: s) }
        func start(of words: some Sequence<[UInt8]>, endingAt e: Int) -> Int? { Self.wordStart(buf, of: words, endingAt: e, from: s) }
        // Where "its" is a suffix of the keyword ("قرارها"), the keyword itself is the possessive.
        let p: Int
        if !forms.possessiveSuffixes.isEmpty && forms.possessives.isEmpty {
            p = k
        } else {
            guard !forms.possessives.isEmpty, let found = start(of: forms.possessives, endingAt: back(k)) else { return .none }
            p = found
        }
        if start(of: forms.joiners, endingAt: back(p)) != nil { return .joiner }
        // "وإذ تعيد تأكيد قرارها": a joiner glued to the verb, as Arabic writes "و".
        if forms.forms.verbsGlued {
            let e = back(p)
            for w in forms.verbs.lazy.map(\.word) where e - w.count >= s && FoldedText.matches(buf, w, at: e - w.count, limit: e) {
                if start(of: forms.joiners, endingAt: e - w.count) != nil { return .joinerAndVerb }
            }
        }
        guard let v = start(of: forms.verbs.lazy.map(\.word), endingAt: back(p)) else { return .none }
        return start(of: forms.joiners, endingAt: back(v)) != nil ? .joinerAndVerb : .none
    }

    /// The organ named as the subject right after a list whose possessive stands in a phrase put
    /// before that subject (`LanguageForms.frontedPrepositions`): "dans sa résolution 42/22 du
    /// 26 septembre 2019, le Conseil des droits de l'homme a …". A bare council is no subject here.
    func frontedSubject(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], after end: Int, possessiveBefore k: Int,
                        range: Range<Int>, _ forms: CompiledForms) -> Organ? {
        guard !forms.frontedPrepositions.isEmpty else { return nil }
        let s = range.lowerBound, limit = range.upperBound
        func back(_ e: Int) -> Int { Self.spaceStart(buf, before: e, from: s) }
        func start(of words: [[UInt8]], endingAt e: Int) -> Int? { Self.wordStart(buf, of: words, endingAt: e, from: s) }
        guard let p = start(of: forms.possessives, endingAt: back(k)), start(of: forms.frontedPrepositions, endingAt: back(p)) != nil else { return nil }
        // A footnote marker glued to the last item's year ("du 26 septembre 201930, le Conseil").
        var j = end
        while j < limit, j - end < 3, Byte.isDigit(b[j]) { j += 1 }
        j = b.skipSpaces(from: j, limit: limit)
        if j < limit, b[j] == Byte.comma { j = b.skipSpaces(from: j + 1, limit: limit) }
        // "le", "el", "l'": the subject's article.
        for d in forms.determiners where FoldedText.matches(buf, d, at: j, limit: limit) {
            let e = j + d.count
            if d.last == UInt8(ascii: "'") || d.last == 0x99 { j = e; break }
            if e < limit, Byte.isSpace(b[e]) { j = b.skipSpaces(from: e, limit: limit); break }
        }
        guard let named = forms.organs.first(where: { w, _ in
            FoldedText.matches(buf, w, at: j, limit: limit) && !FoldedText.isLetter(buf, at: j + w.count, limit: limit) })?.organ else { return nil }
        if case .council = named { return nil }
        return named
    }

    /// What stands right before a possessive: "et sa", "et réaffirmant sa", or neither.
    enum Coordination { case none, joiner, joinerAndVerb }

    /// Whether the organ at `o` is a complement: a link word ("du", "de la", "del", "de l'") stands
    /// right before it, or it is joined to one that is ("las del Consejo de Seguridad, la Comisión
    /// de Derechos Humanos y el Consejo de Derechos Humanos").
    private func isComplement(_ buf: UnsafeBufferPointer<UInt8>, organAt o: Int, from s: Int, _ forms: CompiledForms, depth: Int = 0) -> Bool {
        var e = o
        while e > s, Byte.isSpace(buf[e - 1]) { e -= 1 }
        if (forms.organLinks + forms.agentLinks).contains(where: { l in
            e - l.count >= s && FoldedText.matches(buf, l, at: e - l.count, limit: e) && FoldedText.isWordStart(buf, at: e - l.count, from: s)
                && (e < o || l.last == UInt8(ascii: "'") || l.last == 0x99)
        }) { return true }
        guard depth < 4 else { return false }
        // [joiner or ","] [determiner] organ: the organ before the joiner decides.
        if let d = forms.determiners.first(where: { e - $0.count >= s && FoldedText.matches(buf, $0, at: e - $0.count, limit: e)
            && FoldedText.isWordStart(buf, at: e - $0.count, from: s) }) {
            e -= d.count
            while e > s, Byte.isSpace(buf[e - 1]) { e -= 1 }
        }
        if let j = forms.joiners.first(where: { e - $0.count >= s && FoldedText.matches(buf, $0, at: e - $0.count, limit: e)
            && FoldedText.isWordStart(buf, at: e - $0.count, from: s) }) {
            e -= j.count
        } else if e > s, buf[e - 1] == Byte.comma {
            e -= 1
        } else {
            return false
        }
        while e > s, Byte.isSpace(buf[e - 1]) || buf[e - 1] == Byte.comma { e -= 1 }
        for (w, _) in forms.organs where e - w.count >= s && FoldedText.matches(buf, w, at: e - w.count, limit: e) {
            return isComplement(buf, organAt: e - w.count, from: s, forms, depth: depth + 1)
        }
        return false
    }

    /// A date in the language's order at `i`: "21 décembre 2001", "1er mars", "21 de diciembre de 2001",
    /// "21 декабря 2001 года", "21 كانون الأول/ديسمبر 2001", "2001年12月21日".
    func date(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], at i: Int, limit: Int, _ forms: CompiledForms) -> (iso: String, end: Int)? {
        let range = i..<limit
        if let m = forms.dateMarkers {
            guard let y = b.number(at: i, limit: limit, maxDigits: 4), y.end - i == 4,
                  FoldedText.matches(buf, m.year, at: y.end, limit: limit),
                  let mo = b.number(at: y.end + m.year.count, limit: limit, maxDigits: 2), (1...12).contains(mo.value),
                  FoldedText.matches(buf, m.month, at: mo.end, limit: limit),
                  let d = b.number(at: mo.end + m.month.count, limit: limit, maxDigits: 2), (1...31).contains(d.value),
                  FoldedText.matches(buf, m.day, at: d.end, limit: limit) else { return nil }
            return (Dates.iso(y.value, mo.value, d.value), d.end + m.day.count)
        }
        guard let day = b.number(at: i, limit: limit, maxDigits: 2), (1...31).contains(day.value) else { return nil }
        var k = day.end
        if let o = word(buf, forms.dayOrdinals, at: k, range: range) { k = o }
        // "des 14 et 18 décembre 1973", "от 14 и 18 декабря 1973 года": days of one month, for items
        // adopted on different days (no one date is the item's).
        var days = 1
        while true {
            var w = b.skipSpaces(from: k, limit: limit)
            var joined = false
            if w < limit, b[w] == Byte.comma { w = b.skipSpaces(from: w + 1, limit: limit); joined = true }
            if let j = forms.joiners.first(where: { FoldedText.matches(buf, $0, at: w, limit: limit)
                && (!FoldedText.isLetter(buf, at: w + $0.count, limit: limit) || Byte.isDigit(buf[w + $0.count])) }) {
                w = b.skipSpaces(from: w + j.count, limit: limit)
                joined = true
            }
            guard joined, let next = b.number(at: w, limit: limit, maxDigits: 2), (1...31).contains(next.value),
                  next.end < limit, Byte.isSpace(b[next.end]) else { break }
            k = next.end
            days += 1
        }
        var m = b.skipSpaces(from: k, limit: limit)
        guard m > k else { return nil }
        if let f = word(buf, forms.dateFillers, at: m, range: range) { m = b.skipSpaces(from: f, limit: limit) }
        guard let month = forms.months.first(where: { FoldedText.matches(buf, $0.word, at: m, limit: limit)
            && !FoldedText.isLetter(buf, at: m + $0.word.count, limit: limit) }) else { return nil }
        var end = m + month.word.count
        var y = b.skipSpaces(from: end, limit: limit)
        if let f = word(buf, forms.dateFillers, at: y, range: range) { y = b.skipSpaces(from: f, limit: limit) }
        // A footnote marker may be glued to the year ("20201" is 2020 and note 1): the year is four digits.
        guard y > end, y + 4 <= limit, let year = b.number(at: y, limit: y + 4, maxDigits: 4), year.end - y == 4 else {
            return nil
        }
        end = year.end
        let w = b.skipSpaces(from: end, limit: limit)
        // "2017 года1": a footnote marker may be glued to the year's word.
        if let yw = forms.yearWords.first(where: { FoldedText.matches(buf, $0, at: w, limit: limit) }),
           w + yw.count >= limit || !FoldedText.isLetter(buf, at: w + yw.count, limit: limit) || Byte.isDigit(buf[w + yw.count]) {
            end = w + yw.count
        }
        return (days == 1 ? Dates.iso(year.value, month.month, day.value) : "", end)
    }
}
