/// A resolution or decision number as it stands after "resolution(s)": one item of a list.
///
/// Three eras of numbering: "56/183" (session/number, GA since 1976; "2006/46"
/// year/number for ECOSOC; "S-10/2", "ES-10/14" for special and emergency sessions),
/// "2200 A (XXI)" (GA and ECOSOC to 1975: number, part, session in roman numerals),
/// and "1325 (2000)" (the Security Council: number and year).
struct ResolutionNumber: Hashable {
    enum Shape: Hashable {
        /// "56/183": first part is a session (GA, HRC) or a year (ECOSOC).
        case sessional(prefix: String, session: Int, number: Int)
        /// "2200 (XXI)": roman session.
        case roman(number: Int, session: String)
        /// "1325 (2000)".
        case yearly(number: Int, year: Int)
    }

    var shape: Shape
    /// Part letters: "68/247 A and B" gives ["A", "B"].
    var parts: [String]
    var range: Range<Int>

    /// Parses an item at `i`; `i` must not continue a word or a symbol. With `gluedToCJK`, Chinese
    /// characters may stand right before or after it ("第56/183号").
    static func parse(_ b: [UInt8], at i: Int, limit: Int, gluedToCJK: Bool = false) -> ResolutionNumber? {
        guard i < limit else { return nil }
        if i > 0 {
            let p = b[i - 1]
            if Byte.isAlnum(p) && !(gluedToCJK && FoldedText.afterCJK(b, at: i)) || p == Byte.slash || p == Byte.dot
                || p == Byte.hyphen { return nil }
        }
        var j = i
        var prefix = ""
        if b.matches("es-", at: j), Byte.isUpper(b[j]) { prefix = "ES-"; j += 3 }
        else if b.matches("s-", at: j), Byte.isUpper(b[j]) { prefix = "S-"; j += 2 }
        guard let first = b.number(at: j, limit: limit, maxDigits: 4) else { return nil }
        j = first.end
        if j < limit, b[j] == Byte.slash {
            guard let second = b.number(at: j + 1, limit: limit, maxDigits: 4) else { return nil }
            // "21/12/2012" is a date, "A/67/66/Add.1" continues a symbol.
            if second.end < limit, b[second.end] == Byte.slash
                || Byte.isAlpha(b[second.end]) && !(gluedToCJK && FoldedText.isCJK(b, at: second.end)) { return nil }
            var item = ResolutionNumber(shape: .sessional(prefix: prefix, session: first.value, number: second.value),
                                        parts: [], range: i..<second.end)
            item.readParts(b, limit: limit)
            return item
        }
        guard prefix.isEmpty else { return nil }
        if j < limit, Byte.isAlpha(b[j]) || b[j] == Byte.comma && j + 1 < limit && Byte.isDigit(b[j + 1]) { return nil }
        // Old style and Security Council: "2200 A (XXI)", "3411 A and B (XXX)", "1325 (2000)".
        var probe = ResolutionNumber(shape: .yearly(number: first.value, year: 0), parts: [], range: i..<j)
        probe.readParts(b, limit: limit)
        let open = b.skipSpaces(from: probe.range.upperBound, limit: limit)
        guard open < limit, b[open] == Byte.openParen, open - probe.range.upperBound <= 2 || b[probe.range.upperBound] == Byte.newline else { return nil }
        var k = open + 1
        while k < limit, k - open < 12, b[k] != Byte.closeParen { k += 1 }
        guard k < limit, b[k] == Byte.closeParen else { return nil }
        let inside = Array(b[(open + 1)..<k])
        if inside.count == 4, inside.allSatisfy(Byte.isDigit) {
            let year = inside.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard (1946...2099).contains(year), probe.parts.isEmpty else { return nil }
            return ResolutionNumber(shape: .yearly(number: first.value, year: year), parts: [], range: i..<(k + 1))
        }
        if isRomanSession(inside) {
            return ResolutionNumber(shape: .roman(number: first.value, session: String(decoding: inside, as: UTF8.self)),
                                    parts: probe.parts, range: i..<(k + 1))
        }
        return nil
    }

    /// "XXI", "S-IV", "ES-I", "LIV".
    static func isRomanSession(_ s: [UInt8]) -> Bool {
        var body = s[...]
        if body.starts(with: "ES-".bytes) { body = body.dropFirst(3) } else if body.starts(with: "S-".bytes) { body = body.dropFirst(2) }
        return !body.isEmpty && body.count <= 8 && body.allSatisfy { "IVXLC".utf8.contains($0) }
    }

    /// Part letters after the number: " A", " A and B", " A, B and C". The Assembly's
    /// omnibus disarmament resolutions run through the whole alphabet and on to doubled
    /// letters ("49/75 J", "52/38 R", "53/77 AA"), so any capital letter, or one written
    /// twice, is a part; it must stand alone, so "56/183 And" is not one.
    private mutating func readParts(_ b: [UInt8], limit: Int) {
        var j = range.upperBound
        var found: [String] = []
        while j < limit {
            var k = j
            if b[k] == Byte.comma, !found.isEmpty { k += 1 }
            guard k < limit, Byte.isSpace(b[k]) else { break }
            k = b.skipSpaces(from: k, limit: limit)
            if !found.isEmpty {
                guard b.matchesWord("and", at: k) || b[j] == Byte.comma else { break }
                if b.matchesWord("and", at: k) { k = b.skipSpaces(from: k + 3, limit: limit) }
            }
            if let range = Self.partRange(b, at: k, limit: limit) {
                found += range.letters
                j = range.end
                continue
            }
            guard let letters = Self.partLetters(b, at: k, limit: limit) else { break }
            found.append(b.string(k..<letters))
            j = letters
        }
        if !found.isEmpty {
            parts = found
            range = range.lowerBound..<j
        }
    }

    /// "51/211 A to E", "55/5 B–F": a run of parts written as its first and last letter, one
    /// part each (A, B, C, D and E), and where the run ends.
    static func partRange(_ b: [UInt8], at k: Int, limit: Int) -> (letters: [String], end: Int)? {
        guard k + 2 < limit, Byte.isUpper(b[k]) else { return nil }
        var l = k + 1
        if b[l] == Byte.hyphen { l += 1 }
        else if l + 2 < limit, b[l] == 0xE2, b[l + 1] == 0x80, b[l + 2] == 0x93 { l += 3 }
        else if Byte.isSpace(b[l]), b.matchesWord("to", at: b.skipSpaces(from: l, limit: limit)) {
            l = b.skipSpaces(from: b.skipSpaces(from: l, limit: limit) + 2, limit: limit)
        } else { return nil }
        guard l < limit, Byte.isUpper(b[l]), b[l] > b[k], b[l] - b[k] < 26 else { return nil }
        let after = l + 1
        if after < limit, Byte.isAlnum(b[after]) || b[after] == Byte.dot || b[after] == Byte.slash || b[after] == Byte.hyphen { return nil }
        return ((b[k]...b[l]).map { String(UnicodeScalar($0)) }, after)
    }

    /// The end of a part designation at `k`: one capital letter ("J") or the same letter
    /// twice ("AA", the parts after Z), standing alone; nil otherwise.
    static func partLetters(_ b: [UInt8], at k: Int, limit: Int) -> Int? {
        guard k < limit, Byte.isUpper(b[k]) else { return nil }
        var after = k + 1
        if after < limit, b[after] == b[k] { after += 1 }
        if after < limit, Byte.isAlnum(b[after]) || b[after] == Byte.dot || b[after] == Byte.slash || b[after] == Byte.hyphen { return nil }
        return after
    }
}
