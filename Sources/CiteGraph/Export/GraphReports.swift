/// The JSON answers of the graph queries: a contract for other tools, documented
/// in docs/GRAPH.md. Every key is always written (`null` when unknown) so each
/// answer keeps one shape.

/// A document as every query reports it.
public struct NodeReport: Encodable, Sendable, Hashable {
    /// The canonical symbol, the key every other tool joins on.
    public var symbol: String
    /// What the document is, so a consumer can filter without parsing the symbol; `null` when unknown.
    public var kind: CitationKind?
    /// The title as the document's own text gives it; `null` for a document known only by citation.
    public var title: String?
    /// Adoption date, ISO `yyyy-mm-dd`, as text so that a year alone can be said too.
    public var adopted: String?
    /// The adopting organ, so GA, ECOSOC and Council documents can be told apart at a glance.
    public var body: String?
    /// The session, which dates a GA document whose date the corpus does not give.
    public var session: Int?
    /// Whether its own text was read (otherwise it is known only by citation).
    public var read: Bool
    /// Steps from the queried document, for traversals.
    public var depth: Int?
    /// For `cites` / `cited-by`: where and how the citation occurs.
    public var occurrences: [OccurrenceReport]?
    /// For `top`: distinct citing documents, and the score ranked on.
    public var citedBy: Int?
    /// The value `top` ranked on (PageRank or in-degree), so a consumer can show the ranking's basis.
    public var score: Double?

    /// Copies the node's metadata, with the query-specific fields only where the query gives them.
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

/// One place a citation occurs, as the JSON of `cites` and `cited-by` reports it:
/// the relation and location are what analysts filter citations by.
public struct OccurrenceReport: Encodable, Sendable, Hashable {
    /// How the citing document treats the cited one (recalls, reaffirms, ...).
    public var relation: Relation
    /// Where in the citing document: a paragraph, the header, or a footnote.
    public var location: Location
    /// The footnote the citation was reached through, when a marker led to it.
    public var footnote: Int?
    /// The part of the cited document named ("paragraphs 4 and 5"), when the text names one.
    public var pinpoint: String?

    /// Copies a graph occurrence into its reported form.
    public init(_ o: EdgeOccurrence) {
        relation = o.relation
        location = o.location
        footnote = o.footnote
        pinpoint = o.pinpoint
    }

    enum CodingKeys: String, CodingKey { case relation, location, footnote, pinpoint }

    /// Writes every key, `null` when unknown, so the answer keeps one shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(relation, forKey: .relation)
        try c.encode(location, forKey: .location)
        try c.encode(footnote, forKey: .footnote)
        try c.encode(pinpoint, forKey: .pinpoint)
    }
}

/// The filters a query ran with, echoed in its answer so that a saved answer says what it is an answer to.
public struct FilterReport: Encodable, Sendable, Hashable {
    /// The `--kind` values, sorted; empty when every kind is listed.
    public var kinds: [CitationKind]
    /// The `--relation` values, sorted; empty when every citation is followed.
    public var relations: [Relation]
    /// The first year listed, inclusive.
    public var since: Int?
    /// The last year listed, inclusive.
    public var until: Int?

    /// Echoes a filter with its sets sorted, so the same filter always reads the same.
    public init(_ f: GraphFilter) {
        kinds = f.kinds.sorted()
        relations = f.relations.sorted()
        since = f.since
        until = f.until
    }

    enum CodingKeys: String, CodingKey { case kinds, relations, since, until }

    /// Writes every key, `null` when unset, so the answer keeps one shape.
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
    /// The filters the query ran with.
    public var filters: FilterReport
    /// Whether anything was found: `false` for a path to nowhere.
    public var found: Bool
    /// The documents, in the query's order (documented per query in docs/GRAPH.md).
    public var results: [NodeReport]

    /// Builds an answer; `count` is derived from `results` when it is encoded, so the two cannot disagree.
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

    /// Writes the keys in the documented order, with `count` computed from the results.
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
    /// One set of documents that cite one another in a ring.
    public struct Group: Encodable, Sendable, Hashable {
        /// Every document of the strongly connected component.
        public var members: [NodeReport]
        /// One ring: each symbol cites the next, the last cites the first.
        public var witness: [String]
    }

    /// The subcommand, as in every answer, so a consumer can dispatch on it.
    public var query = "cycles"
    /// The cycles found; a citation graph should have none, so each is a lead to an extraction error or a joint document.
    public var cycles: [Group]

    /// Turns the graph's node numbers into reported documents and symbols.
    public init(graph: CitationGraph, cycles: [CitationCycle]) {
        self.cycles = cycles.map { c in
            Group(members: c.members.map { NodeReport(graph.nodes[$0]) },
                  witness: c.witness.map { graph.nodes[$0].symbol })
        }
    }

    enum CodingKeys: String, CodingKey { case query, count, cycles }

    /// Writes the answer with its count.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        try c.encode(cycles.count, forKey: .count)
        try c.encode(cycles, forKey: .cycles)
    }
}

/// The answer of `stats`.
public struct StatisticsReport: Encodable, Sendable, Hashable {
    /// The subcommand, as in every answer, so a consumer can dispatch on it.
    public var query = "stats"
    /// Documents in the graph, read or only cited.
    public var nodes: Int
    /// Distinct (citing, cited) pairs.
    public var edges: Int
    /// Citation occurrences over all edges: an edge cited in three places counts three.
    public var occurrences: Int
    /// Documents whose own text was read.
    public var read: Int
    /// Documents known only because something cites them: the edge of the corpus.
    public var onlyCited: Int
    /// References the extractor saw but could not turn into a symbol; a large number is a lead to a missing rule.
    public var unresolved: Int
    /// Cycles among citations, each a lead to an extraction error or a joint document.
    public var cycles: Int
    /// Documents per kind, in `CitationKind` order.
    public var nodesByKind: [GraphStatistics.KindCount]
    /// Edges and occurrences per relation, in `Relation` order.
    public var edgesByRelation: [GraphStatistics.RelationCount]

    /// Copies the statistics into the answer's shape.
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
