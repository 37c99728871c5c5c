/// The citation graph of a corpus: one node per document, one edge per
/// (citing, cited) pair carrying every place the citation occurs.
///
/// Node numbers follow time (see `GraphNode.timeKey`), and the adjacency is
/// kept in flat arrays (`AdjacencyCSR`). Queries live in extensions, one file each.
/// Build one from extracted documents with `CitationGraph(documents:)`, or from
/// stored rows with `init(nodes:adjacency:occurrenceOffsets:occurrences:)`.
public struct CitationGraph: Sendable {
    public let nodes: [GraphNode]
    public let adjacency: AdjacencyCSR
    /// `occurrences[occurrenceOffsets[e] ..< occurrenceOffsets[e + 1]]` are the
    /// occurrences of edge `e` (an index into `adjacency.forwardTargets`).
    /// Empty when the graph was built without occurrences.
    public let occurrenceOffsets: [Int32]
    public let occurrences: [EdgeOccurrence]
    /// Every spelling key (see `SymbolIdentity`) that names a node, including each
    /// half of a joint symbol.
    public let index: [String: Int32]

    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { adjacency.edgeCount }

    /// Assembles a graph from stored parts, without reading any text.
    ///
    /// - Parameters:
    ///   - occurrenceOffsets: `edgeCount + 1` offsets into `occurrences`, or empty for none.
    ///   - aliases: extra spelling keys for nodes; each node's own symbol (and the
    ///     halves of a joint symbol) are indexed anyway.
    public init(nodes: [GraphNode], adjacency: AdjacencyCSR, occurrenceOffsets: [Int32] = [],
                occurrences: [EdgeOccurrence] = [], aliases: [String: Int32] = [:]) {
        precondition(nodes.count == adjacency.nodeCount, "one node record per adjacency row")
        precondition(occurrenceOffsets.isEmpty || occurrenceOffsets.count == adjacency.edgeCount + 1,
                     "occurrence offsets must cover every edge")
        self.nodes = nodes
        self.adjacency = adjacency
        self.occurrenceOffsets = occurrenceOffsets
        self.occurrences = occurrences
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
        self.index = index
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
        self.nodes = nodes
        self.adjacency = adjacency
        self.occurrenceOffsets = occurrenceOffsets
        self.occurrences = occurrences
        self.index = index
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

    public func occurrences(ofEdge e: Int) -> ArraySlice<EdgeOccurrence> {
        guard !occurrenceOffsets.isEmpty else { return [] }
        return occurrences[Int(occurrenceOffsets[e])..<Int(occurrenceOffsets[e + 1])]
    }

    /// Whether the edge `citing → cited` carries one of `relations` (any edge when `relations` is empty).
    func edge(citing: Int, cited: Int, carriesAnyOf relations: Set<Relation>) -> Bool {
        if relations.isEmpty { return true }
        return occurrences(citing: citing, cited: cited).contains { relations.contains($0.relation) }
    }
}
