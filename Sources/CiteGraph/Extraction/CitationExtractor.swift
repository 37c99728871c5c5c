/// Finds every citation in a UN document's text, in one pass over it.
///
/// The stages: fold typographic variants (`NormalizedText`), read the document's
/// own identity (`DocumentIdentity`), blank page furniture (`PageFurniture`), find
/// the header line, paragraphs and footnotes (`DocumentLayout`), then scan each
/// part for symbols and numbered references (`SegmentScanner`), follow footnote
/// markers (`FootnoteMarkers`) and names a note defines (`NamedDocuments`), and
/// give each citation the relation of its governing verb (`GoverningVerbs`).
public struct CitationExtractor: Sendable {
    /// An extractor holds only its compiled rules, so one can be shared by every thread.
    public init() {}

    /// Reads and extracts in one call: the common case for library users.
    public func extract(_ document: DocumentText) -> ExtractedDocument {
        var work = ExtractionWork()
        return extract(document, work: &work)
    }

    /// `extract`, counting what its searches cost (the linear-time tests and fuzz targets).
    func extract(_ document: DocumentText, work cost: inout ExtractionWork) -> ExtractedDocument {
        var norm = NormalizedText(document.text)
        var lines = Line.split(norm.bytes)
        let language = LanguageDetection.detect(norm.bytes)
        var identity = DocumentIdentity(norm.bytes, lines: lines, language: language)
        if identity.symbol == nil, let named = FileNameSymbol.symbol(fromPath: document.source) {
            identity.adoptFileName(named)
        }
        let headings = otherHeadings(norm.bytes, lines, identity: identity)
        blankFurniture(&norm, &lines, identity: identity)
        let layout = DocumentLayout(norm.bytes, lines: lines, identity: identity, format: document.format)
        var work = Work(identity: identity)
        work.headings = headings
        work.header(norm.bytes, layout.header)
        work.footnotes(norm.bytes, layout.footnotes)
        work.paragraphs(layout)
        work.names(layout)
        work.unmarkedFootnotes(layout.footnotes)
        cost = work.cost
        cost.nameBytes = work.nameSearchBytes
        var extracted = work.result(document: document, norm: norm)
        if let markup = document.markup {
            MarkupMerge.apply(markup, to: &extracted, text: document.text, citingBody: markup.identity.organ ?? identity.organ)
            // The citations the links added were read from the same text, in its language.
            if let language = extracted.language {
                for k in extracted.citations.indices where extracted.citations[k].language == nil { extracted.citations[k].language = language }
            }
        }
        return extracted
    }

    /// "Resolution 474 (1980)" alone on a line inside 471 (1980): the heading of the next
    /// resolution printed on the same page (`CouncilHeading`), whose number is no citation.
    private func otherHeadings(_ b: [UInt8], _ lines: [Line], identity: DocumentIdentity) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for (k, line) in lines.enumerated() where !line.isBlank && line.content.count <= 80 {
            if let t = identity.titleLines, t.contains(k) { continue }
            // Cheap test first: a heading starts with a digit or with "Resolution".
            let first = b[line.content.lowerBound]
            guard Byte.isDigit(first) || first == UInt8(ascii: "R") || first == UInt8(ascii: "r") else { continue }
            if let h = CouncilHeading.read(b, line.content), h.symbol != identity.symbol { found.append(line.content) }
        }
        return found
    }

    private func blankFurniture(_ norm: inout NormalizedText, _ lines: inout [Line], identity: DocumentIdentity) {
        let furniture = PageFurniture(ownSymbol: identity.symbol.map(\.bytes), title: nil)
        let titled = PageFurniture(ownSymbol: identity.symbol.map(\.bytes),
                                   title: identity.title.map { furniture.fold($0.utf8) })
        var blanked = [Bool](repeating: false, count: lines.count)
        for k in lines.indices {
            if let t = identity.titleLines, t.contains(k) { continue }
            if k == identity.bodyStart { continue }
            blanked[k] = titled.isFurniture(norm.bytes, lines[k])
        }
        // A running header wraps the title over two lines, only one of them with the symbol:
        // a piece of the title next to furniture is furniture too.
        for k in lines.indices where !blanked[k] && !lines[k].isBlank {
            if let t = identity.titleLines, t.contains(k) { continue }
            let near = (k > 0 && blanked[k - 1]) || (k + 1 < lines.count && blanked[k + 1])
            if near, titled.isTitleFragment(norm.bytes, lines[k]) { blanked[k] = true }
        }
        for k in lines.indices where blanked[k] {
            for i in lines[k].range { norm.bytes[i] = Byte.space }
            lines[k].content = lines[k].range.lowerBound..<lines[k].range.lowerBound
        }
    }
}

/// The state of one extraction: citations found so far and what they were found through.
private struct Work {
    struct Raw {
        var range: Range<Int>
        var order: Int
        var symbol: String
        var kind: CitationKind
        var relation: Relation
        var location: Location
        var footnote: Int?
        var pinpoint: String?
        var adopted: String?
        var repaired: String? = nil
        var yearless: Int? = nil
        var rejection: Rejection? = nil
    }

    let identity: DocumentIdentity
    /// Lines holding another resolution's heading (`CitationExtractor.otherHeadings`).
    var headings: [Range<Int>] = []
    /// Whether "Council" stands in `range`: most paragraphs name none, and are not scanned again.
    static func mentionsCouncil(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i + 7 <= range.upperBound, let c = b.index(of: UInt8(ascii: "C"), in: i..<(range.upperBound - 6)) {
            if b.matches("council", at: c) { return true }
            i = c + 1
        }
        return false
    }

    /// The scanner; its citing body follows the enacting formulas of the text (`EnactingFormula`).
    var scanner: SegmentScanner
    var raws: [Raw] = []
    var unresolved: [(range: Range<Int>, location: Location, reason: String)] = []
    var noteCitations: [Int: [SegmentScanner.Found]] = [:]
    var reached: Set<Int> = []
    var learned: [(name: [UInt8], note: Int, after: Int)] = []
    struct NamedEntry: Hashable { var name: [UInt8]; var note: Int }
    /// Bytes the searches for learned names passed (the work the linear-time test counts).
    var nameSearchBytes = 0
    var cost = ExtractionWork()
    var layoutBody: [UInt8] = []
    /// The clause verbs of each paragraph of the layout, found when a citation in the
    /// paragraph first needs them (most paragraphs cite nothing) and kept for `names`.
    var paragraphVerbs: [[(position: Int, relation: Relation)]?] = []

    /// The verbs of paragraph `k`, found once.
    mutating func clauseVerbs(_ k: Int, _ para: DocumentLayout.Paragraph) -> [(position: Int, relation: Relation)] {
        if let verbs = paragraphVerbs[k] { return verbs }
        let verbs = forms.map { LanguageVerbs.scan(layoutBody, in: para.range, $0) } ?? GoverningVerbs.scan(layoutBody, in: para.range)
        paragraphVerbs[k] = verbs
        return verbs
    }

    init(identity: DocumentIdentity) {
        self.identity = identity
        forms = identity.language == .en ? nil : CompiledForms.of(identity.language)
        scanner = SegmentScanner(citingBody: identity.organ, forms: forms)
    }

    /// The table of the text's language, nil for English (whose rules are the scanners' own).
    let forms: CompiledForms?

    mutating func header(_ b: [UInt8], _ range: Range<Int>?) {
        guard let range else { return }
        var found: [SegmentScanner.Found] = []
        var lost: [SegmentScanner.Unresolved] = []
        scanner.scan(b, range, found: &found, unresolved: &lost, visited: &cost.clauseBytes)
        let text = b.string(range).lowercased()
        let reports = forms.map { f in f.forms.reportWords.contains { text.contains($0) } } ?? text.contains("report")
        let relation: Relation = reports ? .onReportOf : .onDraft
        for f in found {
            raws.append(Raw(range: f.range, order: f.range.lowerBound, symbol: f.symbol, kind: f.kind, relation: relation,
                            location: .header, adopted: f.adopted, repaired: f.repaired, yearless: f.yearless, rejection: f.rejection))
        }
    }

    /// Scans every note; "Ibid." with no document of its own repeats the previous note's.
    mutating func footnotes(_ b: [UInt8], _ notes: [DocumentLayout.Footnote]) {
        var previous: [SegmentScanner.Found] = []
        for note in notes {
            var found: [SegmentScanner.Found] = []
            var lost: [SegmentScanner.Unresolved] = []
            scanner.scan(b, note.range, found: &found, unresolved: &lost, visited: &cost.clauseBytes)
            // The span is the word without its full stop, in whatever script: "Ibid", "Ibíd", "Там же", "同上".
            let ibid: Int?
            if let f = forms {
                ibid = b.withUnsafeBufferPointer { buf in
                    f.ibid.first { FoldedText.matches(buf, $0, at: note.range.lowerBound, limit: note.range.upperBound) }
                        .map { $0.last == Byte.dot ? $0.count - 1 : $0.count }
                }
            } else {
                ibid = b.matches("ibid", at: note.range.lowerBound) ? 4 : nil
            }
            if found.isEmpty, let length = ibid {
                found = previous.map { var f = $0; f.range = note.range.lowerBound..<(note.range.lowerBound + length); return f }
            }
            for l in lost { unresolved.append((l.range, .footnote(note.number), l.reason)) }
            // A rejected span is recorded where it stands and never followed from a marker.
            for f in found where f.rejection != nil {
                raws.append(Raw(range: f.range, order: f.range.lowerBound, symbol: f.symbol, kind: f.kind, relation: .references,
                                location: .footnote(note.number), rejection: f.rejection))
            }
            found.removeAll { $0.rejection != nil }
            noteCitations[note.number, default: []] += found
            previous = found
        }
    }

    mutating func paragraphs(_ layout: DocumentLayout) {
        let b = layout.body
        layoutBody = b
        paragraphVerbs = Array(repeating: nil, count: layout.paragraphs.count)
        var markers = FootnoteMarkers(notes: Set(noteCitations.keys), months: forms?.months.map(\.word) ?? [],
                                      dateFillers: forms?.dateFillers ?? [])
        for (k, para) in layout.paragraphs.enumerated() {
            var found: [SegmentScanner.Found] = []
            var lost: [SegmentScanner.Unresolved] = []
            // A draft another organ is to adopt speaks in that organ's voice from its formula on.
            var start = para.range.lowerBound
            for formula in EnactingFormula.find(b, in: para.range) {
                if formula.position > start {
                    scanner.scan(b, start..<formula.position, found: &found, unresolved: &lost, visited: &cost.clauseBytes)
                }
                start = formula.position
                scanner.citingBody = formula.organ
            }
            scanner.scan(b, start..<para.range.upperBound, found: &found, unresolved: &lost, visited: &cost.clauseBytes)
            // The council this paragraph names last, for "the Council" of the paragraphs after it.
            if Self.mentionsCouncil(b, para.range) {
                var last = LastCouncil(segment: para.range)
                if let named = last.named(before: para.range.upperBound, in: b) { scanner.priorCouncil = named }
                cost.clauseBytes += last.visited
            }
            let taken = found.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
            // Only a text with notes can have a marker glued to a citation (most have none).
            let gluable = markers.notes.isEmpty ? [] : Set(found.lazy.filter { Self.endsWithItsNumber($0, b) }.map(\.range.upperBound))
            let marked = markers.scan(b, para.range, taken: taken, gluable: gluable)
            let verbs = found.isEmpty && marked.isEmpty ? [] : clauseVerbs(k, para)
            for f in found {
                raws.append(Raw(range: f.range, order: f.range.lowerBound, symbol: f.symbol, kind: f.kind,
                                relation: GoverningVerbs.relation(at: f.range.lowerBound, verbs: verbs),
                                location: para.location,
                                pinpoint: Pinpoint.before(b, start: f.range.lowerBound, range: para.range),
                                adopted: f.adopted, repaired: f.repaired, yearless: f.yearless, rejection: f.rejection))
            }
            for l in lost { unresolved.append((l.range, para.location, l.reason)) }
            var clauseStart = para.range.lowerBound
            for m in marked {
                reached.insert(m.number)
                let relation = GoverningVerbs.relation(at: m.position, verbs: verbs)
                for f in noteCitations[m.number] ?? [] {
                    raws.append(Raw(range: f.range, order: m.position, symbol: f.symbol, kind: f.kind, relation: relation,
                                    location: para.location, footnote: m.number, adopted: f.adopted,
                                    repaired: f.repaired, yearless: f.yearless, rejection: f.rejection))
                }
                if noteCitations[m.number]?.isEmpty == false {
                    for name in NamedDocuments.heads(b, clause: clauseStart..<m.position) {
                        learned.append((name, m.number, m.position))
                    }
                }
                clauseStart = m.range.upperBound
            }
            cutGlued(&markers)
        }
        markers.finish()
        cutGlued(&markers)
        cost.markerBytes = markers.backwardSteps
    }

    /// Whether the text of `f` ends with the last number of its symbol, as written ("2/714"
    /// for CBD/NP/MOP/DEC/2/714), not with a date or a word after it: only there can a
    /// marker be glued to the citation's digits.
    static func endsWithItsNumber(_ f: SegmentScanner.Found, _ b: [UInt8]) -> Bool {
        guard f.rejection == nil, f.repaired == nil else { return false }
        var s = f.range.upperBound
        while s > f.range.lowerBound, Byte.isDigit(b[s - 1]) { s -= 1 }
        let written = b[s..<f.range.upperBound]
        guard !written.isEmpty, s > f.range.lowerBound, !Byte.isAlnum(b[s - 1]) else { return false }
        let symbol = Array(f.symbol.utf8)
        var t = symbol.count
        while t > 0, Byte.isDigit(symbol[t - 1]) { t -= 1 }
        return symbol[t...].elementsEqual(written) && t > 0 && !Byte.isAlnum(symbol[t - 1])
    }

    /// Cuts the markers the sequence found glued to citations' last digits from those
    /// citations ("CBD/NP/MOP/DEC/2/714" is CBD/NP/MOP/DEC/2/7 and note 14) and follows them.
    mutating func cutGlued(_ markers: inout FootnoteMarkers) {
        guard !markers.acceptedGlued.isEmpty else { return }
        for g in markers.acceptedGlued {
            let cut = g.marker.range.count
            var holder: Raw?
            for k in raws.indices.reversed() where raws[k].range == g.citation && raws[k].footnote == nil {
                raws[k].symbol = String(decoding: raws[k].symbol.utf8.dropLast(cut), as: UTF8.self)
                raws[k].range = g.citation.lowerBound..<g.marker.range.lowerBound
                holder = raws[k]
            }
            guard let holder else { continue }
            reached.insert(g.marker.number)
            for f in noteCitations[g.marker.number] ?? [] {
                raws.append(Raw(range: f.range, order: g.marker.position, symbol: f.symbol, kind: f.kind, relation: holder.relation,
                                location: holder.location, footnote: g.marker.number, adopted: f.adopted,
                                repaired: f.repaired, yearless: f.yearless, rejection: f.rejection))
            }
        }
        markers.acceptedGlued.removeAll()
    }

    /// Later mentions of a name a note defined ("the Tunis Agenda for the Information Society").
    mutating func names(_ layout: DocumentLayout) {
        guard !learned.isEmpty else { return }
        var seen: Set<String> = []
        // A name learned again for the same note adds nothing: its first learning sees every
        // occurrence the later ones would. Within a paragraph only an entry's first occurrence
        // after its marker adds citations (the rest repeat the same keys).
        var distinct: Set<NamedEntry> = []
        let entries = learned.filter { distinct.insert(NamedEntry(name: $0.name, note: $0.note)).inserted }
        // A few names are searched for one by one (`memchr` is fast); more at once, in one pass
        // per paragraph, so that many notes naming instruments keep extraction linear.
        var nameIDs: [[UInt8]: Int] = [:]
        var names: [[UInt8]] = []
        var entriesOfName: [[Int]] = []
        for (e, entry) in entries.enumerated() {
            let id = nameIDs[entry.name] ?? { nameIDs[entry.name] = names.count; names.append(entry.name); entriesOfName.append([]); return names.count - 1 }()
            entriesOfName[id].append(e)
        }
        let matcher = entries.count > 8 ? NameMatcher(names: names) : nil
        for (k, para) in layout.paragraphs.enumerated() {
            // A paragraph that ends before the marker holds no later mention.
            var found: [(entry: Int, occurrence: Range<Int>)] = []
            if let matcher {
                let occurring = matcher.occurrences(in: layoutBody, para.range, visited: &nameSearchBytes)
                for (id, ranges) in occurring {
                    for e in entriesOfName[id] where para.range.upperBound > entries[e].after + 1 {
                        if let o = ranges.first(where: { $0.lowerBound > entries[e].after }) { found.append((e, o)) }
                    }
                }
                found.sort { $0.entry < $1.entry }
            } else {
                for (e, entry) in entries.enumerated() where para.range.upperBound > entry.after + 1 {
                    if let o = NamedDocuments.firstOccurrence(of: entry.name, in: layoutBody, para.range,
                                                              after: entry.after, scanned: &nameSearchBytes) {
                        found.append((e, o))
                    }
                }
            }
            for (e, occurrence) in found {
                let entry = entries[e]
                let verbs = clauseVerbs(k, para)
                for f in noteCitations[entry.note] ?? [] {
                    let key = "\(f.symbol)|\(para.location)"
                    guard seen.insert(key).inserted else { continue }
                    raws.append(Raw(range: occurrence, order: occurrence.lowerBound, symbol: f.symbol, kind: f.kind,
                                    relation: GoverningVerbs.relation(at: occurrence.lowerBound, verbs: verbs),
                                    location: para.location,
                                    pinpoint: Pinpoint.before(layoutBody, start: occurrence.lowerBound, range: para.range)))
                }
            }
        }
    }

    /// A note no marker leads to still cites its documents, at FN<n>.
    mutating func unmarkedFootnotes(_ notes: [DocumentLayout.Footnote]) {
        for note in notes where !reached.contains(note.number) {
            for f in noteCitations[note.number] ?? [] {
                raws.append(Raw(range: f.range, order: f.range.lowerBound, symbol: f.symbol, kind: f.kind, relation: .references,
                                location: .footnote(note.number), adopted: f.adopted, repaired: f.repaired, yearless: f.yearless, rejection: f.rejection))
            }
        }
    }

    func result(document: DocumentText, norm: NormalizedText) -> ExtractedDocument {
        let own = identity.symbol.map(SymbolKey.init)
        var notes = identity.notes
        var raws = self.raws
        var unresolved = self.unresolved
        var rejectedRaw: [(range: Range<Int>, location: Location, reason: Rejection)] = []
        resolveYearless(&raws, &unresolved)
        // A document cites the same few symbols many times: each is keyed once.
        var citesItself: [String: Bool] = [:]
        let chronology = Chronology(own: identity.symbol)
        let kept = raws.filter { raw in
            if let why = raw.rejection {
                rejectedRaw.append((raw.range, raw.location, why))
                return false
            }
            if headings.contains(where: { $0.contains(raw.range.lowerBound) }) {
                rejectedRaw.append((raw.range, raw.location, .headingOfAnotherDocument))
                return false
            }
            if chronology.isLater(raw.symbol) {
                rejectedRaw.append((raw.range, raw.location, .laterThanCitingDocument))
                return false
            }
            guard let own else { return true }
            if let known = citesItself[raw.symbol] { return !known }
            let overlaps = SymbolKey(raw.symbol).overlaps(own)
            citesItself[raw.symbol] = overlaps
            return !overlaps
        }.sorted { ($0.location, $0.order, $0.range.lowerBound) < ($1.location, $1.order, $1.range.lowerBound) }
        var repairedSeen: Set<String> = []
        for raw in kept {
            if let printed = raw.repaired, repairedSeen.insert(printed).inserted {
                notes.append("read the damaged \"\(printed)\" as \(raw.symbol), the only reading the Council's numbering allows")
            }
        }
        // A span of the body is read in the body, where the notes its words run across are
        // blanked as the scanner saw them ("52/102 of 21" … a page's notes and footer …
        // "December 2001" reads "52/102 of 21 December 2001"); a span inside a note starts on
        // a byte the body blanked, and is read in the text.
        let b = norm.bytes, body = layoutBody
        func words(_ range: Range<Int>) -> String {
            let inBody = range.lowerBound < body.count && body[range.lowerBound] == b[range.lowerBound]
            return collapsed(inBody ? body : b, range)
        }
        let ranges = norm.scalarRanges(kept.map(\.range) + unresolved.map(\.range) + rejectedRaw.map(\.range))
        var citations: [Citation] = []
        citations.reserveCapacity(kept.count)
        for (k, raw) in kept.enumerated() {
            citations.append(Citation(target: raw.symbol, kind: raw.kind, relation: raw.relation, location: raw.location,
                                      footnote: raw.footnote, pinpoint: raw.pinpoint, adopted: raw.adopted,
                                      text: words(raw.range), range: ranges[k], language: identity.language))
        }
        let lost = unresolved.enumerated().map { k, u in
            UnresolvedReference(text: words(u.range), location: u.location, reason: u.reason, range: ranges[kept.count + k])
        }
        let rejected = rejectedRaw.enumerated().map { k, r in
            RejectedCandidate(text: words(r.range), location: r.location, reason: r.reason,
                              range: ranges[kept.count + unresolved.count + k])
        }
        return ExtractedDocument(source: document.source, symbol: identity.symbol, kind: identity.kind,
                                 title: identity.title.map(collapse), body: identity.body, adopted: identity.adopted,
                                 session: identity.session, agendaItem: identity.agendaItem, meeting: identity.meeting,
                                 distributed: identity.distributed, jobNumber: identity.jobNumber,
                                 language: identity.language, citations: citations, unresolved: lost, rejected: rejected,
                                 symbolSource: identity.symbolSource, notes: notes)
    }

    /// "resolution 687 as it relates to …": the year of a Council resolution cited by
    /// number alone is the one the same document gives it elsewhere ("687 (1991)"), or
    /// else the one the Council's numbering gives; with neither, it stays unresolved.
    private func resolveYearless(_ raws: inout [Raw], _ unresolved: inout [(range: Range<Int>, location: Location, reason: String)]) {
        guard raws.contains(where: { $0.yearless != nil }) else { return }
        var yearOf: [Int: Int] = [:]
        for raw in raws where raw.yearless == nil && raw.kind == .scResolution {
            if let (n, y) = Chronology.councilNumber(raw.symbol), let y { yearOf[n] = y }
        }
        var out: [Raw] = []
        out.reserveCapacity(raws.count)
        for var raw in raws {
            guard let n = raw.yearless else { out.append(raw); continue }
            if let y = yearOf[n] ?? CouncilNumbering.year(of: n) {
                raw.symbol = "S/RES/\(n) (\(y))"
                raw.yearless = nil
                out.append(raw)
            } else {
                unresolved.append((raw.range, raw.location,
                                   "Security Council resolution \(n) cited without its year, which neither the text nor the Council's numbering table (to \(CouncilNumbering.firstOfYear.last!.year - 1)) gives"))
            }
        }
        raws = out
    }

    /// `collapse(b.string(range))`, built from the bytes when the text is ASCII with no
    /// carriage return: there every byte is a `Character`, so splitting at spaces,
    /// newlines and tabs is splitting at those bytes.
    private func collapsed(_ b: [UInt8], _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var pendingSpace = false
        for i in range {
            let c = b[i]
            if c >= 0x80 || c == 0x0D { return collapse(b.string(range)) }
            if c == Byte.space || c == Byte.newline || c == Byte.tab { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(Byte.space); pendingSpace = false }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
