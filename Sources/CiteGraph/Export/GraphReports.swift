/// The JSON answers of the graph queries: a contract for other tools, documented
/// in docs/GRAPH.md. Every key is always written (`null` when unknown) so each
/// answer keeps one shape.

/// A document as every query reports it.
public struct NodeReport: Encodable, Sendable, Hashable {
    public var symbol: String
    public var kind: CitationKind?
    public var title: String?
    public var adopted: String?
    public var body: String?
    public var session: Int?
    /// Whether its own text was read (otherwise it is known only by citation).
    public var read: Bool
    /// Steps from the queried document, for traversals.
    public var depth: Int?
    /// For `cites` / `cited-by`: where and how the citation occurs.
    public var occurrences: [OccurrenceReport]?
    /// For `top`: distinct citing documents, and the score ranked on.
    public var citedBy: Int?
    public var score: Double?

    public init(_ node: GraphNode, depth: Int? = nil, occurrences: [EdgeOccurrence]? = nil,
                citedBy: Int? = nil, score: Double? = nil) {
        symbol = node.symbol
        kind = node.kind
        title = node.title
        adopted = node.adopted
        body = node.body
        session = node.session
        read = node.isRead
        self.depth = depth
        self.occurrences = occurrences?.map(OccurrenceReport.init)
        self.citedBy = citedBy
        self.score = score
    }

    enum CodingKeys: String, CodingKey {
        case symbol, kind, title, adopted, body, session, read, depth, occurrences
        case citedBy = "cited_by"
        case score
    }

    /// The base keys always; the query-specific ones only where the query gives them.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(adopted, forKey: .adopted)
        try c.encode(body, forKey: .body)
        try c.encode(session, forKey: .session)
        try c.encode(read, forKey: .read)
        try c.encodeIfPresent(depth, forKey: .depth)
        try c.encodeIfPresent(occurrences, forKey: .occurrences)
        try c.encodeIfPresent(citedBy, forKey: .citedBy)
        try c.encodeIfPresent(score, forKey: .score)
    }
}

public struct OccurrenceReport: Encodable, Sendable, Hashable {
    public var relation: Relation
    public var location: Location
    public var footnote: Int?
    public var pinpoint: String?

    public init(_ o: EdgeOccurrence) {
        relation = o.relation
        location = o.location
        footnote = o.footnote
        pinpoint = o.pinpoint
    }

    enum CodingKeys: String, CodingKey { case relation, location, footnote, pinpoint }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(relation, forKey: .relation)
        try c.encode(location, forKey: .location)
        try c.encode(footnote, forKey: .footnote)
        try c.encode(pinpoint, forKey: .pinpoint)
    }
}

public struct FilterReport: Encodable, Sendable, Hashable {
    public var kinds: [CitationKind]
    public var relations: [Relation]
    public var since: Int?
    public var until: Int?

    public init(_ f: GraphFilter) {
        kinds = f.kinds.sorted()
        relations = f.relations.sorted()
        since = f.since
        until = f.until
    }

    enum CodingKeys: String, CodingKey { case kinds, relations, since, until }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kinds, forKey: .kinds)
        try c.encode(relations, forKey: .relations)
        try c.encode(since, forKey: .since)
        try c.encode(until, forKey: .until)
    }
}

/// The answer of a query that lists documents: ancestors, descendants, cites,
/// cited-by, top, lineage, longest, path.
public struct QueryReport: Encodable, Sendable, Hashable {
    /// The subcommand: "ancestors", "descendants", "cites", "cited-by", "top", "lineage", "longest", "path".
    public var query: String
    /// The queried document(s), canonical symbols (two for `path`, none for `top`).
    public var symbols: [String]
    /// Which way the query walks: "cited" (citing → cited, towards older
    /// documents), "citing" (cited → citing, towards later ones), or "both".
    public var direction: String
    /// The `--depth` given (1 for `cites` / `cited-by`), else `nil`.
    public var depth: Int?
    public var filters: FilterReport
    /// Whether anything was found: `false` for a path to nowhere.
    public var found: Bool
    /// The documents, in the query's order (documented per query in docs/GRAPH.md).
    public var results: [NodeReport]

    public init(query: String, symbols: [String], direction: String, depth: Int? = nil,
                filters: GraphFilter = GraphFilter(), found: Bool = true, results: [NodeReport]) {
        self.query = query
        self.symbols = symbols
        self.direction = direction
        self.depth = depth
        self.filters = FilterReport(filters)
        self.found = found
        self.results = results
    }

    enum CodingKeys: String, CodingKey { case query, symbols, direction, depth, filters, found, count, results }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        try c.encode(symbols, forKey: .symbols)
        try c.encode(direction, forKey: .direction)
        try c.encode(depth, forKey: .depth)
        try c.encode(filters, forKey: .filters)
        try c.encode(found, forKey: .found)
        try c.encode(results.count, forKey: .count)
        try c.encode(results, forKey: .results)
    }
}

/// The answer of `cycles`.
public struct CyclesReport: Encodable, Sendable, Hashable {
    public struct Group: Encodable, Sendable, Hashable {
        public var members: [NodeReport]
        /// One ring: each symbol cites the next, the last cites the first.
        public var witness: [String]
    }

    public var query = "cycles"
    public var cycles: [Group]

    public init(graph: CitationGraph, cycles: [CitationCycle]) {
        self.cycles = cycles.map { c in
            Group(members: c.members.map { NodeReport(graph.nodes[$0]) },
                  witness: c.witness.map { graph.nodes[$0].symbol })
        }
    }

    enum CodingKeys: String, CodingKey { case query, count, cycles }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        try c.encode(cycles.count, forKey: .count)
        try c.encode(cycles, forKey: .cycles)
    }
}

/// The answer of `stats`.
public struct StatisticsReport: Encodable, Sendable, Hashable {
    public var query = "stats"
    public var nodes: Int
    public var edges: Int
    public var occurrences: Int
    public var read: Int
    public var onlyCited: Int
    public var unresolved: Int
    public var cycles: Int
    public var nodesByKind: [GraphStatistics.KindCount]
    public var edgesByRelation: [GraphStatistics.RelationCount]

    public init(_ s: GraphStatistics) {
        nodes = s.nodes
        edges = s.edges
        occurrences = s.occurrences
        read = s.read
        onlyCited = s.onlyCited
        unresolved = s.unresolved
        cycles = s.cycles
        nodesByKind = s.nodesByKind
        edgesByRelation = s.edgesByRelation
    }

    enum CodingKeys: String, CodingKey {
        case query, nodes, edges, occurrences, read
        case onlyCited = "only_cited"
        case unresolved, cycles
        case nodesByKind = "nodes_by_kind"
        case edgesByRelation = "edges_by_relation"
    }
}
