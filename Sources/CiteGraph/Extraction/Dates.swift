/// Dates as UN texts write them ("21 December 2001"), read into ISO form.
enum Dates {
    static let months: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july",
                                    "august", "september", "october", "november", "december"].map(\.bytes)

    /// The month whose name starts at `i` (1-based) and the end of the name.
    static func month(in b: [UInt8], at i: Int) -> (month: Int, end: Int)? {
        for (k, name) in months.enumerated() where b.matchesWord(name, at: i) {
            return (k + 1, i + name.count)
        }
        return nil
    }

    /// A month's name broken by the print at a line end, "Au-\ngust" or "Au- gust":
    /// the name's letters with one hyphen and white space between two of them.
    static func brokenMonth(in b: [UInt8], at i: Int, limit: Int) -> (month: Int, end: Int)? {
        guard i < limit, Byte.isAlpha(b[i]) else { return nil }
        var letters: [UInt8] = []
        var j = i, broke = false
        while j < limit, letters.count < 10 {
            if Byte.isAlpha(b[j]) { letters.append(Byte.lower(b[j])); j += 1; continue }
            if !broke, b[j] == Byte.hyphen, j + 1 < limit, Byte.isSpace(b[j + 1]) {
                let k = b.skipSpaces(from: j + 1, limit: limit)
                guard k < limit, Byte.isLower(b[k]) else { break }
                broke = true
                j = k
                continue
            }
            break
        }
        guard broke, j == limit || !Byte.isAlnum(b[j]), let k = months.firstIndex(of: letters) else { return nil }
        return (k + 1, j)
    }

    /// "17 Decembers 2018": a date whose month name the print misspelt, a day, one word and a
    /// year. Its end, so that a list goes on past it; the date itself is not read.
    static func unreadDate(in b: [UInt8], at i: Int, limit: Int) -> Int? {
        guard let day = b.number(at: i, limit: limit, maxDigits: 2), (1...31).contains(day.value) else { return nil }
        let w = b.skipSpaces(from: day.end, limit: limit)
        guard w > day.end, w < limit, Byte.isUpper(b[w]) else { return nil }
        var e = w + 1
        while e < limit, Byte.isLower(b[e]) { e += 1 }
        guard e - w >= 3, e - w <= 12 else { return nil }
        let y = b.skipSpaces(from: e, limit: limit)
        guard y > e, let year = yearWithMarker(b, at: y, limit: limit) else { return nil }
        return year.end
    }

    /// "4 March", "21 December 2001", "13, March" (a comma the print put in), "10 Au- gust":
    /// a day and month, with the year when one follows. Lists of Council resolutions give
    /// the year once, after the last date of the year ("186 (1964) of 4 March, 187 (1964)
    /// of 13 March and 192 (1964) of 20 June 1964").
    static func dayMonth(in b: [UInt8], at i: Int, limit: Int) -> (day: Int, month: Int, year: Int?, end: Int)? {
        guard let day = b.number(at: i, limit: limit, maxDigits: 2), (1...31).contains(day.value) else { return nil }
        var m = day.end
        if m < limit, b[m] == Byte.comma { m += 1 }
        m = b.skipSpaces(from: m, limit: limit)
        guard m > day.end, let month = month(in: b, at: m) ?? brokenMonth(in: b, at: m, limit: limit) else { return nil }
        let y = b.skipSpaces(from: month.end, limit: limit)
        if y > month.end, let year = yearWithMarker(b, at: y, limit: limit) {
            return (day.value, month.month, year.value, year.end)
        }
        return (day.value, month.month, nil, month.end)
    }

    /// A year of four digits at `i`, 1900 to 2100, and its end. A footnote marker may be glued
    /// to it, as the Official Records print a superscript after the date of a cited
    /// resolution and a text layer flattens it: "43/15 of 22 June 20208 and 46/5" is 2020
    /// with marker 8 (no year has five digits). The year ends before the marker, which
    /// is left for `FootnoteMarkers`.
    static func yearWithMarker(_ b: [UInt8], at i: Int, limit: Int) -> (value: Int, end: Int)? {
        var e = i
        while e < limit, Byte.isDigit(b[e]), e - i < 8 { e += 1 }
        guard e - i >= 4, e - i <= 6, e == limit || !Byte.isDigit(b[e]),
              let year = b.number(at: i, limit: i + 4, maxDigits: 4), (1900...2100).contains(year.value) else { return nil }
        return (year.value, i + 4)
    }

    /// "21 December 2001" (any run of white space between the parts) at `i`.
    static func dayMonthYear(in b: [UInt8], at i: Int, limit: Int) -> (iso: String, end: Int)? {
        guard let day = b.number(at: i, limit: limit, maxDigits: 2), (1...31).contains(day.value) else { return nil }
        let m = b.skipSpaces(from: day.end, limit: limit)
        guard m > day.end, let month = month(in: b, at: m) else { return nil }
        let y = b.skipSpaces(from: month.end, limit: limit)
        guard y > month.end, let year = b.number(at: y, limit: limit, maxDigits: 4), year.end - y == 4 else { return nil }
        return (iso(year.value, month.month, day.value), year.end)
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    /// The first "day Month year" in a string, for metadata lines.
    static func firstDate(in text: String) -> String? {
        let b = text.bytes
        var i = 0
        while i < b.count {
            if Byte.isDigit(b[i]), i == 0 || !Byte.isDigit(b[i - 1]),
               let d = dayMonthYear(in: b, at: i, limit: b.count) {
                return d.iso
            }
            i += 1
        }
        return nil
    }
}
