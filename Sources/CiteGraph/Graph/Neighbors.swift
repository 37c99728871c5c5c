/// One step away from a document, with every place the citation occurs: the
/// "where and how" that a transitive walk leaves out.
public struct GraphNeighbor: Sendable, Hashable {
    /// The neighbouring document, a node number.
    public var node: Int
    /// Every place the citation between the two is made.
    public var occurrences: [EdgeOccurrence]
}

extension CitationGraph {
    /// The documents `node` cites directly (edges followed forwards), with the occurrences in its text.
    public func cites(_ node: Int, filter: GraphFilter = GraphFilter()) -> [GraphNeighbor] {
        adjacency.successors(of: node).compactMap { t in
            neighbor(citing: node, cited: Int(t), listed: Int(t), filter: filter)
        }
    }

    /// The documents that cite `node` directly (edges followed backwards), with the occurrences in their texts.
    public func citedBy(_ node: Int, filter: GraphFilter = GraphFilter()) -> [GraphNeighbor] {
        adjacency.predecessors(of: node).compactMap { s in
            neighbor(citing: Int(s), cited: node, listed: Int(s), filter: filter)
        }
    }

    private func neighbor(citing: Int, cited: Int, listed: Int, filter: GraphFilter) -> GraphNeighbor? {
        guard filter.lists(nodes[listed]) else { return nil }
        var occ = Array(occurrences(citing: citing, cited: cited))
        if !filter.relations.isEmpty {
            occ = occ.filter { filter.relations.contains($0.relation) }
            if occ.isEmpty { return nil }
        }
        return GraphNeighbor(node: listed, occurrences: occ)
    }
}
