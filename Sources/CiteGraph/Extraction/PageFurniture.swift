/// Recognises the lines a page layout adds around the text: running headers with
/// the document's own symbol and title, job numbers ("12-49030", "18-16895 (E) 241018",
/// "*1816895*"), page numbers ("2/8"), "Please recycle", separator rules, and
/// the Official Document System's markers ("<<ODS JOB NO>>", "[DU1]").
///
/// Furniture is blanked to spaces rather than removed, so offsets stay those of
/// the user's text and a citation broken by a page break ("51/17 of 12 November"
/// ... header ... "1996") joins up again across the blank.
struct PageFurniture {
    /// The document's own symbol, which running headers repeat.
    var ownSymbol: [UInt8]?
    /// The document's title with white space folded, which running headers repeat in pieces.
    var title: [UInt8]?

    static let odsMarker = "<<ODS".bytes, du1Marker = "[DU1]".bytes, pageLetter = "(E)".bytes

    func isFurniture(_ b: [UInt8], _ line: Line) -> Bool {
        let c = line.content
        if c.isEmpty { return false }
        let text = b[c]
        // ODS markers and separator rules.
        if text.starts(with: Self.odsMarker) || text.starts(with: Self.du1Marker) { return true }
        if text.allSatisfy({ $0 == UInt8(ascii: "_") || $0 == Byte.hyphen || $0 == UInt8(ascii: "*") || $0 == Byte.space }) { return true }
        if text.count <= 40, containsWord("please recycle", in: b, c) { return true }
        // "*1816895*"
        if text.first == UInt8(ascii: "*"), text.last == UInt8(ascii: "*"), text.count >= 7,
           text.dropFirst().dropLast().allSatisfy(Byte.isDigit) { return true }
        if isJobAndPageLine(b, c) { return true }
        if let own = ownSymbol, let at = find(own, in: b, c) {
            // A running header: the symbol with nothing but title words or the organ's name around it.
            var rest = Array(b[c.lowerBound..<at]) + [Byte.space] + Array(b[(at + own.count)..<c.upperBound])
            rest = fold(rest)
            if rest.isEmpty { return true }
            let organs = ["general assembly", "security council", "economic and social council", "united nations"]
            if organs.contains(where: { $0.bytes == rest }) { return true }
            if let title, rest.count >= 8, contains(title, rest) { return true }
        }
        return false
    }

    /// A line that is nothing but a piece of the document's title (at least a few words).
    func isTitleFragment(_ b: [UInt8], _ line: Line) -> Bool {
        guard let title else { return false }
        let text = fold(b[line.content])
        return text.count >= 12 && contains(title, text)
    }

    /// "12-49030", "18-16895 (E) 241018", "2/8", "18-16895 2/18", "7/8 12-49030".
    private func isJobAndPageLine(_ b: [UInt8], _ c: Range<Int>) -> Bool {
        var sawToken = false
        var i = c.lowerBound
        while i < c.upperBound {
            i = b.skipSpaces(from: i, limit: c.upperBound)
            if i >= c.upperBound { break }
            // Every token of such a line begins with a digit or "(": others fail before a copy is made.
            guard Byte.isDigit(b[i]) || b[i] == Byte.openParen else { return false }
            var j = i
            while j < c.upperBound, !Byte.isSpace(b[j]) { j += 1 }
            let token = Array(b[i..<j])
            guard isJobNumber(token) || isPageNumber(token) || token == Self.pageLetter || isDateStamp(token) else { return false }
            sawToken = true
            i = j
        }
        return sawToken && !(isDateStampOnly(b, c))
    }

    private func isDateStampOnly(_ b: [UInt8], _ c: Range<Int>) -> Bool {
        isDateStamp(Array(b[c]))
    }

    private func isJobNumber(_ t: [UInt8]) -> Bool {
        // NN-NNNNN, optionally with the language letter glued: "12-49030", "18-18418".
        guard t.count >= 8, t.count <= 9, t[2] == Byte.hyphen else { return false }
        return t[0..<2].allSatisfy(Byte.isDigit) && t[3..<8].allSatisfy(Byte.isDigit)
    }

    private func isPageNumber(_ t: [UInt8]) -> Bool {
        guard let slash = t.firstIndex(of: Byte.slash), slash > 0, slash < t.count - 1, t.count <= 7 else { return false }
        return t[..<slash].allSatisfy(Byte.isDigit) && t[(slash + 1)...].allSatisfy(Byte.isDigit)
    }

    /// The six-digit print date stamp of a job line: "241018".
    private func isDateStamp(_ t: [UInt8]) -> Bool {
        t.count == 6 && t.allSatisfy(Byte.isDigit)
    }

    private func containsWord(_ word: StaticString, in b: [UInt8], _ c: Range<Int>) -> Bool {
        var i = c.lowerBound
        while i + word.utf8CodeUnitCount <= c.upperBound {
            if b.matches(word, at: i) { return true }
            i += 1
        }
        return false
    }

    /// Where `needle` stands in `c`, not followed by a digit. Every line of every
    /// document is searched for the document's symbol, so candidates are found with
    /// `memchr` and compared with `memcmp`.
    private func find(_ needle: [UInt8], in b: [UInt8], _ c: Range<Int>) -> Int? {
        guard !needle.isEmpty, needle.count <= c.count else { return nil }
        return b.withUnsafeBufferPointer { b in
            needle.withUnsafeBufferPointer { needle in
                let base = UnsafeRawPointer(b.baseAddress!)
                var i = c.lowerBound
                while i + needle.count <= c.upperBound {
                    guard let hit = memchr(base + i, Int32(needle[0]), c.upperBound - needle.count + 1 - i) else { return nil }
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    guard memcmp(base + at, needle.baseAddress!, needle.count) == 0 else { i = at + 1; continue }
                    let after = at + needle.count
                    // "A/RES/73/3" must not match inside "A/RES/73/30".
                    if after < c.upperBound, Byte.isDigit(b[after]) { i = at + 1; continue }
                    return at
                }
                return nil
            }
        }
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// Lower-cased, white space folded to single spaces, trimmed.
    func fold(_ t: some Collection<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var pendingSpace = false
        for c in t {
            if Byte.isSpace(c) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(Byte.space); pendingSpace = false }
            out.append(Byte.lower(c))
        }
        return out
    }
}

import Foundation
