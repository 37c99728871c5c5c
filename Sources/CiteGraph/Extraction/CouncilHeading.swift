/// The heading a resolution of the Security Council is printed under, in every form
/// the Council's yearly volumes (Resolutions and Decisions of the Security Council)
/// and its documents have used:
///
/// - "Resolution 201 (1965)" with "of 19 March 1965" on the same or the next line
///   (the volumes from 1965 on);
/// - "RESOLUTION 800 (1993)" followed by "Adopted by the Security Council at its
///   3157th meeting, on 8 January 1993" (documents of the 1990s);
/// - "39 (1948). Resolution of 20 January 1948", or without the full stop,
///   "1 (1946) Resolution of 25 January 1946" (the volumes of 1946–1964).
///
/// A heading stands alone on its line: the same words inside a sentence ("by its
/// resolution 201 (1965) of 19 March 1965") are a citation, not a heading. A heading
/// that is not the document's own is the next resolution printed on the same page,
/// which is never a citation either.
struct CouncilHeading: Equatable {
    var number: Int
    var year: Int
    /// The year as printed, when the print was damaged ("197-4"): the heading was
    /// read by repairing it, which a user should be told.
    var damagedYear: String?
    /// "of 19 March 1965" on the heading line itself, ISO form.
    var adopted: String?
    /// The byte range of the number and year ("201 (1965)").
    var numberRange: Range<Int>

    var symbol: String { "S/RES/\(number) (\(year))" }

    /// Reads a heading filling the whole of `line` (its content, trimmed), or nil.
    static func read(_ b: [UInt8], _ line: Range<Int>) -> CouncilHeading? {
        guard !line.isEmpty, line.count <= 80 else { return nil }
        var i = line.lowerBound
        let end = line.upperBound
        // "Resolution 201 (1965)", any case.
        if b.matchesWord("resolution", at: i) {
            let n = b.skipSpaces(from: i + 10, limit: end)
            guard n > i + 10, var h = numberAndYear(b, at: n, limit: end) else { return nil }
            i = b.skipSpaces(from: h.numberRange.upperBound, limit: end)
            if i == end { return h }
            // "of 30 July 1980" on the same line.
            guard b.matchesWord("of", at: i),
                  let date = Dates.dayMonthYear(in: b, at: b.skipSpaces(from: i + 2, limit: end), limit: end),
                  b.skipSpaces(from: date.end, limit: end) == end else { return nil }
            h.adopted = date.iso
            return h
        }
        // "39 (1948). Resolution of 20 January 1948", "1 (1946) Resolution of 25 January 1946".
        guard var h = numberAndYear(b, at: i, limit: end) else { return nil }
        i = h.numberRange.upperBound
        if i < end, b[i] == Byte.dot { i += 1 }
        let r = b.skipSpaces(from: i, limit: end)
        guard r > i || b[i - 1] == Byte.dot, b.matchesWord("resolution", at: r) else { return nil }
        let of = b.skipSpaces(from: r + 10, limit: end)
        guard b.matchesWord("of", at: of),
              let date = Dates.dayMonthYear(in: b, at: b.skipSpaces(from: of + 2, limit: end), limit: end) else { return nil }
        h.adopted = date.iso
        return h
    }

    /// "of 19 March 1965" alone on the line under a heading.
    static func dateLine(_ b: [UInt8], _ line: Range<Int>) -> String? {
        guard line.count <= 40, b.matchesWord("of", at: line.lowerBound) else { return nil }
        let d = b.skipSpaces(from: line.lowerBound + 2, limit: line.upperBound)
        guard let date = Dates.dayMonthYear(in: b, at: d, limit: line.upperBound),
              b.skipSpaces(from: date.end, limit: line.upperBound) == line.upperBound else { return nil }
        return date.iso
    }

    /// "201 (1965)", "210(1965)", and a year the print damaged with one stray mark
    /// inside it ("361 (197-4)"), which the Council's numbering leaves one reading of.
    private static func numberAndYear(_ b: [UInt8], at i: Int, limit: Int) -> CouncilHeading? {
        guard let n = b.number(at: i, limit: limit, maxDigits: 4), n.value > 0 else { return nil }
        let open = b.skipSpaces(from: n.end, limit: limit)
        guard open - n.end <= 1, open < limit, b[open] == Byte.openParen else { return nil }
        var k = open + 1
        var digits: [UInt8] = []
        var marks = 0
        while k < limit, k - open <= 7, b[k] != Byte.closeParen {
            if Byte.isDigit(b[k]) { digits.append(b[k]) } else { marks += 1 }
            k += 1
        }
        guard k < limit, b[k] == Byte.closeParen, digits.count == 4, marks <= 1 else { return nil }
        let year = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard (1946...2099).contains(year) else { return nil }
        if marks == 1 {
            // A damaged year is taken only where the numbering confirms it.
            guard CouncilNumbering.year(of: n.value).map({ $0 == year }) ?? true else { return nil }
        }
        return CouncilHeading(number: n.value, year: year,
                              damagedYear: marks == 1 ? b.string((open + 1)..<k) : nil,
                              adopted: nil, numberRange: i..<(k + 1))
    }
}
