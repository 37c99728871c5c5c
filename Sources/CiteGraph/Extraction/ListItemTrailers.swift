/// What a resolution list's item may carry before the list goes on, beyond its date:
/// the rules of how the General Assembly's texts describe the resolutions they recall.
extension SegmentScanner {
    /// Words that open an item's description: "74/270 of 2 April 2020 on global
    /// solidarity to fight the coronavirus disease (COVID-19), 74/274 of ...",
    /// "58/293 of 10 June 2004, in which it proclaimed 2005 the International Year of
    /// Physics, 62/200 of ...", "60/251 of 15 March 2006, by which it established the Human
    /// Rights Council, and 65/281 ...", "66/208 of 22 December 2011 concerning culture and
    /// development, 66/288 ...".
    static let descriptionOpeners: [[StaticString]] = [["on"], ["in", "which"], ["by", "which"], ["concerning"], ["whereby"]]

    /// The end of an item's description at `t` (where the joiner before the next item
    /// stands), or nil. The description is read only when the list plainly goes on after
    /// it: a joiner ("," or "and") and an item of the same shape with its own date
    /// ("of 20 April 2020"); it never crosses ";", a sentence's full stop or 240 bytes, nor
    /// another "resolution(s)" or "decision(s)": "68/163 of 18 December 2013, in which it
    /// proclaimed 2 November the International Day …, and resolutions 69/185 of …" is two
    /// lists, and the second keyword opens its own (with its own organ: "…, and Economic and
    /// Social Council resolutions 2014/23 of …").
    static func description(_ b: [UInt8], at t: Int, item: ResolutionNumber, limit: Int) -> Int? {
        var w = t
        if w < limit, b[w] == Byte.comma { w = b.skipSpaces(from: w + 1, limit: limit) }
        guard let opened = descriptionOpeners.lazy.compactMap({ Self.phrase($0, in: b, at: w, limit: limit) }).first else { return nil }
        var k = opened
        while k < limit, k - t < 240 {
            let c = b[k]
            if c == Byte.semicolon || c == Byte.newline && k + 1 < limit && b[k + 1] == Byte.newline { return nil }
            if c == Byte.dot, k + 1 < limit, Byte.isSpace(b[k + 1]), k > 0, Byte.isLower(b[k - 1]) { return nil }
            if c | 0x20 == UInt8(ascii: "r") || c | 0x20 == UInt8(ascii: "d"), !Byte.isAlnum(b[k - 1]),
               keywords.contains(where: { b.matchesWord($0.word, at: k) }) { return nil }
            if c == Byte.comma || (Byte.isSpace(c) && b.matchesWord("and", at: b.skipSpaces(from: k, limit: limit))) {
                var n = b.skipSpaces(from: c == Byte.comma ? afterGluedMarker(b, at: k + 1, limit: limit) : k, limit: limit)
                if b.matchesWord("and", at: n) { n = b.skipSpaces(from: n + 3, limit: limit) }
                if let next = ResolutionNumber.parse(b, at: n, limit: limit), sameShape(next, item) {
                    let of = b.skipSpaces(from: next.range.upperBound, limit: limit)
                    if b.matchesWord("of", at: of), Dates.dayMonth(in: b, at: b.skipSpaces(from: of + 2, limit: limit), limit: limit) != nil {
                        return k
                    }
                }
            }
            k += 1
        }
        return nil
    }

    /// ", sect. B", ", section VI", ", para. 8", ", paras. 61–76", ", chap. I": the part of the
    /// item the text points to, a pinpoint of the item ("Resolutions 52/214, sect. B,
    /// 57/283 B, sect. III, and 58/250, sect. III"); the list goes on after it. A comma
    /// before the item's date ("45/248 B, section VI, of 21 December 1990") is left to
    /// the date's rule. Returns the end of the pinpoint.
    static func pinpoint(_ b: [UInt8], at t: Int, limit: Int) -> Int? {
        guard t < limit, b[t] == Byte.comma else { return nil }
        var w = b.skipSpaces(from: t + 1, limit: limit)
        // "2253 (2015), in particular paragraph 15, 2322 (2016) …": the part the text stresses.
        if let e = Self.phrase(["in", "particular"], in: b, at: w, limit: limit) ?? Self.phrase(["including"], in: b, at: w, limit: limit)
            ?? Self.phrase(["especially"], in: b, at: w, limit: limit) {
            let p = b.skipSpaces(from: e, limit: limit)
            guard b.matches("para", at: p) else { return nil }
            w = p
        }
        // Longest first: "paragraphs" is not "paragraph" and a designation "s".
        let words: [StaticString] = ["sections", "section", "sect.", "paragraphs", "paragraph", "paras.", "para.", "chapter", "chap.", "part"]
        guard let word = words.first(where: { b.matches($0, at: w) && (w == 0 || !Byte.isAlnum(b[w - 1])) }) else { return nil }
        var k = b.skipSpaces(from: w + word.utf8CodeUnitCount, limit: limit)
        let start = k
        // The designation: roman or arabic numbers and letters, "61–76", "I.A", "7 and 8".
        while k < limit, Byte.isAlnum(b[k]) || b[k] == Byte.dot || b[k] == Byte.hyphen
                || (b[k] == 0xE2 && k + 2 < limit && b[k + 1] == 0x80 && b[k + 2] == 0x93) {
            k += b[k] == 0xE2 ? 3 : 1
        }
        while k > start, b[k - 1] == Byte.dot { k -= 1 }
        guard k > start, k - start <= 12 else { return nil }
        // "paragraphs 15 to 17", "paras. 7 and 8": a run or a pair of numbers, not the next item.
        while true {
            let s = b.skipSpaces(from: k, limit: limit)
            let joiner = b.matchesWord("to", at: s) ? 2 : b.matchesWord("and", at: s) ? 3 : 0
            let at = b.skipSpaces(from: s + joiner, limit: limit)
            // "paragraph 16 and 890 A and B (III)": the next item, not a paragraph.
            guard joiner > 0, let n = b.number(at: at, limit: limit, maxDigits: 3),
                  n.end >= limit || !(b[n.end] == Byte.slash || Byte.isAlnum(b[n.end])),
                  ResolutionNumber.parse(b, at: at, limit: limit) == nil else { break }
            k = n.end
        }
        return k
    }

    static func sameShape(_ a: ResolutionNumber, _ b: ResolutionNumber) -> Bool {
        switch (a.shape, b.shape) {
        case (.yearly, .yearly): true
        case (.yearly, _), (_, .yearly): false
        default: true
        }
    }
}
