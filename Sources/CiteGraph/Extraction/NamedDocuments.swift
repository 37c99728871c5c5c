/// Names that a footnote gives a meaning to, so that the name alone cites the
/// document later in the text.
///
/// "the Tunis Agenda for the Information Society ... 2005,3" with note 3 "See
/// A/60/687." teaches that the Tunis Agenda is A/60/687; when paragraph 29
/// "reaffirms paragraphs 35 to 37 ... of the Tunis Agenda for the Information
/// Society", that is a citation of A/60/687 too. Only the head noun phrases of the
/// clause the marker closes are learned, and only names of instruments
/// (declarations, agendas, programmes ...), so that "the World Summit" or "the
/// General Assembly" mentioned in passing never become a document.
enum NamedDocuments {
    static let instrumentNouns: Set<[UInt8]> = Set([
        "declaration", "agenda", "programme", "program", "platform", "plan", "outcome", "commitment", "consensus",
        "framework", "strategy", "principles", "convention", "covenant", "charter", "statute", "compact", "pact",
        "vision", "guidelines", "rules", "standards", "accord", "agreement", "conclusions", "road", "roadmap",
        "pathway", "modalities", "action",
    ].map(\.bytes))

    static let connectors: Set<[UInt8]> = Set(["of", "for", "on", "the", "to", "in", "against", "and", "its"].map(\.bytes))
    static let leadingSkippable: Set<[UInt8]> = Set(["and", "the", "also", "further", "its", "a", "an", "with", "appreciation", "of", "note", "taking", "in", "particular", "as", "well", "both"].map(\.bytes))

    /// The instrument names at the head of `clause`: "the Declaration of Principles and the
    /// Plan of Action adopted by ..." gives both names.
    static func heads(_ b: [UInt8], clause: Range<Int>) -> [[UInt8]] {
        var words: [Range<Int>] = []
        var i = clause.lowerBound
        while i < clause.upperBound, words.count < 40 {
            while i < clause.upperBound, !Byte.isAlnum(b[i]) {
                // Punctuation other than spaces ends the head (", held in ...").
                if b[i] == Byte.comma || b[i] == Byte.semicolon || b[i] == Byte.openParen { if !words.isEmpty { return phrases(b, words) } }
                i += 1
            }
            var e = i
            while e < clause.upperBound, Byte.isAlnum(b[e]) || b[e] == Byte.hyphen || b[e] == UInt8(ascii: "'") { e += 1 }
            guard e > i else { break }
            let word = b[i..<e].map(Byte.lower)
            let capital = Byte.isUpper(b[i]) || Byte.isDigit(b[i])
            if words.isEmpty {
                // Skip the clause's verb and its little words.
                if !capital || GoverningVerbs.lexicon.contains(where: { $0.words == word }) {
                    if !capital && !leadingSkippable.contains(word) && !GoverningVerbs.lexicon.contains(where: { $0.words == word }) { return [] }
                    i = e
                    continue
                }
            } else if !capital && !connectors.contains(word) {
                break
            }
            words.append(i..<e)
            i = e
        }
        return phrases(b, words)
    }

    /// Splits "Declaration of Principles and the Plan of Action" into its names.
    private static func phrases(_ b: [UInt8], _ words: [Range<Int>]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var current: [Range<Int>] = []
        func flush() {
            while let last = current.last, !(Byte.isUpper(b[last.lowerBound]) || Byte.isDigit(b[last.lowerBound])) { current.removeLast() }
            let capitals = current.filter { Byte.isUpper(b[$0.lowerBound]) }.count
            let instrument = current.contains { instrumentNouns.contains(b[$0].map(Byte.lower)) }
            if capitals >= 2, instrument, let f = current.first, let l = current.last {
                out.append(Array(b[f.lowerBound..<l.upperBound]))
            }
            current = []
        }
        var k = 0
        while k < words.count {
            let w = b[words[k]].map(Byte.lower)
            if w == "and".bytes, k + 1 < words.count, b[words[k + 1]].map(Byte.lower) == "the".bytes {
                flush()
                k += 2
                continue
            }
            if current.isEmpty, connectors.contains(w) { k += 1; continue }
            current.append(words[k])
            k += 1
        }
        flush()
        return out
    }

    /// Every place `name` stands in `range` as whole words, white space folded.
    static func occurrences(of name: [UInt8], in b: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var scanned = 0
        return occurrences(of: name, in: b, range, firstAfter: nil, scanned: &scanned)
    }

    /// The first of `occurrences` that starts after `after` (the later ones cite nothing new),
    /// with the bytes the search passed added to `scanned`.
    static func firstOccurrence(of name: [UInt8], in b: [UInt8], _ range: Range<Int>, after: Int, scanned: inout Int) -> Range<Int>? {
        occurrences(of: name, in: b, range, firstAfter: after, scanned: &scanned).first
    }

    private static func occurrences(of name: [UInt8], in b: [UInt8], _ range: Range<Int>, firstAfter: Int?,
                                    scanned: inout Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        guard let first = name.first else { return out }
        var i = range.lowerBound
        while i + name.count <= range.upperBound {
            // To the next byte equal to the name's first by `memchr`: every learned name
            // is looked for in every paragraph.
            guard let hit = b.withUnsafeBufferPointer({ buffer in
                memchr(buffer.baseAddress! + i, Int32(first), range.upperBound - name.count + 1 - i).map {
                    UnsafeRawPointer(buffer.baseAddress!).distance(to: UnsafeRawPointer($0))
                }
            }) else { break }
            i = hit
            if i == range.lowerBound || !Byte.isAlnum(b[i - 1]) {
                var j = i, k = 0
                while k < name.count, j < range.upperBound {
                    if Byte.isSpace(name[k]) {
                        guard Byte.isSpace(b[j]) else { break }
                        while j < range.upperBound, Byte.isSpace(b[j]) { j += 1 }
                        k += 1
                    } else {
                        guard b[j] == name[k] else { break }
                        j += 1
                        k += 1
                    }
                }
                if k == name.count, j == range.upperBound || !Byte.isAlpha(b[j]) {
                    if let after = firstAfter {
                        if i > after { scanned += j - range.lowerBound; return [i..<j] }
                        i = j
                        continue
                    }
                    out.append(i..<j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        scanned += range.count
        return out
    }
}

import Foundation
