/// A self-contained slice of the citation graph: what a query selected, ready to
/// be drawn or exported.
///
/// It is the boundary between the graph and the writers (DOT, GraphML, CSV,
/// Mermaid, JSON): writers need the nodes' metadata and the edges' occurrences,
/// never the graph's internal numbering, so a subgraph carries copies of both.
public struct CitationSubgraph: Sendable, Hashable {
    /// A document as a writer needs it: its metadata copied, not a reference into the graph.
    public struct Node: Sendable, Hashable {
        /// The canonical symbol, the node's ID in every format.
        public var symbol: String
        /// What the document is; decides its shape and colour.
        public var kind: CitationKind?
        /// The title, for labels and tooltips; `nil` for a document known only by citation.
        public var title: String?
        /// Adoption date, ISO `yyyy-mm-dd` (or `yyyy` alone where only the year is known).
        public var adopted: String?
        /// The adopting organ, shown in the tooltip.
        public var body: String?
        /// Whether the document's own text was read, as opposed to known only by citation.
        public var isRead: Bool
        /// Whether `symbol` is a UN symbol; a document read from a file that states none is
        /// named by its path, and gets no undocs.org link.
        public var hasSymbol: Bool

        /// A node with what is known of it; only the symbol is required, as for a document known only by citation.
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
        /// How the citing document treats the cited one here.
        public var relation: Relation
        /// Where in the citing document.
        public var location: Location
        /// The footnote the citation was reached through, when a marker led to it.
        public var footnote: Int?
        /// The part of the cited document named, when the text names one.
        public var pinpoint: String?

        /// One occurrence, as the graph recorded it.
        public init(relation: Relation, location: Location, footnote: Int? = nil, pinpoint: String? = nil) {
            self.relation = relation
            self.location = location
            self.footnote = footnote
            self.pinpoint = pinpoint
        }
    }

    /// `from` cites `to`; both are indices into `nodes`.
    public struct Edge: Sendable, Hashable {
        /// The citing node, an index into `nodes`.
        public var from: Int
        /// The cited node, an index into `nodes`.
        public var to: Int
        /// Every place the citation is made, so an edge can be weighted and its tooltip say where.
        public var occurrences: [Occurrence]

        /// An edge between two of the subgraph's nodes.
        public init(from: Int, to: Int, occurrences: [Occurrence]) {
            self.from = from
            self.to = to
            self.occurrences = occurrences
        }

        /// The strongest relation on the edge, the one a diagram shows.
        public var relation: Relation { occurrences.map(\.relation).min() ?? .references }
    }

    /// The selected documents.
    public var nodes: [Node]
    /// The citations among them.
    public var edges: [Edge]
    /// What was selected, for a diagram's title ("ancestors of A/RES/67/195, depth 2").
    public var caption: String?
    /// The documents the selection is about (the one whose ancestors were
    /// asked for, a path's two ends), as indices into `nodes`: drawn emphasised.
    public var focus: [Int]

    /// A subgraph made by hand, for callers (and tests) that build a diagram without a corpus.
    public init(nodes: [Node], edges: [Edge], caption: String? = nil, focus: [Int] = []) {
        self.nodes = nodes
        self.edges = edges
        self.caption = caption
        self.focus = focus
    }
}
