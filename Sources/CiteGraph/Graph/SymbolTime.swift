/// A year for ordering nodes in time when no adoption date is known.
///
/// Node numbers follow time so that traversals touch memory mostly forwards.
/// A document known only by citation often has no date, but its symbol tells
/// the year closely enough for ordering: "S/RES/186 (1964)", "E/RES/2006/46",
/// GA session 56 (2001). This is used for ordering only, never shown as a date.
enum SymbolTime {
    static func estimatedYear(of symbol: String) -> Int? {
        // "(1964)" — Security Council resolutions carry their year.
        if let open = symbol.lastIndex(of: "("), let close = symbol.lastIndex(of: ")"), open < close {
            let inner = symbol[symbol.index(after: open)..<close]
            if inner.count == 4, let y = Int(inner) { return y }
            if let session = RomanNumeral.value(of: inner) { return 1945 + session }
        }
        let parts = symbol.split(separator: "/")
        // A 4-digit year component ("E/RES/2006/46", "S/2012/49").
        for part in parts where part.count == 4 {
            if let y = Int(part), (1945...2100).contains(y) { return y }
        }
        // A GA-style session number: "A/RES/56/183", "A/67/434".
        if parts.first == "A" {
            for part in parts.dropFirst() {
                if let s = Int(part), (1...150).contains(s) { return 1945 + s }
            }
        }
        return nil
    }
}

/// Roman session numerals of old General Assembly and ECOSOC symbols ("XXI", "LIV").
enum RomanNumeral {
    static func value(of text: some StringProtocol) -> Int? {
        let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0
        var previous = 0
        guard !text.isEmpty else { return nil }
        for ch in text.reversed() {
            guard let v = digits[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return total
    }
}
