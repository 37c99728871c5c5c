/// A self-contained slice of the citation graph: what a query selected, ready to
/// be drawn or exported.
///
/// It is the boundary between the graph and the writers (DOT, GraphML, CSV,
/// Mermaid, JSON): writers need the nodes' metadata and the edges' occurrences,
/// never the graph's internal numbering, so a subgraph carries copies of both.
public struct CitationSubgraph: Sendable, Hashable {
    public struct Node: Sendable, Hashable {
        public var symbol: String
        public var kind: CitationKind?
        public var title: String?
        /// Adoption date, ISO `yyyy-mm-dd` (or `yyyy` alone where only the year is known).
        public var adopted: String?
        public var body: String?
        /// Whether the document's own text was read, as opposed to known only by citation.
        public var isRead: Bool
        /// Whether `symbol` is a UN symbol; a document read from a file that states none is
        /// named by its path, and gets no undocs.org link.
        public var hasSymbol: Bool

        public init(symbol: String, kind: CitationKind? = nil, title: String? = nil,
                    adopted: String? = nil, body: String? = nil, isRead: Bool = false, hasSymbol: Bool = true) {
            self.symbol = symbol
            self.kind = kind
            self.title = title
            self.adopted = adopted
            self.body = body
            self.isRead = isRead
            self.hasSymbol = hasSymbol
        }

        /// The year of adoption, when known.
        public var year: Int? { adopted.flatMap { Int($0.prefix(4)) } }
    }

    /// One place the citing document cites the cited one.
    public struct Occurrence: Sendable, Hashable {
        public var relation: Relation
        public var location: Location
        public var footnote: Int?
        public var pinpoint: String?

        public init(relation: Relation, location: Location, footnote: Int? = nil, pinpoint: String? = nil) {
            self.relation = relation
            self.location = location
            self.footnote = footnote
            self.pinpoint = pinpoint
        }
    }

    /// `from` cites `to`; both are indices into `nodes`.
    public struct Edge: Sendable, Hashable {
        public var from: Int
        public var to: Int
        public var occurrences: [Occurrence]

        public init(from: Int, to: Int, occurrences: [Occurrence]) {
            self.from = from
            self.to = to
            self.occurrences = occurrences
        }

        /// The strongest relation on the edge, the one a diagram shows.
        public var relation: Relation { occurrences.map(\.relation).min() ?? .references }
    }

    public var nodes: [Node]
    public var edges: [Edge]
    /// What was selected, for a diagram's title ("ancestors of A/RES/67/195, depth 2").
    public var caption: String?
    /// The documents the selection is about (the one whose ancestors were
    /// asked for, a path's two ends), as indices into `nodes`: drawn emphasised.
    public var focus: [Int]

    public init(nodes: [Node], edges: [Edge], caption: String? = nil, focus: [Int] = []) {
        self.nodes = nodes
        self.edges = edges
        self.caption = caption
        self.focus = focus
    }
}
