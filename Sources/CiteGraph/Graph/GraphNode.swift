/// What the graph knows of one document, merged from its own text and from the
/// texts that cite it.
///
/// A plain record so that a persistent index can store and reload nodes as rows.
public struct GraphNode: Sendable, Hashable, Codable {
    /// Canonical symbol, as the document itself (or else its first citer) writes it.
    public var symbol: String
    /// What the document is, from its own text or from the symbol's grammar.
    public var kind: CitationKind?
    /// The title its own text gives; `nil` for a document known only by citation.
    public var title: String?
    /// Adoption date, ISO `yyyy-mm-dd`.
    public var adopted: String?
    /// The adopting organ.
    public var body: String?
    /// The GA session, which dates a document whose date the corpus does not give.
    public var session: Int?
    /// The agenda item it was adopted under, as the text writes it ("20 (b)").
    public var agendaItem: String?
    /// Where its text was read from; `nil` when it is known only by citation.
    public var source: String?
    /// References in its text that could not be resolved to a symbol.
    public var unresolvedCount: Int
    /// The languages its texts were read in, in `Language` order: the six versions of one
    /// resolution are one node. nil when no text of it was read (or its language is unknown).
    public var languages: [Language]?

    /// A node as a persistent index stores it.
    public init(symbol: String, kind: CitationKind? = nil, title: String? = nil, adopted: String? = nil,
                body: String? = nil, session: Int? = nil, agendaItem: String? = nil,
                source: String? = nil, unresolvedCount: Int = 0) {
        self.symbol = symbol
        self.kind = kind
        self.title = title
        self.adopted = adopted
        self.body = body
        self.session = session
        self.agendaItem = agendaItem
        self.source = source
        self.unresolvedCount = unresolvedCount
    }

    /// Whether the document's own text was read, as opposed to it being known only because others cite it.
    public var isRead: Bool { source != nil }

    /// Whether the document has a UN symbol: one read from a file that states none is named by its path.
    public var hasSymbol: Bool { source == nil || symbol != source }

    /// Year of adoption, when the date is known.
    public var year: Int? { adopted.flatMap { Int($0.prefix(4)) } }

    /// The order nodes are numbered in: time first (the adoption year, or one
    /// estimated from the symbol), then date, then symbol.
    var timeKey: (Int, String, String) {
        (year ?? SymbolTime.estimatedYear(of: symbol) ?? Int.max, adopted ?? "9999", symbol)
    }
}

/// One place a citing document cites a cited one, as kept on the graph's edge.
public typealias EdgeOccurrence = CitationSubgraph.Occurrence
