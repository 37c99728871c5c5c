/// The parts of a resolution that give citations their locations: the header
/// line, the preambular and operative paragraphs, and the footnotes.
///
/// Paragraphs are found from the grammar of resolutions rather than from line
/// breaks alone, because converters break lines anywhere: an operative paragraph
/// opens with its number ("3. Requests"), a preambular one with a participle or
/// adjective ("Recalling", "Deeply concerned") after a clause-ending comma or a
/// blank line. Footnotes are numbered in sequence, which tells a note ("3 See
/// A/60/687.") from a line that happens to begin with a number.
struct DocumentLayout {
    struct Paragraph {
        var location: Location
        var range: Range<Int>
    }

    struct Footnote {
        var number: Int
        var range: Range<Int>
    }

    /// The text with footnotes blanked out, for scanning paragraphs.
    var body: [UInt8]
    var header: Range<Int>?
    var paragraphs: [Paragraph] = []
    var footnotes: [Footnote] = []
    /// The line that closes the resolution ("61st plenary meeting", "Adopted unanimously at the 1180th meeting").
    var closing: Int?
    /// Another language's preambular paragraphs open with words the English openers do not
    /// hold ("Rappelant", "ссылаясь на", "إذ تشير", "回顾"): there a paragraph after a blank line
    /// that follows a closed clause opens a preambular paragraph whatever its first word.
    var blankOpensPreamble = false

    static func closingLine(_ b: [UInt8], lines: [Line], from start: Int) -> Int? {
        for k in start..<lines.count where !lines[k].isBlank {
            let c = lines[k].content
            if c.count < 40, Byte.isDigit(b[c.lowerBound]), Self.contains("plenary meeting".bytes, b, c) { return k }
            if b.matches("adopted", at: c.lowerBound), Self.contains("meeting".bytes, b, c) || k + 1 < lines.count && Self.contains("meeting".bytes, b, lines[k + 1].content) { return k }
        }
        return nil
    }

    private static func contains(_ w: [UInt8], _ b: [UInt8], _ c: Range<Int>) -> Bool {
        var i = c.lowerBound
        while i + w.count <= c.upperBound { if b.matches(w, at: i) { return true }; i += 1 }
        return false
    }

    static let preambleOpeners: Set<[UInt8]> = Set([
        "deeply", "gravely", "seriously", "strongly", "convinced", "aware", "conscious", "mindful", "concerned",
        "alarmed", "determined", "desirous", "cognizant", "encouraged", "further", "also", "fully", "guided",
        "seized", "reaffirming", "noting", "recalling", "having", "bearing", "taking", "in", "emphasizing",
        "recognizing", "welcoming", "expressing", "stressing", "underlining", "acknowledging", "affirming",
        "considering", "believing", "appreciating", "desiring", "keeping", "looking", "observing", "reiterating",
        "highlighting", "underscoring", "realizing", "regretting", "deploring", "commending", "acting", "condemning",
        "persuaded", "confident", "satisfied", "disturbed", "dismayed", "shocked", "troubled", "committed",
        // Adverbs that lead a participle or adjective ("Firmly believing", "Ever mindful",
        // "Profoundly concerned") and further adjectives of feeling ("Disappointed at").
        "firmly", "ever", "profoundly", "acutely", "greatly", "disappointed", "grateful", "anxious", "resolved",
        "heartened", "saddened", "outraged", "reassured", "pleased",
        // The oldest Council texts open their considerations with "Whereas".
        "whereas",
    ].map(\.bytes))

    init(_ text: [UInt8], lines: [Line], identity: DocumentIdentity, format: DocumentFormat) {
        body = text
        var start = identity.bodyStart.map { $0 + 1 } ?? (identity.titleLines.map { $0.upperBound + 1 } ?? 0)
        findHeader(text, lines: lines, before: identity.bodyStart ?? min(start, lines.count))
        var skipped: Set<Int> = []
        // The Council's volumes of 1946–1948 print the considerations before the organ's name:
        // "Whereas …, The Security Council Resolves …". Those lines are paragraphs too.
        if let body = identity.bodyStart, let title = identity.titleLines, title.upperBound + 1 < body,
           (title.upperBound + 1..<body).contains(where: { !lines[$0].isBlank && startsPreamble(text, lines[$0]) }) {
            start = title.upperBound + 1
            skipped.insert(lines[body].range.lowerBound)
            if let header {
                for k in start..<body where lines[k].range.overlaps(header) { skipped.insert(lines[k].range.lowerBound) }
            }
        }
        closing = Self.closingLine(text, lines: lines, from: start)
        let noteLines = findFootnotes(text, lines: lines, from: start)
        for r in noteLines { for i in r { if body[i] != Byte.newline { body[i] = Byte.space } } }
        blankOpensPreamble = identity.language != .en
        findParagraphs(lines: lines, from: start, skipping: skipped.union(noteLines.map(\.lowerBound)))
    }

    /// "[on the report of the Second Committee (A/67/434)]", "[S/6121]": the bracketed
    /// line under the title, which may wrap.
    private mutating func findHeader(_ b: [UInt8], lines: [Line], before end: Int) {
        for k in 0..<min(end, lines.count) {
            let c = lines[k].content
            guard !c.isEmpty else { continue }
            // The Council's volumes, as OCR read them: "[S/1045}", "(S/1401]", "(S/3721}" —
            // a symbol alone between two brackets, either of them misread.
            if b[c.lowerBound] == Byte.openParen || b[c.lowerBound] == Byte.openBracket, c.count >= 4,
               let m = SymbolScanner.match(b, at: c.lowerBound + 1, limit: c.upperBound),
               m.range.upperBound + 1 == c.upperBound, [Byte.closeBracket, Byte.closeParen, UInt8(ascii: "}")].contains(b[m.range.upperBound]) {
                header = c
                return
            }
            guard b[c.lowerBound] == Byte.openBracket, !b.matches("[du1]", at: c.lowerBound) else { continue }
            var m = k
            while m < min(end, lines.count), m - k < 3 {
                if let close = b[lines[m].content].firstIndex(of: Byte.closeBracket) {
                    header = c.lowerBound..<(close + 1)
                    return
                }
                m += 1
            }
        }
    }

    /// Footnote definitions: "[^7]: Resolution 61/295, annex." or "7 Resolution 61/295, annex."
    /// Returns the byte ranges of the lines they occupy.
    private mutating func findFootnotes(_ b: [UInt8], lines: [Line], from start: Int) -> [Range<Int>] {
        var occupied: [Range<Int>] = []
        var last = 0
        var k = start
        while k < lines.count {
            guard let (number, textStart) = footnoteStart(b, lines[k], after: last, afterClosing: closing.map { k > $0 } ?? false) else { k += 1; continue }
            var end = lines[k].content.upperBound
            occupied.append(lines[k].range)
            var m = k + 1
            // A note runs on over the following lines up to a blank line, the next note or a paragraph number.
            while m < lines.count, !lines[m].isBlank, footnoteStart(b, lines[m], after: number, afterClosing: false) == nil,
                  !isOperativeStart(b, lines[m]) {
                end = lines[m].content.upperBound
                occupied.append(lines[m].range)
                m += 1
            }
            footnotes.append(Footnote(number: number, range: textStart..<end))
            last = number
            k = m
        }
        return occupied
    }

    private static let noteOpeners: [[UInt8]] = ["see", "ibid", "resolution", "official records", "united nations",
                                                 "a/", "e/", "s/", "report", "document", "decision", "general assembly",
                                                 "economic and social council", "security council", "available", "adopted",
                                                 "annex", "the ", "in ", "for ", "cf."].map(\.bytes)

    private func footnoteStart(_ b: [UInt8], _ line: Line, after last: Int, afterClosing: Bool) -> (Int, Int)? {
        let c = line.content
        guard !c.isEmpty else { return nil }
        var i = c.lowerBound
        if b.matches("[^", at: i) {
            guard let n = b.number(at: i + 2, limit: c.upperBound, maxDigits: 3), n.end + 1 < c.upperBound,
                  b[n.end] == Byte.closeBracket, b[n.end + 1] == Byte.colon else { return nil }
            return (n.value, b.skipSpaces(from: n.end + 2, limit: c.upperBound))
        }
        guard let n = b.number(at: i, limit: c.upperBound, maxDigits: 3), n.value > 0, n.end < c.upperBound,
              Byte.isSpace(b[n.end]) else { return nil }
        i = b.skipSpaces(from: n.end, limit: c.upperBound)
        guard i < c.upperBound else { return nil }
        let first = b[i]
        guard Byte.isUpper(first) || first >= 0x80 || first == UInt8(ascii: "\"") || first == Byte.openParen else { return nil }
        if Dates.month(in: b, at: i) != nil { return nil }
        // "1 (1946) of 3 January" at a line's start, after a page break: a Council resolution and
        // its year, the list going on; no note opens with a year in brackets.
        if first == Byte.openParen, i + 5 < c.upperBound, b[(i + 1)..<(i + 5)].allSatisfy(Byte.isDigit), b[i + 5] == Byte.closeParen { return nil }
        let opener = Self.noteOpeners.contains { b.matches($0, at: i) }
        if n.value == last + 1, last > 0 || n.value == 1 || opener { return (n.value, i) }
        if n.value > last, n.value <= last + 3, opener { return (n.value, i) }
        if last == 0, opener, afterClosing || b.matches("ibid", at: i) || b.matches("see", at: i) { return (n.value, i) }
        return nil
    }

    private func isOperativeStart(_ b: [UInt8], _ line: Line) -> Bool {
        operativeNumber(b, line) != nil
    }

    /// "3. Requests", "3.\tRequests", "3. постановляет", "3 - تطلب": the paragraph number of an
    /// operative paragraph, then a word of any script. Arabic texts number with " - ", and
    /// may leave the number alone on its line ("3 -", the text on the next).
    func operativeNumber(_ b: [UInt8], _ line: Line) -> Int? {
        let c = line.content
        guard let n = b.number(at: c.lowerBound, limit: c.upperBound, maxDigits: 3), n.end + 1 < c.upperBound else { return nil }
        var after: Int
        if b[n.end] == Byte.dot, Byte.isSpace(b[n.end + 1]) {
            after = n.end + 1
        } else if Byte.isSpace(b[n.end]) {
            let dash = b.skipSpaces(from: n.end, limit: c.upperBound)
            guard dash < c.upperBound, b[dash] == Byte.hyphen else { return nil }
            after = dash + 1
            if after == c.upperBound { return n.value }
            guard Byte.isSpace(b[after]) else { return nil }
        } else {
            return nil
        }
        after = b.skipSpaces(from: after, limit: c.upperBound)
        guard after < c.upperBound else { return nil }
        let w = b[after]
        if Byte.isAlpha(w) || w == UInt8(ascii: "\"") { return n.value }
        guard w >= 0xC0, b.withUnsafeBufferPointer({ FoldedText.isLetter($0, at: after, limit: c.upperBound) }) else { return nil }
        return n.value
    }

    private mutating func findParagraphs(lines: [Line], from start: Int, skipping notes: Set<Int>) {
        let b = body
        var current: Paragraph?
        var preambular = 0
        var sawOperative = false
        var previousEnded = true   // the previous line closed a clause (or there was none)
        var afterBlank = true
        for k in start..<lines.count {
            let line = lines[k]
            if notes.contains(line.range.lowerBound) { continue }
            let c = Line(range: line.range, content: trimmed(b, line.range))
            if c.isBlank { afterBlank = true; continue }
            var opens: Location?
            if k == closing {
                // The closing line ends the body; what follows (an annex) continues the numbering.
                if let p = current { paragraphs.append(p) }
                current = nil
                sawOperative = true
                afterBlank = false
                continue
            }
            if let n = operativeNumber(b, c) {
                opens = .operative(n)
                sawOperative = true
            } else if !sawOperative, afterBlank || previousEnded, startsPreamble(b, c) || blankOpensPreamble && afterBlank && previousEnded {
                preambular += 1
                opens = .preambular(preambular)
            } else if current == nil {
                if sawOperative {
                    opens = .operative((paragraphs.last.flatMap { if case .operative(let n) = $0.location { n } else { nil } } ?? 0) + 1)
                } else {
                    preambular += 1
                    opens = .preambular(preambular)
                }
            }
            if let opens {
                if let p = current { paragraphs.append(p) }
                current = Paragraph(location: opens, range: c.content)
            } else if var p = current {
                p.range = p.range.lowerBound..<c.content.upperBound
                current = p
            }
            let last = b[c.content.upperBound - 1]
            previousEnded = last == Byte.comma || last == Byte.semicolon || last == Byte.colon || last == Byte.dot
                || Byte.isDigit(last)   // a footnote marker after the comma: "2003,1"
            afterBlank = false
        }
        if let p = current { paragraphs.append(p) }
    }

    private func trimmed(_ b: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var s = r.lowerBound, e = r.upperBound
        while s < e, Byte.isSpace(b[s]) { s += 1 }
        while e > s, Byte.isSpace(b[e - 1]) { e -= 1 }
        return s..<e
    }

    /// A preambular paragraph opens with a capitalised participle or one of the
    /// adjectives resolutions use ("Deeply concerned", "Mindful").
    private func startsPreamble(_ b: [UInt8], _ line: Line) -> Bool {
        let c = line.content
        guard Byte.isUpper(b[c.lowerBound]) else { return false }
        // A participle may carry a prefix with a hyphen: "Re-emphasizing", "Re-affirming".
        var e = c.lowerBound
        while e < c.upperBound, Byte.isAlpha(b[e]) || b[e] == Byte.hyphen && e + 1 < c.upperBound && Byte.isLower(b[e + 1]) { e += 1 }
        let word = b[c.lowerBound..<e].map(Byte.lower)
        if word.count >= 5, word.suffix(3).elementsEqual("ing".utf8) { return true }
        return Self.preambleOpeners.contains(word)
    }
}
