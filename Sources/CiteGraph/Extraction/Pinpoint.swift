/// The part of a cited document a citation names: "paragraphs 4, 5 and 55 of the
/// Declaration", "paragraph 30 of its resolution 2010/2".
enum Pinpoint {
    /// Little words between "of" and the citation: "of the", "of its resolution".
    static let fillers = ["the", "its", "general assembly", "economic and social council", "security council",
                          "human rights council", "resolution", "resolutions", "decision"].map(\.bytes)

    static let allowed: Set<UInt8> = Set(" ,()-–abcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// A pinpoint ending right before `start` ("... of the "), within `range`.
    static func before(_ b: [UInt8], start: Int, range: Range<Int>) -> String? {
        let floor = max(range.lowerBound, start - 160)
        // Find the last "paragraph" before the citation.
        var p = start - 9
        while p >= floor {
            if b.matches("paragraph", at: p), p == range.lowerBound || !Byte.isAlnum(b[p - 1]) { break }
            p -= 1
        }
        guard p >= floor else { return nil }
        // Between it and the citation: numbers and list words, then "of", then optional little words.
        var k = start
        while k > p, Byte.isSpace(b[k - 1]) { k -= 1 }
        var tail = k
        let fillers = Self.fillers
        var moved = true
        while moved {
            moved = false
            for f in fillers where tail - f.count >= p && b.matchesWord(f, at: tail - f.count) {
                tail -= f.count
                while tail > p, Byte.isSpace(b[tail - 1]) { tail -= 1 }
                moved = true
            }
        }
        guard tail - 2 > p, b.matchesWord("of", at: tail - 2) else { return nil }
        var end = tail - 2
        while end > p, Byte.isSpace(b[end - 1]) { end -= 1 }
        let text = b[p..<end]
        guard text.count > 10, text.dropFirst(9).allSatisfy({ allowed.contains(Byte.lower($0)) || Byte.isSpace($0) }),
              text.contains(where: Byte.isDigit) else { return nil }
        return String(decoding: text, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
