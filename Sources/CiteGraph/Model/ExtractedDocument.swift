/// Everything extraction learns from one document: what it says of itself and what it cites.
///
/// This is the unit the graph is built from and the unit a persistent index will
/// store, so it is a plain value with no references back to the text it came from.
public struct ExtractedDocument: Hashable, Sendable, Codable {
    /// The path (or other name) the text was read from.
    public var source: String
    /// The document's own canonical symbol, when the text reveals it.
    public var symbol: String?
    public var kind: CitationKind?
    public var title: String?
    /// The adopting organ: "General Assembly", "Security Council", "Economic and Social Council".
    public var body: String?
    /// Adoption date, ISO `yyyy-mm-dd`.
    public var adopted: String?
    public var session: Int?
    public var agendaItem: String?
    public var meeting: String?
    public var distributed: String?
    public var jobNumber: String?
    /// The language the text is written in (one of the six versions of a resolution).
    public var language: Language?
    public var citations: [Citation]
    public var unresolved: [UnresolvedReference]
    /// Links of the UN's editors that the words contradict (AKN4UN inputs only).
    public var linkConflicts: [LinkConflict]
    /// Candidates that are not citations, each with the rule that says so.
    public var rejected: [RejectedCandidate]
    /// Where `symbol` was read from; nil when there is none.
    public var symbolSource: SymbolSource?
    /// What a reader of the output should know about how the document was read
    /// ("the heading prints the year as \"197-4\"…", "symbol taken from the file name").
    public var notes: [String]

    public init(source: String, symbol: String? = nil, kind: CitationKind? = nil, title: String? = nil,
                body: String? = nil, adopted: String? = nil, session: Int? = nil, agendaItem: String? = nil,
                meeting: String? = nil, distributed: String? = nil, jobNumber: String? = nil,
                language: Language? = nil,
                citations: [Citation] = [], unresolved: [UnresolvedReference] = [],
                rejected: [RejectedCandidate] = [], symbolSource: SymbolSource? = nil, notes: [String] = [],
                linkConflicts: [LinkConflict] = []) {
        self.language = language
        self.source = source
        self.symbol = symbol
        self.kind = kind
        self.title = title
        self.body = body
        self.adopted = adopted
        self.session = session
        self.agendaItem = agendaItem
        self.meeting = meeting
        self.distributed = distributed
        self.jobNumber = jobNumber
        self.citations = citations
        self.unresolved = unresolved
        self.linkConflicts = linkConflicts
        self.rejected = rejected
        self.symbolSource = symbolSource
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case source, symbol, kind, title, body, adopted, session
        case agendaItem = "agenda_item"
        case meeting, distributed
        case jobNumber = "job_number"
        case language
        case citations, unresolved, rejected
        case symbolSource = "symbol_source"
        case notes
        case linkConflicts = "link_conflicts"
    }

    /// Reports written before `rejected`, `symbol_source`, `notes` and `link_conflicts` existed still read.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        symbol = try c.decodeIfPresent(String.self, forKey: .symbol)
        kind = try c.decodeIfPresent(CitationKind.self, forKey: .kind)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        body = try c.decodeIfPresent(String.self, forKey: .body)
        adopted = try c.decodeIfPresent(String.self, forKey: .adopted)
        session = try c.decodeIfPresent(Int.self, forKey: .session)
        agendaItem = try c.decodeIfPresent(String.self, forKey: .agendaItem)
        meeting = try c.decodeIfPresent(String.self, forKey: .meeting)
        distributed = try c.decodeIfPresent(String.self, forKey: .distributed)
        jobNumber = try c.decodeIfPresent(String.self, forKey: .jobNumber)
        language = try c.decodeIfPresent(Language.self, forKey: .language)
        citations = try c.decode([Citation].self, forKey: .citations)
        // A citation's language is the document's, written once for the document.
        if let language {
            for k in citations.indices where citations[k].language == nil { citations[k].language = language }
        }
        unresolved = try c.decode([UnresolvedReference].self, forKey: .unresolved)
        // Reports written before links were read have no conflicts to tell.
        linkConflicts = try c.decodeIfPresent([LinkConflict].self, forKey: .linkConflicts) ?? []
        rejected = try c.decodeIfPresent([RejectedCandidate].self, forKey: .rejected) ?? []
        symbolSource = try c.decodeIfPresent(SymbolSource.self, forKey: .symbolSource)
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
    }

    /// Writes every key, `null` when unknown, so the JSON keeps one shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(body, forKey: .body)
        try c.encode(adopted, forKey: .adopted)
        try c.encode(session, forKey: .session)
        try c.encode(agendaItem, forKey: .agendaItem)
        try c.encode(meeting, forKey: .meeting)
        try c.encode(distributed, forKey: .distributed)
        try c.encode(jobNumber, forKey: .jobNumber)
        try c.encode(language, forKey: .language)
        try c.encode(citations, forKey: .citations)
        try c.encode(unresolved, forKey: .unresolved)
        try c.encode(linkConflicts, forKey: .linkConflicts)
        try c.encode(rejected, forKey: .rejected)
        try c.encode(symbolSource, forKey: .symbolSource)
        try c.encode(notes, forKey: .notes)
    }
}
