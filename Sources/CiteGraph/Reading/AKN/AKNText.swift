/// Writes an AKN4UN resolution as the plain text a reader of the printed page sees,
/// and records where each link and each paragraph landed in that text.
///
/// The text is the one `../shared/tools/akn_crosscheck.py` writes, so that a
/// resolution read from its XML and the same resolution read as text give the
/// extractor the same words: one line per block (`p`, headings, the title), blocks
/// separated by a blank line, a paragraph's or point's number in front of its first
/// block ("1. Reiterates ..."), runs of whitespace collapsed to one space (the
/// whitespace of Python's `str.split`), each `authorialNote` replaced by its marker
/// and written, marker first, after a rule at the end. `meta` (the FRBR data and
/// classification keywords) is not text.
///
/// Locations come from the structure, not from the words: the k-th container of the
/// `preamble` is PPk, a `mainBody` paragraph numbered "5." is OP5 with all its
/// points and subparagraphs, the `docProponent` line is the header. Annexes
/// (`attachments`) have numbered paragraphs of their own, which are not the
/// resolution's: there the structure gives no location.
struct AKNText {
    /// A piece of text, and the link or footnote marker it belongs to.
    private enum Tag: Hashable {
        case link(Int)
        case marker(Int)
    }

    private struct Piece {
        var text: String
        var tag: Tag?
    }

    /// A collapsed line and where its tagged pieces stand in it (scalar and byte offsets).
    private struct Collapsed {
        var text = ""
        var scalars = 0
        var spans: [Tag: (scalars: Range<Int>, bytes: Range<Int>)] = [:]

        func shifted(scalars ds: Int, bytes db: Int) -> Collapsed {
            var out = self
            for (tag, span) in spans {
                out.spans[tag] = ((span.scalars.lowerBound + ds)..<(span.scalars.upperBound + ds),
                                  (span.bytes.lowerBound + db)..<(span.bytes.upperBound + db))
            }
            return out
        }
    }

    struct Link {
        var href: String
        var text: String
        var range: TextRange?
        var utf8: Range<Int>?
        var location: Location?
        var footnote: Int?
    }

    static let textTags: Set<String> = ["p", "crossHeading", "subheading", "heading", "docTitle"]

    private(set) var text = ""
    private(set) var links: [Int: Link] = [:]
    private(set) var spans: [LocatedSpan] = []
    private(set) var noteLocations: [Int: Location] = [:]
    private(set) var noteMarkers: [Int: Int] = [:]

    private var scalarCount = 0
    private var lines = 0
    private var notes: [(marker: String, pieces: [Piece], location: Location?, linkOrders: [Int])] = []
    private var location: Location?
    private var preambular = 0
    private var inAnnex = false

    init(_ root: XMLElement) {
        walk(root)
        writeNotes()
        text += "\n"
    }

    // MARK: The walk (akn_crosscheck.py's `walk`)

    private mutating func walk(_ el: XMLElement) {
        let tag = el.name
        if tag == "meta" { return }
        if tag == "attachments" {
            let outer = (inAnnex, location)
            inAnnex = true
            location = nil
            for ch in el.elements { walk(ch) }
            (inAnnex, location) = outer
            return
        }
        if Self.textTags.contains(tag) {
            let here = tag == "p" && el.descendant("docProponent") != nil ? Location.header : location
            line(collapse(textOf(el)), at: here)
            return
        }
        if tag == "preamble" && !inAnnex {
            for ch in el.elements {
                if ch.name == "formula" { location = nil } else { preambular += 1; location = .preambular(preambular) }
                walk(ch)
            }
            location = nil
            return
        }
        if tag == "paragraph" || tag == "point" {
            let num = el.first("num")
            if tag == "paragraph", !inAnnex, let num, let n = Self.leadingNumber(num.allText) { location = .operative(n) }
            var first = true
            for ch in el.elements {
                if ch.name == "num" { continue }
                if first, let num, ch.name == "content" {
                    let ps = ch.elements
                    let t = ps.isEmpty ? [] : textOf(ps[0])
                    line(Self.joined(collapse(textOf(num)), collapse(t)), at: location)
                    for p in ps.dropFirst() { walk(p) }
                    first = false
                    continue
                }
                if first, let num {
                    line(collapse(textOf(num)), at: location)
                    first = false
                }
                walk(ch)
            }
            return
        }
        if tag == "conclusions" || tag == "coverPage" || tag == "preface" { location = nil }
        for ch in el.elements { walk(ch) }
    }

    /// "12." -> 12; "(a)" -> nil.
    static func leadingNumber(_ s: String) -> Int? {
        let digits = s.drop { $0.isWhitespace }.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(digits)
    }

    // MARK: Text of an element (akn_crosscheck.py's `text_of`)

    /// The element's text with each footnote replaced by its marker (the note is kept
    /// for the end) and each piece inside a link tagged with it.
    private mutating func textOf(_ el: XMLElement, link: Int? = nil) -> [Piece] {
        var out: [Piece] = []
        let link = Self.isLink(el) ? el.order : link
        for node in el.children {
            switch node {
            case .text(let t):
                out.append(Piece(text: t, tag: link.map(Tag.link)))
            case .element(let ch) where ch.name == "authorialNote":
                let marker = ch.attributes["marker"] ?? String(notes.count + 1)
                var orders: [Int] = []
                let pieces = Self.itertext(ch, link: nil, orders: &orders)
                notes.append((marker, pieces, location, orders))
                out.append(Piece(text: marker, tag: .marker(notes.count - 1)))
            case .element(let ch):
                out += textOf(ch, link: link)
            }
        }
        return out
    }

    /// All the text inside a note, links tagged (a note's own notes, if any, as text).
    private static func itertext(_ el: XMLElement, link: Int?, orders: inout [Int]) -> [Piece] {
        var out: [Piece] = []
        let link = isLink(el) ? el.order : link
        if isLink(el) { orders.append(el.order) }
        for node in el.children {
            switch node {
            case .text(let t): out.append(Piece(text: t, tag: link.map(Tag.link)))
            case .element(let ch): out += itertext(ch, link: link, orders: &orders)
            }
        }
        return out
    }

    static func isLink(_ el: XMLElement) -> Bool { el.name == "a" || el.name == "ref" }

    // MARK: Lines

    private mutating func line(_ c: Collapsed, at location: Location?) {
        guard !c.text.isEmpty else { return }
        if lines > 0 { append("\n\n") }
        lines += 1
        let scalarBase = scalarCount, byteBase = text.utf8.count
        append(c.text)
        if let location, !inAnnex {
            spans.append(LocatedSpan(range: TextRange(start: scalarBase, end: scalarCount), location: location))
        }
        place(c, scalarBase: scalarBase, byteBase: byteBase, footnote: nil, at: location)
    }

    /// Records where the links and markers of a line landed.
    /// The spans are visited in text order: where one line holds two markers of the same note
    /// ("1" twice in a damaged file), the first one places the note. (In the dictionary's order,
    /// which differs between two equal dictionaries, two readings of one file differed; found by
    /// the akn fuzz target.)
    private mutating func place(_ c: Collapsed, scalarBase: Int, byteBase: Int, footnote: Int?, at location: Location?) {
        for (tag, span) in c.spans.sorted(by: { ($0.value.bytes.lowerBound, $0.value.bytes.upperBound) < ($1.value.bytes.lowerBound, $1.value.bytes.upperBound) }) {
            let range = TextRange(start: scalarBase + span.scalars.lowerBound, end: scalarBase + span.scalars.upperBound)
            let bytes = (byteBase + span.bytes.lowerBound)..<(byteBase + span.bytes.upperBound)
            switch tag {
            case .link(let order):
                links[order] = Link(href: "", text: "", range: range, utf8: bytes, location: location, footnote: footnote)
            case .marker(let k):
                notes[k].location = location
                if let n = Int(notes[k].marker), noteMarkers[n] == nil {
                    noteMarkers[n] = bytes.lowerBound
                    if let location { noteLocations[n] = location }
                }
            }
        }
    }

    private mutating func writeNotes() {
        guard !notes.isEmpty else { return }
        append("\n\n__________________\n")
        for (k, note) in notes.enumerated() {
            if k > 0 { append("\n") }
            let scalarBase = scalarCount, byteBase = text.utf8.count
            let body = collapse(note.pieces)
            // "%s %s": the marker, a space and the note's text, even when one of them is empty.
            append(note.marker + " " + body.text)
            let shifted = body.shifted(scalars: note.marker.unicodeScalars.count + 1, bytes: note.marker.utf8.count + 1)
            place(shifted, scalarBase: scalarBase, byteBase: byteBase, footnote: Int(note.marker), at: note.location)
        }
    }

    private mutating func append(_ s: String) {
        text += s
        scalarCount += s.unicodeScalars.count
    }

    // MARK: Whitespace

    /// `(a + " " + b).strip()` of two collapsed texts.
    private static func joined(_ a: Collapsed, _ b: Collapsed) -> Collapsed {
        if b.text.isEmpty { return a }
        if a.text.isEmpty { return b }
        var out = a
        out.text += " " + b.text
        out.scalars += 1 + b.scalars
        for (tag, span) in b.shifted(scalars: a.scalars + 1, bytes: a.text.utf8.count + 1).spans { out.spans[tag] = span }
        return out
    }

    /// `" ".join(s.split())`: runs of whitespace become one space, none at either end;
    /// each tag's span is where its first and last visible characters landed.
    private func collapse(_ pieces: [Piece]) -> Collapsed {
        var c = Collapsed()
        var bytes = 0
        var pendingSpace = false
        for piece in pieces {
            for s in piece.text.unicodeScalars {
                if Self.isSpace(s) { pendingSpace = !c.text.isEmpty; continue }
                if pendingSpace {
                    c.text.unicodeScalars.append(" ")
                    c.scalars += 1
                    bytes += 1
                    pendingSpace = false
                }
                let start = (c.scalars, bytes)
                c.text.unicodeScalars.append(s)
                c.scalars += 1
                bytes += s.utf8.count
                if let tag = piece.tag {
                    if let span = c.spans[tag] {
                        c.spans[tag] = (span.scalars.lowerBound..<c.scalars, span.bytes.lowerBound..<bytes)
                    } else {
                        c.spans[tag] = (start.0..<c.scalars, start.1..<bytes)
                    }
                }
            }
        }
        return c
    }

    /// Python's `str.isspace`: Unicode White_Space and the four information separators.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || (0x1C...0x1F).contains(s.value)
    }
}

