/// What a document's own markup says about it beyond its words: who it is, where
/// its paragraphs stand, and what its editors linked.
///
/// A text file carries none of this and the extractor reads it all from the words;
/// an Akoma Ntoso file (AKN4UN, the UN's own XML) states it, and what the markup
/// states is taken over what the words suggest. Ranges are Unicode scalar offsets
/// into `DocumentText.text`, the unit of `Citation.range`.
public struct DocumentMarkup: Sendable, Hashable {
    public var identity: MarkupIdentity
    /// Every link the editors made to a UN document, in document order.
    public var links: [EditorLink]
    /// Parts of the text with the location the structure gives them (a preambular
    /// container, a numbered operative paragraph, the header line).
    public var spans: [LocatedSpan]
    /// Footnote number to the location of the paragraph its marker stands in.
    public var noteLocations: [Int: Location]
    /// Footnote number to the UTF-8 offset of its marker in the text.
    public var noteMarkers: [Int: Int]

    public init(identity: MarkupIdentity, links: [EditorLink] = [], spans: [LocatedSpan] = [],
                noteLocations: [Int: Location] = [:], noteMarkers: [Int: Int] = [:]) {
        self.identity = identity
        self.links = links
        self.spans = spans
        self.noteLocations = noteLocations
        self.noteMarkers = noteMarkers
    }

    /// The location of the last located span that starts at or before `offset`: for an
    /// annex, the operative paragraph that ends the resolution it is annexed to.
    public func location(before offset: Int) -> Location? {
        spans.last { $0.range.start <= offset }?.location
    }

    /// The location the structure gives the text at scalar offset `offset`, if any.
    public func location(at offset: Int) -> Location? {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].range.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < spans.count, spans[lo].range.start <= offset else { return nil }
        return spans[lo].location
    }
}

/// A document's identity as its metadata states it (AKN's FRBR work URI and dates,
/// the cover page). Every field is optional: what the markup does not state, the
/// text may still tell.
public struct MarkupIdentity: Sendable, Hashable {
    public var symbol: String?
    public var body: String?
    public var adopted: String?
    public var session: Int?
    public var title: String?
    public var agendaItem: String?
    public var meeting: String?
    public var distributed: String?
    /// Things about the identity a user should hear ("the cover page says A/RES/76/11, the FRBR URI 76/10").
    public var warnings: [String]

    public init(symbol: String? = nil, body: String? = nil, adopted: String? = nil, session: Int? = nil,
                title: String? = nil, agendaItem: String? = nil, meeting: String? = nil,
                distributed: String? = nil, warnings: [String] = []) {
        self.symbol = symbol
        self.body = body
        self.adopted = adopted
        self.session = session
        self.title = title
        self.agendaItem = agendaItem
        self.meeting = meeting
        self.distributed = distributed
        self.warnings = warnings
    }
}

/// One link an editor made from the text to a UN document:
/// `<a href="https://undocs.org/en/A/RES/2205(XXI)">2205 (XXI)</a>`.
public struct EditorLink: Sendable, Hashable {
    /// The address as written.
    public var href: String
    /// The document symbol the address names, as the address spells it ("A/RES/2205(XXI)").
    public var symbol: String
    /// The linked words, whitespace collapsed.
    public var text: String
    /// Where the linked words stand in the text; nil for a link in a part the text leaves out.
    public var range: TextRange?
    /// The same span in UTF-8 bytes of the text.
    public var utf8: Range<Int>?
    /// The structural location of the paragraph the link is in, or whose footnote it is in.
    public var location: Location?
    /// The footnote the link is in.
    public var footnote: Int?

    public init(href: String, symbol: String, text: String, range: TextRange? = nil, utf8: Range<Int>? = nil,
                location: Location? = nil, footnote: Int? = nil) {
        self.href = href
        self.symbol = symbol
        self.text = text
        self.range = range
        self.utf8 = utf8
        self.location = location
        self.footnote = footnote
    }
}

/// A stretch of the text and the location the document's structure gives it.
public struct LocatedSpan: Sendable, Hashable {
    public var range: TextRange
    public var location: Location

    public init(range: TextRange, location: Location) {
        self.range = range
        self.location = location
    }
}

extension MarkupIdentity {
    /// The organ the markup names, for reading "its resolution" in the words.
    var organ: Organ? {
        switch body {
        case "General Assembly": .generalAssembly
        case "Economic and Social Council": .ecosoc
        case "Security Council": .securityCouncil
        case "Human Rights Council": .humanRightsCouncil
        default: nil
        }
    }
}
