/// The citation graph of a corpus: one node per document, one edge per
/// (citing, cited) pair carrying every place the citation occurs.
///
/// Node numbers follow time (see `GraphNode.timeKey`), and the adjacency is
/// kept in flat arrays (`AdjacencyCSR`). Queries live in extensions, one file each.
/// Build one from extracted documents with `CitationGraph(documents:)`, or from
/// stored rows with `init(nodes:adjacency:occurrenceOffsets:occurrences:)`, or
/// over a mapped snapshot with `init(adjacency:records:)`.
public struct CitationGraph: Sendable {
    /// Every document, indexed by node number; numbers follow time.
    public let nodes: GraphNodes
    /// Who cites whom, in flat arrays both ways.
    public private(set) var adjacency: AdjacencyCSR
    /// Where each edge's occurrences are: decoded arrays, or a record store.
    let edgeOccurrences: EdgeOccurrenceStorage
    /// Every spelling key (see `SymbolIdentity`) that names a node, including each
    /// half of a joint symbol.
    public let index: SymbolIndex

    enum EdgeOccurrenceStorage: Sendable {
        /// `occurrences[offsets[e] ..< offsets[e + 1]]` are edge `e`'s; no offsets: no occurrences.
        case decoded(offsets: [Int32], occurrences: [EdgeOccurrence])
        case stored(any GraphRecordStore)
    }

    /// Every place citations occur, on all edges together.
    public var occurrenceCount: Int {
        switch edgeOccurrences {
        case .decoded(_, let occurrences): occurrences.count
        case .stored(let store): store.occurrenceCount
        }
    }

    /// How many documents the graph holds, read or only cited.
    public var nodeCount: Int { nodes.count }
    /// How many (citing, cited) pairs the graph holds.
    public var edgeCount: Int { adjacency.edgeCount }

    /// Assembles a graph from stored parts, without reading any text.
    ///
    /// - Parameters:
    ///   - nodes: the documents, numbered in time order as the adjacency expects.
    ///   - adjacency: the citations between them, as a persistent index stored them.
    ///   - occurrenceOffsets: `edgeCount + 1` offsets into `occurrences`, or empty for none.
    ///   - occurrences: every edge's occurrences, edge after edge.
    ///   - aliases: extra spelling keys for nodes; each node's own symbol (and the
    ///     halves of a joint symbol) are indexed anyway.
    public init(nodes: [GraphNode], adjacency: AdjacencyCSR, occurrenceOffsets: [Int32] = [],
                occurrences: [EdgeOccurrence] = [], aliases: [String: Int32] = [:]) {
        precondition(nodes.count == adjacency.nodeCount, "one node record per adjacency row")
        precondition(occurrenceOffsets.isEmpty || occurrenceOffsets.count == adjacency.edgeCount + 1,
                     "occurrence offsets must cover every edge")
        self.nodes = GraphNodes(nodes)
        self.adjacency = adjacency
        self.edgeOccurrences = .decoded(offsets: occurrenceOffsets, occurrences: occurrences)
        var index = aliases
        index.reserveCapacity(nodes.count + aliases.count)
        for (id, node) in nodes.enumerated() {
            let key = SymbolIdentity.normalize(node.symbol)
            index[key] = Int32(id)
            let parts = SymbolIdentity.jointParts(key)
            if parts.count > 1 {
                // A half names the joint document unless it is a document of its own.
                for part in parts where index[part] == nil { index[part] = Int32(id) }
            }
        }
        // Own symbols win over halves assigned above.
        for (id, node) in nodes.enumerated() { index[SymbolIdentity.normalize(node.symbol)] = Int32(id) }
        self.index = SymbolIndex(index)
    }

    /// Assembles a graph from stored parts whose spelling index was stored too
    /// (`index` as a graph built by the other initialisers has it), so loading
    /// does not normalise every symbol again: a persistent index maps its
    /// snapshot back this way.
    ///
    /// - Precondition: every value of `index` is a node number.
    public init(nodes: [GraphNode], adjacency: AdjacencyCSR, occurrenceOffsets: [Int32] = [],
                occurrences: [EdgeOccurrence] = [], index: [String: Int32]) {
        precondition(nodes.count == adjacency.nodeCount, "one node record per adjacency row")
        precondition(occurrenceOffsets.isEmpty || occurrenceOffsets.count == adjacency.edgeCount + 1,
                     "occurrence offsets must cover every edge")
        self.nodes = GraphNodes(nodes)
        self.adjacency = adjacency
        self.edgeOccurrences = .decoded(offsets: occurrenceOffsets, occurrences: occurrences)
        self.index = SymbolIndex(index)
    }

    /// A graph over stored records, decoded only as queries read them: what a
    /// persistent index gives, so that loading costs the same for ten documents
    /// or a million.
    ///
    /// - Precondition: `records.nodeCount == adjacency.nodeCount`, and the store
    ///   holds occurrences for every edge number of `adjacency`.
    public init(adjacency: AdjacencyCSR, records: any GraphRecordStore) {
        precondition(records.nodeCount == adjacency.nodeCount, "one node record per adjacency row")
        self.nodes = GraphNodes(store: records)
        self.adjacency = adjacency
        self.edgeOccurrences = .stored(records)
        self.index = SymbolIndex(store: records)
    }

    /// The same graph with its adjacency checked whole (`AdjacencyCSR.verified()`):
    /// for a caller that opens a stored graph read in place and would rather have
    /// an error now than a walk that meets a damaged row end the process.
    public func verified() throws(AdjacencyCSR.Damage) -> CitationGraph {
        var copy = self
        copy.adjacency = try adjacency.verified()
        return copy
    }

    /// The node a spelling of a symbol names exactly (no short forms; see `SymbolResolver`).
    public func node(named symbol: String) -> Int? {
        index[SymbolIdentity.normalize(symbol)].map(Int.init)
    }

    /// Where and how `citing` cites `cited`; empty when it does not.
    public func occurrences(citing: Int, cited: Int) -> ArraySlice<EdgeOccurrence> {
        guard let e = adjacency.edge(from: citing, to: cited) else { return [] }
        return occurrences(ofEdge: e)
    }

    /// The occurrences of edge number `e`: a slice of the shared array, or decoded from the store now.
    public func occurrences(ofEdge e: Int) -> ArraySlice<EdgeOccurrence> {
        switch edgeOccurrences {
        case .decoded(let offsets, let occurrences):
            guard !offsets.isEmpty else { return [] }
            return occurrences[Int(offsets[e])..<Int(offsets[e + 1])]
        case .stored(let store):
            return ArraySlice(store.occurrences(ofEdge: e))
        }
    }

    /// Whether the edge `citing → cited` carries one of `relations` (any edge when `relations` is empty).
    func edge(citing: Int, cited: Int, carriesAnyOf relations: Set<Relation>) -> Bool {
        if relations.isEmpty { return true }
        return occurrences(citing: citing, cited: cited).contains { relations.contains($0.relation) }
    }
}
