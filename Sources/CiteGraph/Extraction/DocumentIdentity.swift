/// What a document says of itself: symbol, organ, title, dates, session.
///
/// Read from whatever the format offers: the ODS markers of the Official Document
/// System ("<<ODS DOC SYMBOL1>>A/RES/67/195"), the first page's header
/// ("United Nations  A/RES/73/3", "Distr.: General", "Agenda item 129"), the title
/// line ("67/195. Information and ...", "193 (1964). Resolution of 9 August 1964")
/// and the closing lines ("61st plenary meeting").
struct DocumentIdentity {
    var symbol: String?
    var kind: CitationKind?
    var body: String?
    var organ: Organ?
    var title: String?
    var adopted: String?
    var session: Int?
    var agendaItem: String?
    var meeting: String?
    var distributed: String?
    var jobNumber: String?
    /// The line index of the title line, and of the last line of the title.
    var titleLines: ClosedRange<Int>?
    /// The first line of the body ("The General Assembly,").
    var bodyStart: Int?
    /// The language of the text, which says which table's openings and mastheads to read.
    var language: Language = .en
    /// Where the symbol was read from, and what a user should be told about how.
    var symbolSource: SymbolSource?
    var notes: [String] = []

    static let openings: [(String, Organ, String)] = [
        ("the general assembly", .generalAssembly, "General Assembly"),
        ("the security council", .securityCouncil, "Security Council"),
        ("the economic and social council", .ecosoc, "Economic and Social Council"),
        ("the human rights council", .humanRightsCouncil, "Human Rights Council"),
    ]

    static let openingBytes = openings.map(\.0.bytes)

    init(_ b: [UInt8], lines: [Line], language: Language = .en) {
        self.language = language
        if language != .en { readOpening(b, lines: lines, CompiledForms.of(language)) }
        // The body begins at "The General Assembly," on a line of its own.
        for (k, line) in lines.enumerated() where language == .en && line.content.count <= 48 {
            if let o = Self.openingBytes.firstIndex(where: { b.matches($0, at: line.content.lowerBound) }) {
                let hit = Self.openings[o]
                let rest = b[(line.content.lowerBound + hit.0.utf8.count)..<line.content.upperBound]
                if rest.allSatisfy({ $0 == Byte.comma || $0 == Byte.colon || Byte.isSpace($0) }) {
                    bodyStart = k
                    organ = hit.1
                    body = hit.2
                    break
                }
            }
        }
        let headerEnd = bodyStart ?? min(lines.count, 40)
        readODSMarkers(b)
        if symbol != nil { symbolSource = .markup }
        readCouncilHeading(b, lines: lines, before: headerEnd)
        readTitleLine(b, lines: lines, before: headerEnd)
        readHeaderFacts(b, lines: lines, before: headerEnd)
        readClosing(b, lines: lines)
        if symbol == nil { readHeaderSymbol(b, lines: lines, before: headerEnd) }
        if symbol != nil, symbolSource == nil { symbolSource = .text }
        if let symbol { kind = CanonicalSymbol.classify(symbol: symbol).kind }
        if session == nil, let symbol, symbol.hasPrefix("A/RES/") {
            session = Int(symbol.dropFirst(6).prefix { $0.isNumber })
        }
    }

    /// A symbol spelt by the file's name (`FileNameSymbol`), for a text that states none.
    mutating func adoptFileName(_ named: String) {
        symbol = named
        symbolSource = .fileName
        kind = CanonicalSymbol.classify(symbol: named).kind
        if kind == .scResolution { organ = organ ?? .securityCouncil; body = body ?? "Security Council" }
        if session == nil, named.hasPrefix("A/RES/") { session = Int(named.dropFirst(6).prefix { $0.isNumber }) }
        notes.append("no symbol in the text; \(named) is taken from the file name")
    }

    static let symbolMarker = Array("<<ODS DOC SYMBOL1>>".utf8), jobMarker = Array("<<ODS JOB NO>>".utf8)

    /// "<<ODS DOC SYMBOL1>>A/RES/67/195<<ODS DOC SYMBOL1>>": the text between the first
    /// two occurrences of each marker, both found in one pass over the text.
    private mutating func readODSMarkers(_ b: [UInt8]) {
        let symbolMarker = Self.symbolMarker, jobMarker = Self.jobMarker
        var symbolAt: [Int] = [], jobAt: [Int] = []
        b.withUnsafeBufferPointer { b in
            @inline(__always) func marker(_ m: [UInt8], at i: Int) -> Bool {
                i + m.count <= b.count && UnsafeBufferPointer(rebasing: b[i..<(i + m.count)]).elementsEqual(m)
            }
            // Neither marker can begin inside an occurrence of either (each has "<<" only
            // at its start), so one scan finds what a scan per marker finds.
            var i = 0
            while i < b.count, symbolAt.count < 2 || jobAt.count < 2 {
                // To the next "<" by `memchr`: most texts have none at all.
                guard let lt = memchr(b.baseAddress! + i, Int32(UInt8(ascii: "<")), b.count - i) else { break }
                i += UnsafeRawPointer(b.baseAddress! + i).distance(to: UnsafeRawPointer(lt))
                if symbolAt.count < 2, marker(symbolMarker, at: i) { symbolAt.append(i); i += symbolMarker.count; continue }
                if jobAt.count < 2, marker(jobMarker, at: i) { jobAt.append(i); i += jobMarker.count; continue }
                i += 1
            }
        }
        if let s = Self.between(symbolAt, symbolMarker, in: b), !s.isEmpty { symbol = s }
        if let j = Self.between(jobAt, jobMarker, in: b), !j.isEmpty { jobNumber = j }
    }

    /// "Resolution 201 (1965)" over "of 19 March 1965", "RESOLUTION 800 (1993)",
    /// "1 (1946) Resolution of 25 January 1946": the heading of a Council resolution
    /// (`CouncilHeading`), which may follow a section title ("MILITARY STAFF COMMITTEE").
    private mutating func readCouncilHeading(_ b: [UInt8], lines: [Line], before end: Int) {
        guard symbol == nil else { return }
        for k in 0..<end {
            guard let h = CouncilHeading.read(b, lines[k].content) else { continue }
            symbol = h.symbol
            kind = .scResolution
            organ = organ ?? .securityCouncil
            body = body ?? "Security Council"
            if let damaged = h.damagedYear {
                notes.append("the heading prints the year as \"\(damaged)\"; read as \(h.year), the year the Council's numbering gives resolution \(h.number)")
            }
            var last = k
            if let date = h.adopted {
                adopted = date
            } else if k + 1 < end, let date = CouncilHeading.dateLine(b, lines[k + 1].content) {
                adopted = date
                last = k + 1
            }
            titleLines = k...last
            return
        }
    }

    /// "67/195.\tInformation and communications technologies", "193 (1964). Resolution of 9 August 1964".
    private mutating func readTitleLine(_ b: [UInt8], lines: [Line], before end: Int) {
        guard titleLines == nil else { return }
        for k in 0..<end {
            let c = lines[k].content
            guard !c.isEmpty, let item = ResolutionNumber.parse(b, at: c.lowerBound, limit: c.upperBound),
                  item.range.upperBound < c.upperBound, b[item.range.upperBound] == Byte.dot else { continue }
            let own: CitationKind
            switch item.shape {
            case .yearly(let n, let y):
                symbol = symbol ?? "S/RES/\(n) (\(y))"
                organ = organ ?? .securityCouncil
                body = body ?? "Security Council"
                own = .scResolution
            case .sessional(let prefix, let s, let n):
                let ecosoc = organ == .ecosoc || (prefix.isEmpty && s >= 1946)
                symbol = symbol ?? (ecosoc ? "E/RES/\(prefix)\(s)/\(n)" : "A/RES/\(prefix)\(s)/\(n)")
                if !ecosoc { session = s }
                own = ecosoc ? .ecosocResolution : .gaResolution
            case .roman(let n, let s):
                symbol = symbol ?? "A/RES/\(n) (\(s))"
                own = .gaResolution
            }
            kind = own
            // A title line is short. A text that lost its line breaks has the whole document on
            // its "title line": read the date from its start, and leave the line to the body.
            if c.count > 400 {
                let head = b.string((item.range.upperBound + 1)..<(item.range.upperBound + 200))
                if head.trimmingCharacters(in: .whitespaces).hasPrefix("Resolution of ") { adopted = adopted ?? Dates.firstDate(in: head) }
                return
            }
            var text = b.string((item.range.upperBound + 1)..<c.upperBound).trimmingCharacters(in: .whitespaces)
            var last = k
            // The title may run on to the next lines, up to a blank line or the body.
            var m = k + 1
            while m < end, !lines[m].isBlank, text.count < 300 {
                text += " " + b.string(lines[m].content)
                last = m
                m += 1
            }
            if text.hasPrefix("Resolution of ") {
                adopted = adopted ?? Dates.firstDate(in: text)
            } else if !text.isEmpty {
                title = text
            }
            titleLines = k...last
            return
        }
    }

    private mutating func readHeaderFacts(_ b: [UInt8], lines: [Line], before end: Int) {
        for k in 0..<end where adopted == nil {
            // Only a line whose bytes hold one of the phrases is worth a String and a
            // Foundation search (neither phrase has a character with another canonical form).
            let c = lines[k].content
            guard Self.findExact("adopted by the ", in: b, c) != nil || Self.findExact("Adopted by the ", in: b, c) != nil
                || Self.findExact("Resolution of ", in: b, c) != nil else { continue }
            var text = b.string(c)
            // "Adopted by the Security Council at its 3087th meeting,\non 29 June 1992": the
            // date may be on the next line.
            if k + 1 < end, !lines[k + 1].isBlank, Dates.firstDate(in: text) == nil { text += " " + b.string(lines[k + 1].content) }
            if let r = text.range(of: "adopted by the ") ?? text.range(of: "Adopted by the ") ?? text.range(of: "Resolution of ") {
                adopted = Dates.firstDate(in: String(text[r.upperBound...]))
                if meeting == nil, let m = Self.meetingOrdinal(in: text) { meeting = m }
                if body == nil {
                    for (_, organ, name) in Self.openings where text.contains(name) { body = name; self.organ = organ }
                }
            }
        }
    }

    /// Facts that ODS and PDF texts put anywhere: the Distr. date, the agenda item, the meeting.
    private mutating func readClosing(_ b: [UInt8], lines: [Line]) {
        // Cheap byte tests first: only a handful of lines are worth a String.
        let agenda = "agenda item".bytes
        var closing = ClosingWords(b)
        for (k, line) in lines.enumerated() where !line.isBlank {
            if distributed != nil, agendaItem != nil, meeting != nil { break }
            let c = line.content
            let words = closing.inLine(c)
            if distributed == nil, words.distr != nil {
                var rest = b.string(c)
                if k + 1 < lines.count { rest += " " + b.string(lines[k + 1].content) }
                if let r = rest.range(of: "Distr.: General") { distributed = Dates.firstDate(in: String(rest[r.upperBound...])) }
            }
            if agendaItem == nil, let at = words.agenda {
                var i = b.skipSpaces(from: at + agenda.count + (b.matches("agenda items", at: at) ? 1 : 0), limit: c.upperBound)
                let start = i
                while i < c.upperBound, Byte.isDigit(b[i]) || b[i] == Byte.openParen || b[i] == Byte.closeParen || (Byte.isLower(b[i]) && i > start && b[i - 1] == Byte.openParen) { i += 1 }
                // A sub-item is the item's number and its letter set off by a space: "Agenda item 99 (d)";
                // after (z) the letters double: "99 (cc)".
                if i > start, i + 3 < c.upperBound, b[i] == Byte.space, b[i + 1] == Byte.openParen, Byte.isLower(b[i + 2]) {
                    let doubled = i + 4 < c.upperBound && b[i + 3] == b[i + 2]
                    let close = i + (doubled ? 4 : 3)
                    if b[close] == Byte.closeParen { i = close + 1 }
                }
                if i > start { agendaItem = b.string(start..<i) }
            }
            guard meeting == nil, c.count < 60, words.meeting != nil else { continue }
            let text = b.string(c)
            if Byte.isDigit(b[c.lowerBound]), c.count < 40, let r = text.range(of: "plenary meeting") {
                meeting = String(text[..<r.upperBound])
                if adopted == nil, k + 1 < lines.count { adopted = Dates.firstDate(in: b.string(lines[k + 1].content)) }
                continue
            }
            // "Adopted unanimously at the 1180th meeting." (possibly over two lines)
            let previous = k > 0 ? b.string(lines[k - 1].content) : ""
            if text.hasPrefix("Adopted") || previous.hasPrefix("Adopted") {
                let words = text.split(separator: " ")
                if let idx = words.firstIndex(where: { $0.hasPrefix("meeting") }), idx > 0,
                   words[idx - 1].first?.isNumber == true {
                    meeting = "\(words[idx - 1]) meeting"
                }
            }
        }
    }

    /// "at its 3087th meeting" → "3087th meeting".
    static func meetingOrdinal(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" })
        guard let idx = words.firstIndex(where: { $0.hasPrefix("meeting") }), idx > 0,
              words[idx - 1].first?.isNumber == true else { return nil }
        return "\(words[idx - 1]) meeting"
    }

    /// Where the literal `w` first stands in `c`, compared byte for byte (case-sensitive).
    private static func findExact(_ w: StaticString, in b: [UInt8], _ c: Range<Int>) -> Int? {
        let n = w.utf8CodeUnitCount, word = w.utf8Start
        var i = c.lowerBound
        while i + n <= c.upperBound {
            if b[i] == word[0] {
                var k = 1
                while k < n, b[i + k] == word[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }

    /// The English masthead's words, which a symbol may stand beside on the first page.
    private static let mastheadWords = ["United Nations", "General Assembly", "Security Council", "Economic and Social Council"]
        .map { Array($0.utf8) }

    /// Removes every occurrence of `word` from `text`, left to right, byte for byte. Foundation's
    /// `replacingOccurrences` bridged each candidate line to NSString, a tenth of the time of
    /// extracting a short text.
    private static func remove(_ word: [UInt8], from text: inout [UInt8]) {
        guard let first = word.first, text.count >= word.count else { return }
        var out: [UInt8] = [], i = 0, changed = false
        while i < text.count {
            if text[i] == first, i + word.count <= text.count, text[i..<(i + word.count)].elementsEqual(word) {
                if !changed { out = Array(text[..<i]); changed = true }
                i += word.count
                continue
            }
            if changed { out.append(text[i]) }
            i += 1
        }
        if changed { text = out }
    }

    /// "United Nations  A/RES/73/3" on the first page.
    private mutating func readHeaderSymbol(_ b: [UInt8], lines: [Line], before end: Int) {
        for k in 0..<min(end, 12) {
            let c = lines[k].content
            // A masthead line is short; a long line is running text, and testing each of its
            // symbols against the whole line would cost the square of its length.
            guard c.count <= 160 else { continue }
            var i = c.lowerBound
            while i < c.upperBound {
                if let m = SymbolScanner.match(b, at: i, limit: c.upperBound) {
                    // "S/RES/1445 (2002)": a resolution's year or session is part of its symbol.
                    var symbol = m.symbol, end = m.range.upperBound
                    if CanonicalSymbol.classify(symbol: symbol).kind != .document,
                       let tail = ResolutionNumber.parseTail(b, at: end, limit: c.upperBound) {
                        symbol += tail.text
                        end = tail.end
                    }
                    // Only a symbol standing alone or beside the masthead's words names the document;
                    // a symbol inside a sentence or a table is a citation.
                    var restBytes = Array(b[c.lowerBound..<m.range.lowerBound]) + [Byte.space] + Array(b[end..<c.upperBound])
                    for word in Self.mastheadWords { Self.remove(word, from: &restBytes) }
                    // The masthead in the text's own language: "Nations Unies", "Генеральная Ассамблея".
                    if language != .en { for word in LanguageForms.forms(language).mastheads { Self.remove(Array(word.utf8), from: &restBytes) } }
                    let rest = String(decoding: restBytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    let kind = CanonicalSymbol.classify(symbol: m.symbol).kind
                    if kind != .document, rest.isEmpty || rest.hasPrefix("Distr") { self.symbol = symbol; return }
                    i = m.range.upperBound
                } else {
                    i += 1
                }
            }
        }
    }

    /// The text between a marker's first two occurrences, trimmed.
    private static func between(_ found: [Int], _ m: [UInt8], in b: [UInt8]) -> String? {
        guard found.count == 2 else { return nil }
        return b.string((found[0] + m.count)..<found[1]).trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
