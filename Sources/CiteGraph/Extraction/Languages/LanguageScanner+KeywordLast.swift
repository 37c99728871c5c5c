/// The Chinese order: "大会2001年12月21日第56/183号和2002年12月20日第57/238号决议". Each number
/// is closed by the counter (号); the keyword after the last counter names them all; dates,
/// titles ("题为“…”的") and "第" stand before each number, the organ before the first.
/// Read back from the counter the keyword follows, so that one scan forward finds each list once.
extension SegmentScanner {
    private struct BackItem {
        var number: ResolutionNumber
        var adopted: String?
    }

    func listBackward(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], closeAt i: Int, range: Range<Int>, _ forms: CompiledForms,
                      previous: inout (end: Int, organ: Organ?)?,
                      into found: inout [Found], unresolved: inout [Unresolved]) -> Int {
        let limit = range.upperBound, lower = range.lowerBound
        guard let close = forms.numberClose else { return i + 1 }
        var k = b.skipSpaces(from: i + close.count, limit: limit)
        // "第74/120号和以往各项决议": the list goes on to "and the earlier resolutions", and the
        // keyword after that phrase names the numbers before it too.
        if !forms.keywords.contains(where: { FoldedText.matches(buf, $0.word, at: k, limit: limit) }),
           let j = forms.joiners.first(where: { FoldedText.matches(buf, $0, at: k, limit: limit) }),
           let tail = forms.listTails.first(where: { FoldedText.matches(buf, $0, at: k + j.count, limit: limit) }) {
            k += j.count + tail.count
        }
        guard let kw = forms.keywords.first(where: { FoldedText.matches(buf, $0.word, at: k, limit: limit) }) else { return i + close.count }
        var items: [BackItem] = []
        var q = i
        var firstStart = i
        while true {
            var e = q
            while e > lower, Byte.isSpace(b[e - 1]) { e -= 1 }
            guard let n = numberEnding(b, at: e, from: lower) else { break }
            var s = n.range.lowerBound
            if let open = forms.numberOpen, s - open.count >= lower, FoldedText.matches(buf, open, at: s - open.count, limit: s) { s -= open.count }
            // A title or subject and a date, in either order: "2013年6月13日关于…的第23/13号",
            // "关于《世界人权教育方案》的2014年9月25日第27/12号", "题为“…”的第73/89号".
            var adopted: String?
            for _ in 0..<2 {
                let before = s
                s = titleStart(buf, b, before: s, from: lower, forms) ?? subjectStart(buf, b, before: s, from: lower, forms) ?? s
                if adopted == nil, let d = dateEnding(buf, b, at: s, from: lower, forms) { adopted = d.iso; s = d.start }
                if s == before { break }
            }
            items.insert(BackItem(number: n, adopted: adopted), at: 0)
            firstStart = s
            var t = s
            while t > lower, Byte.isSpace(b[t - 1]) { t -= 1 }
            // A footnote marker after the joiner: "第35/17号、1 2017年9月28日第36/5号".
            if let m = markerStart(b, endingAt: t, from: lower), m > lower,
               forms.joiners.contains(where: { m - $0.count >= lower && FoldedText.matches(buf, $0, at: m - $0.count, limit: m) }) {
                t = m
            }
            guard let j = forms.joiners.first(where: { t - $0.count >= lower && FoldedText.matches(buf, $0, at: t - $0.count, limit: t) }) else { break }
            var u = t - j.count
            while u > lower, Byte.isSpace(b[u - 1]) { u -= 1 }
            // Or before it, glued to the counter: "第45/12号7 和".
            if let m = markerStart(b, endingAt: u, from: lower), m - close.count >= lower,
               FoldedText.matches(buf, close, at: m - close.count, limit: m) {
                u = m
            }
            q = u - close.count >= lower && FoldedText.matches(buf, close, at: u - close.count, limit: u) ? u - close.count : u
        }
        guard !items.isEmpty else { return k + kw.word.count }
        // The organ, or "its" (其), right before the list.
        var t = firstStart
        while t > lower, Byte.isSpace(b[t - 1]) { t -= 1 }
        var organ: Organ?
        var alternatives: [Organ?] = []
        if let hit = forms.organs.first(where: { t - $0.word.count >= lower && FoldedText.matches(buf, $0.word, at: t - $0.word.count, limit: t) }) {
            organ = hit.organ
        } else if let p = forms.possessives.first(where: { t - $0.count >= lower && FoldedText.matches(buf, $0, at: t - $0.count, limit: t) }) {
            organ = lastOrgan(buf, before: t - p.count, range: range, forms)
        } else if let p = previous, p.end <= t, b[p.end..<t].allSatisfy({ Byte.isSpace($0) || Byte.isDigit($0) || $0 == Byte.comma || $0 >= 0x80 }), t - p.end <= 12,
                  forms.joiners.contains(where: { w in (p.end..<t).contains { FoldedText.matches(buf, w, at: $0, limit: t) } }) {
            // "…第42/19号决议、2020年10月6日第45/12号…决议": a list that goes on after a keyword is the same organ's.
            organ = p.organ
        } else if let sp = forms.specifiers.first(where: { t - $0.count >= lower && FoldedText.matches(buf, $0, at: t - $0.count, limit: t) }) {
            // "人权理事会…相关决议，包括2017年9月28日第36/6号…决议": the set's organ, named before the specifier.
            var e = t - sp.count
            while e > lower, Byte.isSpace(b[e - 1]) || b[e - 1] == 0x8C && e - 3 >= lower && b[e - 3] == 0xEF { e -= b[e - 1] == 0x8C ? 3 : 1 }
            if let set = lastOrgan(buf, before: e, range: range, forms, specific: true) { organ = set; alternatives = [nil] }
        }
        // "理事会2021年3月23日第46/18号决议": the council the sentence named in full.
        if case .council? = organ, let named = namedCouncil(buf, before: t - 1, range: range, forms) { organ = named }
        previous = (k + kw.word.count, organ)
        for item in items {
            var result = CanonicalSymbol.resolve(item.number, keyword: kw.keyword, organ: organ, citingBody: citingBody)
            if case .failure = result {
                for alternative in alternatives {
                    let next = CanonicalSymbol.resolve(item.number, keyword: kw.keyword, organ: alternative, citingBody: citingBody)
                    if case .success = next { result = next; break }
                }
            }
            switch result {
            case .success(let targets):
                for target in targets {
                    found.append(Found(range: item.number.range, symbol: target.symbol, kind: target.kind, adopted: item.adopted))
                }
            case .failure(let why):
                unresolved.append(Unresolved(range: item.number.range.lowerBound..<(k + kw.word.count), reason: why.reason))
            }
        }
        return k + kw.word.count
    }

    /// The resolution number that ends exactly at `e`: the longest one that does. Part letters
    /// may follow it ("75/254 A至C", "S-20/4 A-E") or be glued to it ("217A(III)").
    private func numberEnding(_ b: [UInt8], at e: Int, from lower: Int) -> ResolutionNumber? {
        var s = max(lower, e - 24)
        while s < e {
            let c = b[s]
            if Byte.isDigit(c) || c == UInt8(ascii: "S") || c == UInt8(ascii: "E") {
                if let n = ResolutionNumber.parse(b, at: s, limit: e, gluedToCJK: true),
                   n.range.upperBound == e || Self.onlyParts(b[n.range.upperBound..<e]) {
                    return n
                }
                if let n = Self.gluedParts(b, at: s, end: e) { return n }
            }
            s += 1
        }
        return nil
    }

    /// " A至C", " A-E", " A和B": part letters after a number.
    private static func onlyParts(_ rest: ArraySlice<UInt8>) -> Bool {
        guard let first = rest.first, Byte.isSpace(first) || Byte.isUpper(first) else { return false }
        var k = rest.startIndex
        while k < rest.endIndex {
            let c = rest[k]
            if Byte.isSpace(c) || Byte.isUpper(c) || c == Byte.hyphen { k += 1; continue }
            // 至 (E8 87 B3) "to", 和 (E5 92 8C) "and", 、 (E3 80 81).
            if k + 2 < rest.endIndex, [c, rest[k + 1], rest[k + 2]] == [0xE8, 0x87, 0xB3] || [c, rest[k + 1], rest[k + 2]] == [0xE5, 0x92, 0x8C]
                || [c, rest[k + 1], rest[k + 2]] == [0xE3, 0x80, 0x81] { k += 3; continue }
            return false
        }
        return rest.contains(where: Byte.isUpper)
    }

    /// "217A(III)": a part letter glued to the number, read as "217 A (III)".
    private static func gluedParts(_ b: [UInt8], at s: Int, end e: Int) -> ResolutionNumber? {
        guard let n = b.number(at: s, limit: e, maxDigits: 4), n.end < e, Byte.isUpper(b[n.end]),
              let open = b[n.end..<e].firstIndex(of: Byte.openParen), open - n.end <= 2 else { return nil }
        let text = Array(b[s..<n.end]) + [Byte.space] + Array(b[n.end..<open]) + [Byte.space] + Array(b[open..<e])
        guard var item = ResolutionNumber.parse(text, at: 0, limit: text.count), item.range.upperBound == text.count else { return nil }
        item.range = s..<e
        return item
    }

    /// The start of a footnote marker (one to three digits) that ends at `e`, after no digit.
    private func markerStart(_ b: [UInt8], endingAt e: Int, from lower: Int) -> Int? {
        var m = e
        while m > lower, e - m < 3, Byte.isDigit(b[m - 1]) { m -= 1 }
        guard m < e, m > lower, !Byte.isDigit(b[m - 1]) else { return nil }
        var t = m
        while t > lower, Byte.isSpace(b[t - 1]) { t -= 1 }
        return t
    }

    /// "题为“…”的": where a title tied to the number before `s` begins.
    private func titleStart(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], before s: Int, from lower: Int, _ forms: CompiledForms) -> Int? {
        guard let a = forms.attributives.first(where: { s - $0.count >= lower && FoldedText.matches(buf, $0, at: s - $0.count, limit: s) }) else { return nil }
        var t = s - a.count
        // The closing quote ” (E2 80 9D), back to its opening “ (E2 80 9C).
        guard t - 3 >= lower, b[t - 3] == 0xE2, b[t - 2] == 0x80, b[t - 1] == 0x9D else { return nil }
        var u = t - 3
        while u - 3 >= lower, t - u < 900 {
            if b[u - 3] == 0xE2, b[u - 2] == 0x80, b[u - 1] == 0x9C { break }
            u -= 1
        }
        guard u - 3 >= lower, b[u - 3] == 0xE2, b[u - 1] == 0x9C else { return nil }
        t = u - 3
        if let w = forms.entitledWords.first(where: { t - $0.count >= lower && FoldedText.matches(buf, $0, at: t - $0.count, limit: t) }) { t -= w.count }
        return t
    }

    /// "关于…的": where a subject tied to the number before `s` begins (the subject word, within
    /// one phrase: no comma, full stop or counter of an earlier number between; an enumeration
    /// comma may stand inside, "关于寻求真相、正义、赔偿…的").
    private func subjectStart(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], before s: Int, from lower: Int, _ forms: CompiledForms) -> Int? {
        guard !forms.subjectWords.isEmpty,
              let a = forms.attributives.first(where: { s - $0.count >= lower && FoldedText.matches(buf, $0, at: s - $0.count, limit: s) }) else { return nil }
        var u = s - a.count
        while u > lower, s - u < 300 {
            u -= 1
            // "。" E3 80 82 (full-width commas and semicolons are folded to ASCII), or a counter.
            if u + 2 < s, b[u] == 0xE3 && b[u + 1] == 0x80 && b[u + 2] == 0x82 { return nil }
            if let close = forms.numberClose, FoldedText.matches(buf, close, at: u, limit: s) { return nil }
            if b[u] == Byte.comma || b[u] == Byte.semicolon || b[u] == Byte.slash { return nil }
            if let w = forms.subjectWords.first(where: { FoldedText.matches(buf, $0, at: u, limit: s) }) { _ = w; return u }
        }
        return nil
    }

    /// A date "2001年12月21日" ending at `s`, and where it starts.
    private func dateEnding(_ buf: UnsafeBufferPointer<UInt8>, _ b: [UInt8], at s: Int, from lower: Int, _ forms: CompiledForms) -> (iso: String, start: Int)? {
        guard let m = forms.dateMarkers else { return nil }
        // Year (4 digits), month marker, 1–2 digits, day marker … the longest form is 4+3+2+3+2+3 bytes.
        var start = max(lower, s - 17)
        while start < s {
            if Byte.isDigit(b[start]), start == lower || !Byte.isDigit(b[start - 1]),
               let d = date(buf, b, at: start, limit: s, forms), d.end == s {
                _ = m
                return (d.iso, start)
            }
            start += 1
        }
        return nil
    }
}
