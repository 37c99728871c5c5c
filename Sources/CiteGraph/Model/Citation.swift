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

    /// The language of the text the citation was read from: a graph built from several
    /// versions of one resolution keeps, on each edge, which version said it. Not written
    /// per citation in JSON (the document says it once); nil when read back from JSON.
    public var language: Language? = nil

    public init(target: String, kind: CitationKind, relation: Relation, location: Location,
                footnote: Int? = nil, pinpoint: String? = nil, adopted: String? = nil,
                text: String, range: TextRange, unLink: String? = nil, origin: CitationOrigin = .text,
                language: Language? = nil) {
        self.language = language
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
    /// Where it stands in the text, as a citation's range does; nil in reports written before ranges were kept.
    public var range: TextRange?

    public init(text: String, location: Location, reason: String, range: TextRange? = nil) {
        self.text = text
        self.location = location
        self.reason = reason
        self.range = range
    }

    enum CodingKeys: String, CodingKey { case text, location, reason, range }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(location, forKey: .location)
        try c.encode(reason, forKey: .reason)
        try c.encode(range, forKey: .range)
    }
}

/// Something that looks like a reference and is not one, with the rule that says so:
/// the heading of the next resolution printed on the same page, an editors' note
/// about a later resolution. Kept, like an unresolved reference, so that every
/// candidate the text holds is accounted for.
public struct RejectedCandidate: Hashable, Sendable, Codable {
    public var text: String
    public var location: Location
    public var reason: Rejection
    public var range: TextRange

    public init(text: String, location: Location, reason: Rejection, range: TextRange) {
        self.text = text
        self.location = location
        self.reason = reason
        self.range = range
    }
}

/// Why a candidate is not a citation; each case is a rule of the UN's document system.
public enum Rejection: String, Hashable, Sendable, Codable, CaseIterable {
    /// "Resolution 474 (1980)" standing alone on its line inside 471 (1980): the next text on the page.
    case headingOfAnotherDocument = "heading-of-another-document"
    /// "By its resolution 47 (1948), the Council decided …" under 39 (1948): the editors
    /// tell what happened later, and a resolution cannot cite a later one.
    case laterThanCitingDocument = "later-than-citing-document"
    /// "document CBD/COP/15/17, decision 15/4": a part of the document just named, not a
    /// decision of the citing organ.
    case partOfNamedDocument = "part-of-named-document"

    /// The rule, in words.
    public var explanation: String {
        switch self {
        case .headingOfAnotherDocument: "the heading of another resolution printed on the same page"
        case .laterThanCitingDocument: "a resolution later than the citing one (an editors' note), which it cannot cite"
        case .partOfNamedDocument: "a decision or resolution inside the document just named (a pinpoint of it)"
        }
    }
}
