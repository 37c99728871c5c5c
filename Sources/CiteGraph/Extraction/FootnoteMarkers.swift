/// Finds footnote markers in the body: the numbers that lead a reader to a note.
///
/// Converters flatten superscripts, so a marker is a number glued to a word or to
/// punctuation ("2003,1", "Geneva1", "Women,5"), set off by a space ("Rights, 1 the",
/// "Secretary-General 11"), or written `[^4]`. What tells it from a quantity is the
/// notes themselves: a marker names a note that exists, markers first appear in
/// increasing order, and a number after "paragraph", "No." or a preposition is a
/// quantity, not a marker. A marker may repeat an earlier note ("Geneva1 and Tunis3").
struct FootnoteMarkers {
    struct Marker {
        var number: Int
        /// Where the marker stands (its first byte).
        var position: Int
        var range: Range<Int>
    }

    let notes: Set<Int>
    /// The note numbers in increasing order, for the next note after `last`.
    private let sortedNotes: [Int]
    /// The highest note number whose marker has been seen.
    private(set) var last = 0

    init(notes: Set<Int>) {
        self.notes = notes
        sortedNotes = notes.sorted()
    }

    /// The smallest note number above `last`, by binary search in `sortedNotes`
    /// (this is asked for every number that names a note).
    private var nextNote: Int? {
        var lo = 0, hi = sortedNotes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sortedNotes[mid] > last { hi = mid } else { lo = mid + 1 }
        }
        return lo < sortedNotes.count ? sortedNotes[lo] : nil
    }

    static let quantityWords: Set<[UInt8]> = Set([
        "paragraph", "paragraphs", "para", "paras", "no", "nos", "vol", "item", "items", "article", "articles",
        "chapter", "chap", "rule", "rules", "annex", "resolution", "resolutions", "decision", "decisions", "goal",
        "goals", "target", "targets", "section", "principle", "principles", "page", "pages", "p", "pp", "and", "to",
        "of", "from", "than", "by", "on", "in", "at", "over", "under", "between", "some", "about", "nearly", "least",
        "all", "the", "with", "for", "only", "recommendation", "recommendations", "session", "sessions", "level",
        "phase", "grade", "step", "tier", "option", "part", "parts", "title", "protocol", "approximately", "around",
        "almost", "per", "or", "are", "is", "were", "was", "those", "these", "first", "last", "next", "every",
        "its", "their", "our", "his", "her", "top", "up", "down", "within", "until", "since", "after", "before",
        "during", "into", "across", "among", "amongst", "against", "through", "toward", "towards", "aged", "age",
        "ages", "under-", "appendix", "table", "figure", "box", "model", "version", "year", "years", "day", "days",
    ].map(\.bytes))

    /// What a marker may be glued to; ” and ’ end in 0x9D, 0x99.
    static let punctuation: Set<UInt8> = [Byte.comma, Byte.semicolon, Byte.colon, Byte.closeParen, UInt8(ascii: "\""),
                                          UInt8(ascii: "'"), Byte.dot, 0x9D, 0x99]

    static let unitWords: Set<[UInt8]> = Set([
        "per", "percent", "years", "year", "million", "billion", "trillion", "countries", "states", "members",
        "days", "months", "weeks", "hours", "minutes", "times", "people", "persons", "women", "men", "children",
        "cases", "deaths", "lives", "of", "to", "and", "or", "december", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "percentage", "degrees", "km",
        "kilometres", "metres", "tons", "tonnes", "units", "parties", "member", "new", "other", "more", "additional",
        "high-level", "specific", "global", "national",
    ].map(\.bytes))

    /// Markers in `range`, in text order, skipping the stretches already taken by citations.
    mutating func scan(_ b: [UInt8], _ range: Range<Int>, taken: [Range<Int>]) -> [Marker] {
        var out: [Marker] = []
        // Every marker names a note: with no notes there is nothing to find.
        guard !notes.isEmpty else { return out }
        var i = range.lowerBound
        let limit = range.upperBound
        var t = 0
        while i < limit {
            // Only "[" and digits can begin a marker. Skipping other bytes before the test
            // against `taken` is the same walk: a candidate inside a taken stretch still
            // jumps to its end. Blocks of 8 bytes with neither are passed at once.
            if i + Block.width <= limit {
                let first = b.withUnsafeBufferPointer { Block.firstSet(Self.mayStart($0.baseAddress! + i)) }
                i += first
                if first == Block.width { continue }
            }
            let c = b[i]
            guard c == Byte.openBracket || Byte.isDigit(c) else { i += 1; continue }
            while t < taken.count, taken[t].upperBound <= i { t += 1 }
            if t < taken.count, taken[t].contains(i) { i = taken[t].upperBound; continue }
            if c == Byte.openBracket, b.matches("[^", at: i),
               let n = b.number(at: i + 2, limit: limit, maxDigits: 3), n.end < limit, b[n.end] == Byte.closeBracket {
                if notes.contains(n.value) {
                    out.append(Marker(number: n.value, position: i, range: i..<(n.end + 1)))
                    last = max(last, n.value)
                }
                i = n.end + 1
                continue
            }
            guard Byte.isDigit(c), i > range.lowerBound, !Byte.isDigit(b[i - 1]) else { i += 1; continue }
            guard let n = b.number(at: i, limit: limit, maxDigits: 3) else {
                while i < limit, Byte.isDigit(b[i]) { i += 1 }
                continue
            }
            defer { i = n.end }
            guard notes.contains(n.value), isMarker(b, at: i, number: n.value, end: n.end, range: range) else { continue }
            out.append(Marker(number: n.value, position: i, range: i..<n.end))
            last = max(last, n.value)
        }
        return out
    }

    /// The lanes of the 8 bytes at `p` that are "[" or a digit.
    @inline(__always)
    static func mayStart(_ p: UnsafePointer<UInt8>) -> UInt64 {
        let x = Block.load(p)
        return Block.equal(x, Byte.openBracket) | Block.inRange(x, 0x30, 0x39)
    }

    private func isMarker(_ b: [UInt8], at i: Int, number: Int, end: Int, range: Range<Int>) -> Bool {
        // What follows: end of text, white space or punctuation, never a digit, letter, "/" or ".5".
        if end < range.upperBound {
            let a = b[end]
            if Byte.isAlnum(a) || a == Byte.slash || a == Byte.hyphen || a == Byte.openParen { return false }
            if (a == Byte.dot || a == Byte.comma), end + 1 < range.upperBound, Byte.isDigit(b[end + 1]) { return false }
            if a == UInt8(ascii: "%") { return false }
        }
        let p = b[i - 1]
        // The next note in sequence (old Security Council texts number notes across a volume: 11, 14).
        let fresh = number > last && (number <= last + 3 || number == nextNote)
        if Byte.isSpace(p) {
            // "Rights, 1 the": set off by a space; only the next note in sequence.
            guard fresh else { return false }
            var q = i - 1
            while q > range.lowerBound, Byte.isSpace(b[q - 1]) { q -= 1 }
            guard q > range.lowerBound else { return false }
            let before = b[q - 1]
            if Byte.isDigit(before) { return false }
            if Byte.isAlpha(before) {
                var s = q - 1
                while s > range.lowerBound, Byte.isAlpha(b[s - 1]) || b[s - 1] == Byte.hyphen { s -= 1 }
                let word = b[s..<q].map(Byte.lower)
                if Self.quantityWords.contains(word) { return false }
                if word.count == 1 { return false }
            } else if before == Byte.dot, q >= 2, Byte.isAlpha(b[q - 2]) {
                // "No. 5", "vol. 3": an abbreviation takes a number; a sentence's end does not.
                var s = q - 2
                while s > range.lowerBound, Byte.isAlpha(b[s - 1]) { s -= 1 }
                if q - 1 - s <= 4 { return false }
            }
            let next = b.skipSpaces(from: end, limit: range.upperBound)
            var e = next
            while e < range.upperBound, Byte.isAlpha(b[e]) || b[e] == Byte.hyphen { e += 1 }
            if e > next, Self.unitWords.contains(b[next..<e].map(Byte.lower)) { return false }
            return true
        }
        // Glued to a word: "Geneva1", "Tunis3"; never to an acronym ("G77", "P5") or a single letter.
        if Byte.isAlpha(p) {
            guard Byte.isLower(p) else { return false }
            var s = i - 1
            while s > range.lowerBound, Byte.isAlpha(b[s - 1]) { s -= 1 }
            guard i - s >= 3 else { return false }
            return number <= last + 3 || fresh
        }
        // Glued to punctuation: "2003,1", "levels;8", "Women,5", "want”,7".
        guard Self.punctuation.contains(p) else { return false }
        if p == Byte.dot, i >= 2, Byte.isDigit(b[i - 2]) { return false }          // "24.4"
        if p == Byte.comma, i >= 2, Byte.isDigit(b[i - 2]), end - i >= 3 { return false } // "1,000"
        return number <= last + 3 || fresh
    }
}
