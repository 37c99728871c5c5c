/// One place where a document cites another.
///
/// A document that cites the same resolution three times yields three citations:
/// the graph keeps every occurrence on its edge, because *where* and *how* a
/// resolution is cited (recalled in the preamble, endorsed in an operative
/// paragraph) is what analysts ask about.
public struct Citation: Hashable, Sendable, Codable {
    /// Canonical symbol of the cited document (`A/RES/56/183`, `S/RES/1325 (2000)`, `A/67/66-E/2012/49`).
    public var target: String
    public var kind: CitationKind
    public var relation: Relation
    public var location: Location
    /// The footnote the citation was reached through, when a body marker led to it.
    public var footnote: Int?
    /// The part of the cited document named ("paragraphs 4, 5 and 55").
    public var pinpoint: String?
    /// The cited document's adoption date as the citing text gives it, ISO `yyyy-mm-dd`.
    public var adopted: String?
    /// The text that was recognised as the citation.
    public var text: String
    public var range: TextRange
    /// The address the UN's editors linked these words to (AKN4UN's
    /// `<a href="https://undocs.org/en/A/RES/73/89">`), when they did; nil when they
    /// did not, and for every input without links (text, PDF).
    public var unLink: String?
    /// Whether the words gave the citation or only the editors' link did.
    public var origin: CitationOrigin

    public init(target: String, kind: CitationKind, relation: Relation, location: Location,
                footnote: Int? = nil, pinpoint: String? = nil, adopted: String? = nil,
                text: String, range: TextRange, unLink: String? = nil, origin: CitationOrigin = .text) {
        self.target = target
        self.kind = kind
        self.relation = relation
        self.location = location
        self.footnote = footnote
        self.pinpoint = pinpoint
        self.adopted = adopted
        self.text = text
        self.range = range
        self.unLink = unLink
        self.origin = origin
    }

    enum CodingKeys: String, CodingKey {
        case target, kind, relation, location, footnote, pinpoint, adopted, text, range, origin
        case unLink = "un_link"
    }

    /// Reports written before `un_link` and `origin` existed read as text citations with no link.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        target = try c.decode(String.self, forKey: .target)
        kind = try c.decode(CitationKind.self, forKey: .kind)
        relation = try c.decode(Relation.self, forKey: .relation)
        location = try c.decode(Location.self, forKey: .location)
        footnote = try c.decodeIfPresent(Int.self, forKey: .footnote)
        pinpoint = try c.decodeIfPresent(String.self, forKey: .pinpoint)
        adopted = try c.decodeIfPresent(String.self, forKey: .adopted)
        text = try c.decode(String.self, forKey: .text)
        range = try c.decode(TextRange.self, forKey: .range)
        unLink = try c.decodeIfPresent(String.self, forKey: .unLink)
        origin = try c.decodeIfPresent(CitationOrigin.self, forKey: .origin) ?? .text
    }

    /// Absent values are written as `null` rather than left out: the JSON is a
    /// contract, and consumers should see every key of the schema.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(target, forKey: .target)
        try c.encode(kind, forKey: .kind)
        try c.encode(relation, forKey: .relation)
        try c.encode(location, forKey: .location)
        try c.encode(footnote, forKey: .footnote)
        try c.encode(pinpoint, forKey: .pinpoint)
        try c.encode(adopted, forKey: .adopted)
        try c.encode(text, forKey: .text)
        try c.encode(range, forKey: .range)
        try c.encode(origin, forKey: .origin)
        try c.encode(unLink, forKey: .unLink)
    }
}

/// What a citation was found through.
public enum CitationOrigin: String, Hashable, Sendable, Codable {
    /// The extractor read it in the words (and the UN may also have linked them).
    case text
    /// Only the UN editors' link gives it: the words hold a reference the extractor's
    /// grammar did not read ("the Paris Agreement" linked to FCCC/CP/2015/10/Add.1).
    case unLink = "un-link"
}

/// A link of the UN's editors on words the extractor read as another document:
/// `<a href="https://undocs.org/en/A/RES/2250(XXI)">2205 (XXI)</a>`. The words'
/// reading is kept as the citation; the conflict is reported for a person to settle.
public struct LinkConflict: Hashable, Sendable, Codable {
    public var href: String
    /// The symbol the link names, canonical.
    public var linked: String
    /// The linked words.
    public var text: String
    /// What the extractor read in those words.
    public var read: [String]
    public var location: Location

    public init(href: String, linked: String, text: String, read: [String], location: Location) {
        self.href = href
        self.linked = linked
        self.text = text
        self.read = read
        self.location = location
    }
}

/// A reference the extractor saw but could not turn into a UN symbol
/// ("resolution 25, annex I" of UNESCO's General Conference, "its decision that ...").
/// Kept so that nothing is lost silently.
public struct UnresolvedReference: Hashable, Sendable, Codable {
    public var text: String
    public var location: Location
    public var reason: String

    public init(text: String, location: Location, reason: String) {
        self.text = text
        self.location = location
        self.reason = reason
    }
}
