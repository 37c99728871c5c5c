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

    /// A citation whose last digits may be the next note's marker glued to it: "la décision
    /// CBD/NP/MOP/DEC/2/714" for decision 2/7 and note 14, "59/3009" for 59/300 and note 9.
    struct Glued {
        var marker: Marker
        /// The citation's range, marker included.
        var citation: Range<Int>
    }
    /// The candidates waiting for the next marker to decide them, each for the note after
    /// the one before ("VIII/1913 … 2/714" for notes 13 and 14): the note after the last
    /// accepts them all (the sequence needs those notes there), one of their notes found
    /// elsewhere rejects them all.
    private var pending: [Glued] = []
    /// Where the last marker found ends: a candidate must stand after it.
    private var lastMarkerEnd = 0
    /// Whether the marker that set `last` was glued to the text before it.
    private var lastWasGlued = false
    /// Candidates the sequence accepted, for the caller to cut from their citations.
    var acceptedGlued: [Glued] = []

    /// The month names of the text's language, folded (`CompiledForms.months`): "13 novembre",
    /// "2 كانون الأول/ديسمبر" are days of dates, never markers. English months are unit words.
    let months: [[UInt8]]
    /// The words that may stand between a day and its month ("2 de noviembre"), folded.
    let dateFillers: [[UInt8]]

    init(notes: Set<Int>, months: [[UInt8]] = [], dateFillers: [[UInt8]] = []) {
        self.notes = notes
        sortedNotes = notes.sorted()
        self.months = months
        self.dateFillers = dateFillers
    }

    /// Whether a month name of the text's language starts at `i`, perhaps after one of the
    /// words that join a day to its month.
    private func monthStarts(_ b: [UInt8], at i: Int, limit: Int) -> Bool {
        b.withUnsafeBufferPointer { buf in
            if months.contains(where: { FoldedText.matches(buf, $0, at: i, limit: limit) }) { return true }
            for filler in dateFillers where FoldedText.matches(buf, filler, at: i, limit: limit) {
                var j = i + filler.count
                guard j < limit, Byte.isSpace(buf[j]) else { continue }
                while j < limit, Byte.isSpace(buf[j]) { j += 1 }
                if months.contains(where: { FoldedText.matches(buf, $0, at: j, limit: limit) }) { return true }
            }
            return false
        }
    }

    /// The smallest note number above `last`, by binary search in `sortedNotes`
    /// (this is asked for every number that names a note).
    private var nextNote: Int? { note(after: last) }

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

    /// What a marker may be glued to (closing typographic quotes are tested on their own).
    static let punctuation: Set<UInt8> = [Byte.comma, Byte.semicolon, Byte.colon, Byte.closeParen, UInt8(ascii: "\""),
                                          UInt8(ascii: "'"), Byte.dot]

    static let unitWords: Set<[UInt8]> = Set([
        "per", "percent", "years", "year", "million", "billion", "trillion", "countries", "states", "members",
        "days", "months", "weeks", "hours", "minutes", "times", "people", "persons", "women", "men", "children",
        "cases", "deaths", "lives", "of", "to", "and", "or", "december", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "percentage", "degrees", "km",
        "kilometres", "metres", "tons", "tonnes", "units", "parties", "member", "new", "other", "more", "additional",
        "high-level", "specific", "global", "national",
    ].map(\.bytes))

    static let listWords: Set<[UInt8]> = Set(["of", "to", "and", "or"].map(\.bytes))

    /// Whether a lower-case word of two letters or more, ended by a space or punctuation,
    /// starts at `end`, and is no ordinal or unit suffix ("7th", "5km", "3rd").
    static func gluedToNextWord(_ b: [UInt8], end: Int, limit: Int) -> Bool {
        var e = end
        while e < limit, Byte.isLower(b[e]) { e += 1 }
        guard e - end >= 2, e == limit || !(Byte.isAlnum(b[e]) || b[e] == Byte.slash || b[e] == Byte.hyphen) else { return false }
        return !Self.suffixes.contains(Array(b[end..<e]))
    }

    static let suffixes: Set<[UInt8]> = Set(["st", "nd", "rd", "th", "km", "kg", "mm", "cm", "kt", "mt", "bn", "ml", "kw", "mw", "gw",
                                              "ha", "ft", "lb", "lbs", "pm", "am", "px", "min", "sec", "hrs", "yr", "yrs"].map(\.bytes))

    /// Whether the digits ending at `end` are exactly a year, 1900 to 2099, standing as a word.
    static func endsWithYear(_ b: [UInt8], at end: Int, from start: Int) -> Bool {
        guard end - start >= 4 else { return false }
        let s = end - 4
        // The end of a span of years, "2021–2026", with an en dash (E2 80 93) before it.
        let enDash = s >= start + 3 && b[s - 3] == 0xE2 && b[s - 2] == 0x80 && b[s - 1] == 0x93
        if s > start, !enDash, Byte.isAlnum(b[s - 1]) || b[s - 1] == Byte.slash || b[s - 1] == Byte.dot || b[s - 1] == Byte.comma { return false }
        guard let y = b.number(at: s, limit: end, maxDigits: 4), y.end == end else { return false }
        return (1900...2099).contains(y.value)
    }

    /// Whether the word ending at `end` starts with a capital letter.
    static func capitalised(_ b: [UInt8], endingAt end: Int, from start: Int) -> Bool {
        var s = end
        while s > start, Byte.isAlpha(b[s - 1]) { s -= 1 }
        return s < end && Byte.isUpper(b[s])
    }

    /// Markers in `range`, in text order, skipping the stretches already taken by citations.
    /// `gluable` holds the ends of the taken stretches that end in their citation's own last
    /// number, where a glued marker may hide (`Glued`).
    mutating func scan(_ b: [UInt8], _ range: Range<Int>, taken: [Range<Int>], gluable: Set<Int> = []) -> [Marker] {
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
            if t < taken.count, taken[t].contains(i) {
                i = taken[t].upperBound
                // "43/15 of 22 June 20208 and": the marker glued to the year that ends a citation
                // (the date is the citation's, the digit after it the marker's).
                if i < limit, Byte.isDigit(b[i]), Byte.isDigit(b[i - 1]), let g = b.number(at: i, limit: limit, maxDigits: 2),
                   g.value == nextNote, notes.contains(g.value),
                   g.end == limit || !(Byte.isAlnum(b[g.end]) || b[g.end] == Byte.slash || b[g.end] == Byte.openParen) {
                    record(Marker(number: g.value, position: i, range: i..<g.end), glued: true, &out)
                    i = g.end
                } else if i + 2 < limit, b[i] == Byte.openParen, Byte.isDigit(b[i + 1]), let g = b.number(at: i + 1, limit: limit, maxDigits: 3),
                          g.end < limit, b[g.end] == Byte.closeParen, g.value == nextNote, notes.contains(g.value) {
                    // "قرارها 59/300(9)": the next note's marker, bracketed, right after a citation.
                    record(Marker(number: g.value, position: i + 1, range: (i + 1)..<g.end), glued: false, &out)
                    i = g.end + 1
                } else if gluable.contains(i), let glued = gluedAtEnd(b, of: taken[t], limit: limit) {
                    pending.append(glued)
                }
                continue
            }
            if c == Byte.openBracket, b.matches("[^", at: i),
               let n = b.number(at: i + 2, limit: limit, maxDigits: 3), n.end < limit, b[n.end] == Byte.closeBracket {
                if notes.contains(n.value) { record(Marker(number: n.value, position: i, range: i..<(n.end + 1)), glued: Self.glued(b, at: i, range), &out) }
                i = n.end + 1
                continue
            }
            guard Byte.isDigit(c), i > range.lowerBound, !Byte.isDigit(b[i - 1]) else { i += 1; continue }
            guard let n = b.number(at: i, limit: limit, maxDigits: 6) else {
                while i < limit, Byte.isDigit(b[i]) { i += 1 }
                continue
            }
            defer { i = n.end }
            // A marker glued to a year: "20233 and 2024,4" is 2023 with marker 3.
            if n.end - i >= 5, n.end - i <= 6, let year = b.number(at: i, limit: i + 4, maxDigits: 4),
               (1900...2099).contains(year.value), let glued = b.number(at: i + 4, limit: n.end, maxDigits: 2),
               glued.value == nextNote, notes.contains(glued.value),
               n.end == range.upperBound || !(Byte.isAlnum(b[n.end]) || b[n.end] == Byte.slash || b[n.end] == Byte.openParen) {
                record(Marker(number: glued.value, position: i + 4, range: (i + 4)..<n.end), glued: true, &out)
                continue
            }
            guard n.end - i <= 3, notes.contains(n.value), isMarker(b, at: i, number: n.value, end: n.end, range: range) else { continue }
            record(Marker(number: n.value, position: i, range: i..<n.end), glued: Self.glued(b, at: i, range), &out)
        }
        return out
    }

    /// Keeps a marker found, and lets it decide the pending glued candidate: the note right
    /// after the candidate's accepts it, the candidate's own note found here rejects it.
    /// A glued candidate is decided by glued markers only: a text that sets its markers off
    /// ("في 2 كانون", "(4)") or whose markers are misread says nothing of glued digits.
    private mutating func record(_ marker: Marker, glued: Bool, _ out: inout [Marker]) {
        if let p = pending.last {
            if pending.contains(where: { $0.marker.number == marker.number }) {
                pending = []
            } else if marker.number > p.marker.number {
                // `last` moves past the accepted notes with this marker, just below.
                if glued, marker.number == note(after: p.marker.number) { acceptedGlued += pending }
                pending = []
            }
        }
        out.append(marker)
        if marker.number >= last { lastWasGlued = glued }
        last = max(last, marker.number)
        lastMarkerEnd = max(lastMarkerEnd, marker.range.upperBound)
    }

    /// Whether the number at `i..<end` stands glued where other scripts put markers: after a
    /// lower-case Cyrillic or Latin letter, an Arabic letter, a Chinese character or
    /// punctuation mark, or in brackets right after an Arabic word or a year. Never after a
    /// capital ("ЦУР3"), after "第" ("第12，" is paragraph 12), or before a Chinese character
    /// ("2001年12月", "第2段"): there the number is part of the text.
    func gluedInOtherScript(_ b: [UInt8], at i: Int, end: Int, range: Range<Int>) -> Bool {
        var before = i
        if b[i - 1] == Byte.openParen {
            guard end < range.upperBound, b[end] == Byte.closeParen, i - 1 > range.lowerBound else { return false }
            before = i - 1
            if Self.endsWithYear(b, at: before, from: range.lowerBound) { return true }
            guard b[before - 1] >= 0x80 else { return false }
            // After a quotation mark of either direction (right-to-left text mirrors them):
            // "”المستقبل الذي نصبو إليه“(1)".
            if Self.quoteEnds(b, at: before, eitherDirection: true) { return true }
        }
        if FoldedText.isCJK(b, at: end) { return false }
        return b.withUnsafeBufferPointer { buf in
            let s = FoldedText.previousStart(buf, before: before, from: range.lowerBound)
            let c = buf[s], d = s + 1 < before ? buf[s + 1] : 0
            switch c {
            case 0xD0: return d >= 0xB0 && d <= 0xBF                  // а–п
            case 0xD1: return d >= 0x80 && d <= 0x9F                  // р–я, ё and the rest
            case 0xC3: return d >= 0x9F && d != 0xB7                  // ß à–ÿ, not ÷
            case 0xC4, 0xC5: return d & 1 == 1                        // ā ă ą … ž: odd code points are lower case here
            case 0xD8...0xDB: return FoldedText.isLetter(buf, at: s, limit: before)
            case 0xE3...0xE9:
                if s + 2 < before, c == 0xE7, buf[s + 1] == 0xAC, buf[s + 2] == 0xAC { return false } // 第
                return true
            case 0xEF: return true                                    // full-width punctuation "，"
            default: return false
            }
        }
    }

    /// Whether a typographic quotation mark ends right before `i`: a closing one (” ’ »), or
    /// with `eitherDirection` any of them (‘ ’ ‚ ‛ “ ” « »).
    static func quoteEnds(_ b: [UInt8], at i: Int, eitherDirection: Bool) -> Bool {
        if i >= 3, b[i - 3] == 0xE2, b[i - 2] == 0x80 {
            let c = b[i - 1]
            return eitherDirection ? (0x98...0x9D).contains(c) : c == 0x9D || c == 0x99
        }
        return i >= 2 && b[i - 2] == 0xC2 && (b[i - 1] == 0xBB || eitherDirection && b[i - 1] == 0xAB)
    }

    /// Whether the marker at `i` is glued to what comes before it (no space, no bracket).
    static func glued(_ b: [UInt8], at i: Int, _ range: Range<Int>) -> Bool {
        i > range.lowerBound && !Byte.isSpace(b[i - 1]) && b[i - 1] != Byte.openParen
    }

    /// At the end of the text: a candidate for the last note, whose marker no other place
    /// holds, is that marker.
    mutating func finish() {
        if let p = pending.last, note(after: p.marker.number) == nil, p.marker.number > last {
            acceptedGlued += pending
            last = p.marker.number
        }
        pending = []
    }

    /// The note numbered next after `number`, if any, by binary search in `sortedNotes`.
    private func note(after number: Int) -> Int? {
        var lo = 0, hi = sortedNotes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sortedNotes[mid] > number { hi = mid } else { lo = mid + 1 }
        }
        return lo < sortedNotes.count ? sortedNotes[lo] : nil
    }

    /// The next note's number written as the last digits of the citation `citation`, with a
    /// digit of the citation's own left before it ("714" is 7 and 14; "/14" is no candidate).
    /// Only once the sequence is under way (a marker found before, earlier in the text), so
    /// that a text whose markers go unseen ("Конвенции12") never has its numbers cut.
    private func gluedAtEnd(_ b: [UInt8], of citation: Range<Int>, limit: Int) -> Glued? {
        let expected: Int?
        if let p = pending.last {
            guard citation.lowerBound >= p.citation.upperBound else { return nil }
            expected = note(after: p.marker.number)
        } else {
            guard last > 0, lastWasGlued, citation.lowerBound >= lastMarkerEnd else { return nil }
            expected = nextNote
        }
        guard let n = expected, n > last else { return nil }
        var width = 0
        var k = n
        while k > 0 { width += 1; k /= 10 }
        let end = citation.upperBound
        guard citation.count > width + 1, end == limit || !Byte.isAlnum(b[end]) else { return nil }
        let start = end - width
        guard Byte.isDigit(b[start - 1]), b[start] != UInt8(ascii: "0"),
              let value = b.number(at: start, limit: end, maxDigits: width), value.end == end, value.value == n else { return nil }
        return Glued(marker: Marker(number: n, position: start, range: start..<end), citation: citation)
    }

    /// Whether a "/" stands in the word (back to a space) that ends with the "." at `i - 1`.
    /// A later "." in the same word ("x.1,x.1,x.1,...") would scan the same word again, so the
    /// answer for the previous one is kept and only the bytes since it are visited.
    private mutating func slashInWord(_ b: [UInt8], beforeDotAt i: Int, range: Range<Int>) -> Bool {
        let known = wordMemo.range == range && wordMemo.dot < i ? wordMemo.dot : -2
        var s = i - 1
        var slash = false
        while s > range.lowerBound, !Byte.isSpace(b[s - 1]) {
            if b[s - 1] == Byte.slash { slash = true; break }
            s -= 1
            backwardSteps += 1
            // b[known - 2] and the bytes before it were looked at for the "." at known - 1.
            if s == known - 1 { slash = wordMemo.slash; break }
        }
        wordMemo = (range, i, slash)
        return slash
    }

    /// The last "." whose word was searched for a "/" (its marker at `dot`), and the answer.
    private var wordMemo: (range: Range<Int>, dot: Int, slash: Bool) = (0..<0, -2, false)
    /// The bytes backward searches visited: the work the linear-time test counts.
    private(set) var backwardSteps = 0

    /// The lanes of the 8 bytes at `p` that are "[" or a digit.
    @inline(__always)
    static func mayStart(_ p: UnsafePointer<UInt8>) -> UInt64 {
        let x = Block.load(p)
        return Block.equal(x, Byte.openBracket) | Block.inRange(x, 0x30, 0x39)
    }

    private mutating func isMarker(_ b: [UInt8], at i: Int, number: Int, end: Int, range: Range<Int>) -> Bool {
        // What follows: end of text, white space or punctuation, never a digit, letter, "/" or ".5".
        // One exception: a converter that sets a superscript off by a space before it may lose
        // the space after it, gluing the marker to the next word ("Court of Justice, 7in which").
        // Only the very next note, before a plain lower-case word, counts.
        if end < range.upperBound, Byte.isSpace(b[i - 1]), Self.gluedToNextWord(b, end: end, limit: range.upperBound) {
            guard number == nextNote, number > last else { return false }
        } else if end < range.upperBound {
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
            // After a number the marker is a quantity ("paragraphs 2 3"), except after a year:
            // "the reports of the Secretary-General of 1990 3 and 1991" is 1990 with note 3.
            // Only the very next note; a unit after it ("2030 3 million") still makes a quantity.
            if Byte.isDigit(before) {
                guard number == nextNote, Self.endsWithYear(b, at: q, from: range.lowerBound) else { return false }
            }
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
            // "paragraphs 2, 3 and 4": a number in a list of small numbers (a year before the
            // comma, "12 February 2013, 9 in which", is a date closed by a marker).
            if before == Byte.comma, q >= 2, Byte.isDigit(b[q - 2]) {
                var s = q - 2
                while s > range.lowerBound, Byte.isDigit(b[s - 1]) { s -= 1 }
                if q - 1 - s < 4 { return false }
            }
            // A unit makes the number a quantity ("Court 7 years"). "of", "and", "to" do so only
            // after a lower-case word ("some 7 of"); after a title ("the Millennium Declaration 2 of
            // an appeal") or punctuation ("Court, 7 and in this regard") the number is a marker.
            let next = b.skipSpaces(from: end, limit: range.upperBound)
            if !months.isEmpty, next < range.upperBound, monthStarts(b, at: next, limit: range.upperBound) { return false }
            var e = next
            while e < range.upperBound, Byte.isAlpha(b[e]) || b[e] == Byte.hyphen { e += 1 }
            if e > next {
                let word = b[next..<e].map(Byte.lower)
                if Self.unitWords.contains(word) {
                    let weak = Self.listWords.contains(word)
                    if !weak { return false }
                    if Byte.isAlpha(before), !Self.capitalised(b, endingAt: q, from: range.lowerBound) { return false }
                }
            }
            return true
        }
        // Glued to a closing typographic quote: "“Our Common Agenda”1".
        // Or to a closing guillemet, as French, Spanish and Russian quote titles: "« L’avenir
        // que nous voulons »1", "«Активизация усилий»12".
        if Self.quoteEnds(b, at: i, eitherDirection: false) { return number <= last + 3 || fresh }
        // Glued to a letter of another script: "Конвенции12", "santé3", "决定13"; in Arabic the
        // marker is bracketed and glued to its word or year, "للألفية(2)", "2030(3)".
        if p >= 0x80 || p == Byte.openParen {
            return gluedInOtherScript(b, at: i, end: end, range: range) && (number <= last + 3 || fresh)
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
        // "C-24/DEC.4", "EC-94/DEC.2": the number after a dot inside a symbol (a word with a
        // slash) is the symbol's last element, not a marker after a sentence's full stop.
        if p == Byte.dot, slashInWord(b, beforeDotAt: i, range: range) { return false }
        if p == Byte.comma, i >= 2, Byte.isDigit(b[i - 2]), end - i >= 3 { return false } // "1,000"
        return number <= last + 3 || fresh
    }
}
