/// Recognises UN document symbols written out in full: `A/67/434`, `A/C.2/59/3`,
/// `E/CN.4/Sub.2/1987/WP.4/Add.1`, `S/PRST/1994/16`, `NPT/CONF.2010/50 (Vol. I)`,
/// joint symbols `A/67/66-E/2012/49`, and explicit resolution symbols `A/RES/56/183`.
///
/// A symbol starts with a known series prefix (the issuing organ or treaty body)
/// followed by a slash. The list keeps "N/A", "HIV/AIDS" and IAEA's "GC(69)/RES/7"
/// out without any rule aimed at them: N is no series, HIV/AIDS has no number,
/// and GC( is no symbol start.
struct SymbolScanner {
    /// Series prefixes of the UN document system (first element of a symbol).
    static let prefixes: Set<[UInt8]> = Set([
        "A", "E", "S", "ST", "CD", "NPT", "UNEP", "TD", "DP", "CRC", "CEDAW", "CCPR", "CERD", "CAT",
        "CMW", "CRPD", "CED", "HRI", "ICCD", "FCCC", "JIU", "UNW", "ISBA", "SPLOS", "ITLOS", "ECE",
        "UNCITRAL", "IDB", "PBC", "ATT", "BWC", "CCW", "APLC", "UNDP", "UNFPA", "UNOPS", "UNHCR",
        "TRADE", "DPI", "SG", "LOS", "UNITAR", "UNU", "UN-HABITAT", "HSP", "UNCTAD", "ESCAP", "ECA",
        "ECLAC", "ESCWA", "LC", "IMO", "CBD", "BC", "RC", "MC", "CTOC",
        // Meetings of States parties that the UN Office for Disarmament Affairs services issue
        // their documents in series of their own, as BWC, CCW and APLC do: the Convention on
        // Cluster Munitions (CCM/CONF/2021/6) and the Treaty on the Prohibition of Nuclear
        // Weapons (TPNW/MSP/2022/6).
        "CCM", "TPNW",
        // The Commission on the Limits of the Continental Shelf (CLCS/11) and the Conference of
        // the States Parties to the Convention against Corruption (CAC/COSP/2019/17), whose
        // documents the Assembly's law-of-the-sea and crime resolutions cite.
        "CLCS", "CAC",
    ].map(\.bytes))

    struct Match {
        var range: Range<Int>
        /// The symbol as written, furniture such as trailing dots removed.
        var symbol: String
        /// The halves of a joint symbol (one element for a plain symbol), for "and Add.1".
        var halves: [String]
    }

    /// A symbol starting at `i`, if one does. `i` must be a word start; with `gluedToCJK`, a
    /// Chinese character may stand right before it ("见A/76/25": Chinese writes no spaces).
    static func match(_ b: [UInt8], at i: Int, limit: Int, gluedToCJK: Bool = false) -> Match? {
        guard i < limit, Byte.isUpper(b[i]) else { return nil }
        if i > 0 {
            let p = b[i - 1]
            if Byte.isAlnum(p) && !(gluedToCJK && FoldedText.afterCJK(b, at: i)) || p == Byte.slash || p == Byte.dot
                || p == Byte.hyphen || p == Byte.closeParen { return nil }
        }
        var halves: [String] = []
        var j = i
        var end = i
        while true {
            guard let half = single(b, at: j, limit: limit) else { break }
            halves.append(b.string(j..<half))
            end = half
            // A joint symbol: "-" directly followed by another series prefix and a slash.
            if half < limit, b[half] == Byte.hyphen, half + 1 < limit, Byte.isUpper(b[half + 1]),
               single(b, at: half + 1, limit: limit) != nil {
                j = half + 1
                continue
            }
            // The French, Spanish, Russian and Arabic texts join the halves with an en dash or a
            // minus sign: "A/76/78–E/2021/71", "A/76/64−E/2021/11".
            if half + 3 < limit, b[half] == 0xE2, b[half + 1] == 0x80 && b[half + 2] == 0x93 || b[half + 1] == 0x88 && b[half + 2] == 0x92,
               Byte.isUpper(b[half + 3]), single(b, at: half + 3, limit: limit) != nil {
                j = half + 3
                continue
            }
            break
        }
        guard !halves.isEmpty else { return nil }
        // The run of records is written with an en dash and symbolised with a hyphen
        // ("A/C.6/64/SR.1–28/Corrigendum" is A/C.6/64/SR.1-28/Corrigendum).
        for (k, half) in halves.enumerated() where half.utf8.contains(0xE2) {
            var bytes: [UInt8] = [], u = Array(half.utf8), i = 0
            while i < u.count {
                if i + 2 < u.count, u[i] == 0xE2, u[i + 1] == 0x80, u[i + 2] == 0x93 { bytes.append(Byte.hyphen); i += 3 } else { bytes.append(u[i]); i += 1 }
            }
            halves[k] = String(decoding: bytes, as: UTF8.self)
        }
        // "S/1117/Add. 1": a part written with a space after its dot, read as "Add.1".
        if end + 2 < limit, b[end] == Byte.dot, b[end + 1] == Byte.space, Byte.isDigit(b[end + 2]), let last = halves.last,
           let slash = last.lastIndex(of: "/"), partWords.contains(Array(last[last.index(after: slash)...].utf8) + [Byte.dot]),
           let n = b.number(at: end + 2, limit: limit, maxDigits: 3) {
            halves[halves.count - 1] = last + "." + b.string((end + 2)..<n.end)
            end = n.end
        }
        var symbol = halves.joined(separator: "-")
        // "NPT/CONF.2010/50 (Vol. I)", "A/80/130 (Part I)": the volume or part is part of the symbol.
        if let suffix = volumeOrPart(b, at: end, limit: limit) {
            symbol += " " + b.string(suffix.text)
            end = suffix.end
            // "NPT/CONF.1995/32 (Part I)/Corr.2": a corrigendum or addendum to that part.
            if end < limit, b[end] == Byte.slash, let part = partElement(b, at: end + 1, limit: limit) {
                symbol += "/" + part.text
                end = part.end
            }
        }
        return Match(range: i..<end, symbol: symbol, halves: halves)
    }

    /// One half of a symbol: prefix, then slash-separated elements, at least one with a digit.
    private static func single(_ b: [UInt8], at i: Int, limit: Int) -> Int? {
        var j = i
        while j < limit, Byte.isUpper(b[j]) || (b[j] == Byte.hyphen && j + 1 < limit && Byte.isUpper(b[j + 1])) { j += 1 }
        guard j < limit, b[j] == Byte.slash, prefixes.contains(Array(b[i..<j])) else { return nil }
        var end = j
        var sawDigit = false
        while end < limit, b[end] == Byte.slash {
            let start = end + 1
            var k = start
            while k < limit {
                let c = b[k]
                if Byte.isAlnum(c) && c < 0x80 || c == Byte.dot {
                    // A page header glues the symbol to the next word: "A/RES/67/195General".
                    if Byte.isUpper(c), k > start, Byte.isDigit(b[k - 1]), k + 1 < limit, Byte.isLower(b[k + 1]) { break }
                    k += 1
                } else if c == Byte.openParen, k > start, Byte.isUpper(b[k - 1]), let n = b.number(at: k + 1, limit: limit, maxDigits: 3),
                          n.end < limit, b[n.end] == Byte.closeParen, n.end + 1 < limit, b[n.end + 1] == Byte.slash {
                    // The session of a treaty body's conference: ICCD/COP(14)/23, ICCD/CRIC(18)/2.
                    k = n.end + 1
                } else if c == Byte.hyphen, k + 1 < limit, Byte.isDigit(b[k + 1]),
                          k - start <= 2, b[start..<k].allSatisfy(Byte.isUpper) {
                    k += 1  // special and emergency sessions: A/RES/S-10/2, A/RES/ES-10/14
                } else if c == Byte.hyphen, k > start, b[start..<k].allSatisfy(Byte.isUpper), let w = hyphenedWordEnd(b, at: k + 1, limit: limit),
                          single(b, at: k + 1, limit: limit) == nil {
                    k = w   // an element of two words: UNEP/CBD/BS/COP-MOP/5/17 (the parties' meeting)
                } else if k > start, Byte.isDigit(b[k - 1]), let r = recordRangeEnd(b, at: k, limit: limit) {
                    k = r   // a corrigendum to a run of records: A/C.6/64/SR.1-28/Corrigendum
                } else {
                    break
                }
            }
            while k > start, b[k - 1] == Byte.dot { k -= 1 }   // a sentence's full stop
            guard k > start else { break }
            if b[start..<k].contains(where: Byte.isDigit) { sawDigit = true }
            end = k
        }
        return sawDigit && end > j ? end : nil
    }

    /// Where the upper-case word after an element's hyphen ends, when a slash follows it
    /// ("MOP" in "COP-MOP/5/17"). A word that starts a symbol of its own is a joint symbol's
    /// second half instead ("A/67/66-E/2012/49"), which the caller tests.
    private static func hyphenedWordEnd(_ b: [UInt8], at i: Int, limit: Int) -> Int? {
        var j = i
        while j < limit, Byte.isUpper(b[j]) { j += 1 }
        return j > i && j < limit && b[j] == Byte.slash ? j : nil
    }

    /// Where a run of record numbers ends ("1–28" in "A/C.6/64/SR.1–28/Corrigendum"), when the dash
    /// at `k` (a hyphen or an en dash, after the first number) starts one and a corrigendum of
    /// the run follows: the one document that corrects summary records 1 to 28 of a session. A
    /// run without its corrigendum ("A/C.6/60/SR.3–5") is several records, and is not read as one symbol.
    private static func recordRangeEnd(_ b: [UInt8], at k: Int, limit: Int) -> Int? {
        var d = k
        if b[d] == Byte.hyphen { d += 1 }
        else if d + 2 < limit, b[d] == 0xE2, b[d + 1] == 0x80, b[d + 2] == 0x93 { d += 3 }
        else { return nil }
        guard let n = b.number(at: d, limit: limit, maxDigits: 4), n.end + 5 <= limit, b[n.end] == Byte.slash,
              b[(n.end + 1)..<(n.end + 5)].elementsEqual("Corr".utf8) else { return nil }
        return n.end
    }

    /// "S/2338/2024": the Security Council has numbered its documents year first since
    /// 1994 ("S/2016/738"), and before that by number alone ("S/5868", "S/25704"). A
    /// number followed by a year, the number no year of the Council's series, is the
    /// OPCW Technical Secretariat's own series ("Note by the Technical Secretariat",
    /// S/1906/2020), which disarmament resolutions cite beside the Council's documents.
    /// Read from the bytes of the match: it is asked of every symbol found.
    static func isOPCWSecretariatNote(_ b: [UInt8], _ m: Match) -> Bool {
        let i = m.range.lowerBound
        guard m.halves.count == 1, i + 2 < m.range.upperBound, b[i] == UInt8(ascii: "S"), b[i + 1] == Byte.slash,
              let n = b.number(at: i + 2, limit: m.range.upperBound, maxDigits: 5), n.end < m.range.upperBound,
              b[n.end] == Byte.slash,
              let year = b.number(at: n.end + 1, limit: m.range.upperBound, maxDigits: 4), year.end - n.end == 5 else { return false }
        if year.end < m.range.upperBound, Byte.isAlnum(b[year.end]) { return false }
        return (1997...2099).contains(year.value) && !(1994...2099).contains(n.value)
    }

    private static func volumeOrPart(_ b: [UInt8], at i: Int, limit: Int) -> (text: Range<Int>, end: Int)? {
        // One space, or a line break with the next line's indentation: a converter wraps
        // "NPT/CONF.2010/50\n    (Vol. II)" and it is still the one symbol. A blank line
        // (two breaks) ends the paragraph, and so the symbol.
        let open = b.skipSpaces(from: i, limit: limit)
        guard open < limit, b[open] == Byte.openParen,
              open - i <= 1 || b[i..<open].lazy.filter({ $0 == Byte.newline }).count == 1 && open - i <= 12 else { return nil }
        let word = open + 1
        // "A/76/6 (Sect. 2)", "A/76/6 (Introduction)", "A/76/6 (Income sect. 1)": the parts of
        // the programme budget are part of the symbol too.
        guard b.matches("vol.", at: word) || b.matches("part", at: word) || b.matches("sect.", at: word)
                || b.matches("introduction)", at: word) || b.matches("income sect.", at: word) else { return nil }
        // Inside, words of letters, digits and dots, one space apart ("Vol. II", "Income sect. 1"):
        // anything else (a tab, a run of spaces, a control character) is not a part's name, and
        // would have made a symbol with white space in it (found by the extract fuzz target).
        var k = word
        while k < limit, k - word < 24, b[k] != Byte.closeParen {
            let c = b[k]
            if Byte.isAlnum(c) || c == Byte.dot || (c == Byte.space && b[k - 1] != Byte.space) { k += 1 } else { return nil }
        }
        guard k < limit, b[k] == Byte.closeParen, b[k - 1] != Byte.space else { return nil }
        return (open..<(k + 1), k + 1)
    }

    /// "and Add.1", "and Corr.1", "Add.1 and 2": further parts of the document
    /// just named, each a document of its own.
    static func continuations(_ b: [UInt8], after match: Match, limit: Int) -> [(symbol: String, end: Int)] {
        var out: [(String, Int)] = []
        var last = match.halves
        var i = match.range.upperBound
        while true {
            let a = b.skipSpaces(from: i, limit: limit)
            var k = a
            if k < limit, b[k] == Byte.comma { k = b.skipSpaces(from: k + 1, limit: limit) }
            else if b.matchesWord("and", at: k) { k = b.skipSpaces(from: k + 3, limit: limit) }
            else { break }
            // "and Add.1": a new part on the base symbol.
            if let part = partElement(b, at: k, limit: limit) {
                let base = last.map { stripPart($0) }
                last = base.map { $0 + "/" + part.text }
                out.append((last.joined(separator: "-"), part.end))
                i = part.end
                continue
            }
            // "Add.1 and 2": another number of the same part.
            if let lastPart = last.first.flatMap(partName), let n = b.number(at: k, limit: limit, maxDigits: 3),
               n.end == limit || !Byte.isAlpha(b[n.end]) && !(b[n.end] == Byte.slash) {
                last = last.map { stripPart($0) + "/" + lastPart + "\(n.value)" }
                out.append((last.joined(separator: "-"), n.end))
                i = n.end
                continue
            }
            break
        }
        return out
    }

    private static let partWords = ["Add.", "Corr.", "Rev.", "Amend."].map(\.bytes)

    private static func partElement(_ b: [UInt8], at i: Int, limit: Int) -> (text: String, end: Int)? {
        for w in partWords where b.matches(w.map(Byte.lower), at: i) && Byte.isUpper(b[i]) {
            // "Corr. 1": the old Council documents set a space after the part's dot.
            let at = i + w.count < limit && b[i + w.count] == Byte.space ? i + w.count + 1 : i + w.count
            if let n = b.number(at: at, limit: limit, maxDigits: 3) {
                return (b.string(i..<(i + w.count)) + b.string(at..<n.end), n.end)
            }
        }
        return nil
    }

    /// "A/67/66/Add.1" → "Add." ; nil when the last element is no part.
    private static func partName(_ symbol: String) -> String? {
        guard let last = symbol.split(separator: "/").last else { return nil }
        for w in ["Add.", "Corr.", "Rev.", "Amend."] where last.hasPrefix(w) { return w }
        return nil
    }

    /// Removes a trailing Add./Corr./Rev. element; "and Add.2" after "Add.1" names a sibling.
    private static func stripPart(_ symbol: String) -> String {
        guard partName(symbol) != nil, let slash = symbol.lastIndex(of: "/") else { return symbol }
        return String(symbol[..<slash])
    }
}
