/// "The General Assembly," opening a text: the organ whose voice the paragraphs after it are.
///
/// A resolution of one organ may carry the text another is to adopt: the Economic and Social
/// Council "Recommends to the General Assembly the adoption of the following draft
/// resolution: The General Assembly, …, Recalling its resolution 69/194 …". From that formula
/// on, "its" is the Assembly's, not the Council's (the UN's editors link A/RES/69/194), until
/// another formula hands the text back ("The Economic and Social Council,").
enum EnactingFormula {
    /// The formulas in `range`: "The <organ>," at the paragraph's start, or after a colon
    /// ("the following draft resolution: The General Assembly,"), with the organ named.
    /// Positions are where "The" stands.
    static func find(_ b: [UInt8], in range: Range<Int>) -> [(position: Int, organ: Organ)] {
        var out: [(Int, Organ)] = []
        let limit = range.upperBound
        let first = b.skipSpaces(from: range.lowerBound, limit: limit)
        if let organ = formula(b, at: first, limit: limit) { out.append((first, organ)) }
        var i = first
        while i < limit, let colon = b.index(of: Byte.colon, in: i..<limit) {
            // The next colon by `memchr`: a formula follows one only ("… adopted the following resolution:").
            var t = b.skipSpaces(from: colon + 1, limit: limit)
            // An opening quotation mark: “The General Assembly,
            if t + 2 < limit, b[t] == 0xE2, b[t + 1] == 0x80, b[t + 2] == 0x9C { t += 3 }
            else if t < limit, b[t] == UInt8(ascii: "\"") { t += 1 }
            if let organ = formula(b, at: t, limit: limit) { out.append((t, organ)) }
            i = colon + 1
        }
        return out
    }

    /// The organ of "The <organ>," at `i`: a capitalised "The", a full name, a comma.
    static func formula(_ b: [UInt8], at i: Int, limit: Int) -> Organ? {
        guard i + 4 < limit, b[i] == UInt8(ascii: "T"), b.matchesWord("the", at: i) else { return nil }
        guard let named = Organ.fullName(at: b.skipSpaces(from: i + 3, limit: limit), in: b, limit: limit),
              named.end < limit, b[named.end] == Byte.comma else { return nil }
        if case .external = named.organ { return nil }
        return named.organ
    }
}
