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
                      into found: inout [Found], unresolved: inout [Unresolved]) -> Int {
        let limit = range.upperBound, lower = range.lowerBound
        guard let close = forms.numberClose else { return i + 1 }
        let k = b.skipSpaces(from: i + close.count, limit: limit)
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
            s = titleStart(buf, b, before: s, from: lower, forms) ?? s
            var adopted: String?
            if let d = dateEnding(buf, b, at: s, from: lower, forms) { adopted = d.iso; s = d.start }
            items.insert(BackItem(number: n, adopted: adopted), at: 0)
            firstStart = s
            var t = s
            while t > lower, Byte.isSpace(b[t - 1]) { t -= 1 }
            guard let j = forms.joiners.first(where: { t - $0.count >= lower && FoldedText.matches(buf, $0, at: t - $0.count, limit: t) }) else { break }
            var u = t - j.count
            while u > lower, Byte.isSpace(b[u - 1]) { u -= 1 }
            q = u - close.count >= lower && FoldedText.matches(buf, close, at: u - close.count, limit: u) ? u - close.count : u
        }
        guard !items.isEmpty else { return k + kw.word.count }
        // The organ, or "its" (其), right before the list.
        var t = firstStart
        while t > lower, Byte.isSpace(b[t - 1]) { t -= 1 }
        var organ: Organ?
        if let hit = forms.organs.first(where: { t - $0.word.count >= lower && FoldedText.matches(buf, $0.word, at: t - $0.word.count, limit: t) }) {
            organ = hit.organ
        } else if let p = forms.possessives.first(where: { t - $0.count >= lower && FoldedText.matches(buf, $0, at: t - $0.count, limit: t) }) {
            organ = lastOrgan(buf, before: t - p.count, range: range, forms)
        }
        for item in items {
            switch CanonicalSymbol.resolve(item.number, keyword: kw.keyword, organ: organ, citingBody: citingBody) {
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

    /// The resolution number that ends exactly at `e`: the longest one that does.
    private func numberEnding(_ b: [UInt8], at e: Int, from lower: Int) -> ResolutionNumber? {
        var s = max(lower, e - 24)
        while s < e {
            let c = b[s]
            if Byte.isDigit(c) || c == UInt8(ascii: "S") || c == UInt8(ascii: "E"),
               let n = ResolutionNumber.parse(b, at: s, limit: e, gluedToCJK: true), n.range.upperBound == e {
                return n
            }
            s += 1
        }
        return nil
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
