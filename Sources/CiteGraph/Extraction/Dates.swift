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
