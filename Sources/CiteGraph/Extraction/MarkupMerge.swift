/// Merges what a document's markup states (AKN4UN: identity, structure, the
/// editors' links) with what the extractor read in its words.
///
/// The words stay the evidence: a link the words agree with marks the citation as
/// linked by the UN (`Citation.unLink`); a link on words the extractor read as a
/// different document is reported (`ExtractedDocument.linkConflicts`), and the
/// words' reading is kept; a link on words the extractor found nothing in becomes a
/// citation of its own (`origin: un-link`), since the editors saw a reference there
/// that the grammar does not yet know. The markup's identity and locations replace
/// the ones inferred from the layout of the words.
enum MarkupMerge {
    static func apply(_ markup: DocumentMarkup, to doc: inout ExtractedDocument, text: String, citingBody: Organ?) {
        adoptIdentity(markup.identity, into: &doc)
        let own = doc.symbol.map(SymbolKey.init)
        if let own { doc.citations.removeAll { SymbolKey($0.target).overlaps(own) } }
        relocate(&doc.citations, markup)
        link(markup, into: &doc, text: text, own: own, citingBody: citingBody)
    }

    private static func adoptIdentity(_ id: MarkupIdentity, into doc: inout ExtractedDocument) {
        if let symbol = id.symbol {
            doc.symbol = symbol
            doc.kind = CanonicalSymbol.classify(symbol: symbol).kind
            // The metadata names the document: a guess from the file name is no longer one.
            if doc.symbolSource == .fileName { doc.notes.removeAll { $0.hasSuffix("is taken from the file name") } }
            doc.symbolSource = .markup
        }
        doc.body = id.body ?? doc.body
        doc.adopted = id.adopted ?? doc.adopted
        doc.session = id.session ?? doc.session
        doc.title = id.title ?? doc.title
        doc.agendaItem = id.agendaItem ?? doc.agendaItem
        doc.meeting = id.meeting ?? doc.meeting
        doc.distributed = id.distributed ?? doc.distributed
    }

    /// Locations from the structure: a citation in a paragraph takes the paragraph's;
    /// one reached through a footnote takes the paragraph the note's marker stands in.
    private static func relocate(_ citations: inout [Citation], _ markup: DocumentMarkup) {
        for k in citations.indices {
            if let n = citations[k].footnote, let at = markup.noteLocations[n] {
                citations[k].location = at
            } else if case .footnote(let n) = citations[k].location, let at = markup.noteLocations[n] {
                // A note whose marker the layout of the words did not find: the markup knows where it is.
                citations[k].location = at
                citations[k].footnote = n
            } else if let at = markup.location(at: citations[k].range.start) {
                citations[k].location = at
            }
        }
        citations.sort { ($0.location, $0.range.start) < ($1.location, $1.range.start) }
    }

    private static func link(_ markup: DocumentMarkup, into doc: inout ExtractedDocument, text: String,
                             own: SymbolKey?, citingBody: Organ?) {
        var added: [Citation] = []
        var bytes: [UInt8]?
        for link in joined(markup.links) {
            guard let range = link.range else { continue }
            let target = canonical(link.symbol, citingBody: citingBody)
            let key = SymbolKey(target.symbol)
            if let own, key.overlaps(own) { continue }
            let over = doc.citations.indices.filter { doc.citations[$0].range.start < range.end && range.start < doc.citations[$0].range.end }
            let agreeing = over.filter { agrees(doc.citations[$0].target, key) }
            if !agreeing.isEmpty {
                for k in agreeing where doc.citations[k].unLink == nil { doc.citations[k].unLink = link.href }
                continue
            }
            if !over.isEmpty {
                let read = Array(Set(over.map { doc.citations[$0].target })).sorted()
                doc.linkConflicts.append(LinkConflict(href: link.href, linked: target.symbol, text: link.text,
                                                      read: read, location: link.location ?? doc.citations[over[0]].location))
                continue
            }
            // A link to a number its series never had ("A/RES/14/221": the Assembly has numbered
            // by session only since 1976) names no document: reported, not cited.
            if let why = impossible(target.symbol) {
                doc.linkConflicts.append(LinkConflict(href: link.href, linked: target.symbol, text: link.text,
                                                      read: ["(\(why))"], location: link.location ?? .header))
                continue
            }
            // Words the extractor read as another body's resolution ("第14/221号决议" of the League
            // of Arab States, which the Arabic and Chinese markup link to A/RES/14/221): the link
            // contradicts them, and is reported rather than cited.
            if let other = doc.unresolved.first(where: { u in
                u.reason.contains("outside the UN symbol system")
                    && u.range.map { $0.start < range.end && range.start < $0.end } == true
            }) {
                doc.linkConflicts.append(LinkConflict(href: link.href, linked: target.symbol, text: link.text,
                                                      read: ["(\(other.reason))"], location: link.location ?? other.location))
                continue
            }
            if bytes == nil { bytes = Array(text.utf8) }
            let location = link.location ?? markup.location(before: range.start) ?? link.footnote.map(Location.footnote) ?? .header
            // The words where the link stands in the text. The link element's own text holds, as
            // well, the text of a note written inside it, which the text has as a marker only
            // (a damaged file, found by the akn fuzz target).
            let words = link.utf8.flatMap { u in u.lowerBound >= 0 && u.upperBound <= bytes!.count ? String(decoding: bytes![u], as: UTF8.self) : nil } ?? link.text
            added.append(Citation(target: target.symbol, kind: target.kind,
                                  relation: relation(of: link, markup: markup, bytes: bytes!),
                                  location: location, footnote: link.footnote, text: words, range: range,
                                  unLink: link.href, origin: .unLink))
        }
        guard !added.isEmpty else { return }
        doc.citations += added
        doc.citations.sort { ($0.location, $0.range.start) < ($1.location, $1.range.start) }
    }

    /// Why a GA or ECOSOC symbol numbered "session/number" or "year/number" cannot exist
    /// (`CanonicalSymbol.outsideSeries`), or nil.
    static func impossible(_ symbol: String) -> String? {
        let parts = symbol.split(separator: "/")
        guard parts.count == 4, parts[0] == "A" || parts[0] == "E", parts[1] == "RES" || parts[1] == "DEC",
              let session = Int(parts[2]), let number = Int(parts[3]) else { return nil }
        return CanonicalSymbol.outsideSeries(base: "\(parts[0])/\(parts[1])", session: session, number: number,
                                             keyword: parts[1] == "RES" ? .resolution : .decision)
    }

    /// Links that split one reference ("58/", "2", "92", each linked to A/RES/58/292)
    /// joined into one: the same address on adjacent words.
    static func joined(_ links: [EditorLink]) -> [EditorLink] {
        var out: [EditorLink] = []
        for link in links {
            if var last = out.last, last.href == link.href, let a = last.range, let b = link.range,
               b.start >= a.end, b.start - a.end <= 1, last.footnote == link.footnote {
                last.range = TextRange(start: a.start, end: b.end)
                if let u = last.utf8, let v = link.utf8 { last.utf8 = u.lowerBound..<v.upperBound } else { last.utf8 = nil }
                last.text += (b.start > a.end ? " " : "") + link.text
                out[out.count - 1] = last
            } else {
                out.append(link)
            }
        }
        return out
    }

    /// Whether the words' target names the linked document: one half of a joint
    /// symbol is enough, and a link to a whole resolution covers a part of it
    /// ("A/RES/217 A (III)" read, "A/RES/217(III)" linked).
    static func agrees(_ target: String, _ link: SymbolKey) -> Bool {
        let read = SymbolKey(target)
        if read.overlaps(link) { return true }
        let whole = Set(read.halves.map(withoutParts)), linked = Set(link.halves.map(withoutParts))
        return !whole.isDisjoint(with: linked)
    }

    /// A key with its part letters dropped: "A/RES/217A(III)" -> "A/RES/217(III)", "A/RES/57/270B" -> "A/RES/57/270".
    static func withoutParts(_ key: String) -> String {
        var c = Array(key)
        if let open = c.firstIndex(of: "("), open > 0 {
            var i = open
            while i > 0, c[i - 1].isLetter, c[i - 1].isUppercase, open - i < 2 { i -= 1 }
            if i < open, i > 0, c[i - 1].isNumber { c.removeSubrange(i..<open) }
            return String(c)
        }
        var i = c.count
        while i > 0, c[i - 1].isLetter, c[i - 1].isUppercase, c.count - i < 2 { i -= 1 }
        if i < c.count, i > 0, c[i - 1].isNumber, key.contains("/RES/") { c.removeSubrange(i...) }
        return String(c)
    }

    /// A link's symbol in the extractor's canonical form: "A/RES/2205(XXI)" is A/RES/2205 (XXI).
    static func canonical(_ symbol: String, citingBody: Organ?) -> (symbol: String, kind: CitationKind) {
        var spaced = ""
        for ch in symbol {
            if ch == "(", let last = spaced.last, last != " " { spaced.append(" ") }
            spaced.append(ch)
        }
        let b = Array(spaced.utf8)
        var found: [SegmentScanner.Found] = []
        var lost: [SegmentScanner.Unresolved] = []
        SegmentScanner(citingBody: citingBody).scan(b, 0..<b.count, found: &found, unresolved: &lost)
        // The scanner's reading only when it reads the whole address: "A/76/6 (Sect. 2)" is
        // not A/76/6 just because the grammar stops at the section.
        if let first = found.first, first.range.lowerBound == 0,
           b[first.range.upperBound...].allSatisfy({ $0 == Byte.space }) {
            return (first.symbol, first.kind)
        }
        return CanonicalSymbol.classify(symbol: spaced)
    }

    /// The relation of the verb that governs the link's words, or the note's marker.
    private static func relation(of link: EditorLink, markup: DocumentMarkup, bytes: [UInt8]) -> Relation {
        guard let at = link.footnote.flatMap({ markup.noteMarkers[$0] }) ?? link.utf8?.lowerBound, at < bytes.count else {
            return .references
        }
        var start = at, end = at
        while start > 0, bytes[start - 1] != Byte.newline { start -= 1 }
        while end < bytes.count, bytes[end] != Byte.newline { end += 1 }
        return GoverningVerbs.relation(at: at, verbs: GoverningVerbs.scan(bytes, in: start..<end))
    }
}
