/// Ancestors and descendants: the transitive walks, each node listed once at
/// its shortest distance, ordered by distance and then by node number (time).
extension CitationGraph {
    /// Everything `node` cites, directly or through documents it cites: the
    /// older documents it builds on. Walks edges forwards (citing → cited).
    public func ancestors(of node: Int, depth: Int? = nil, filter: GraphFilter = GraphFilter()) -> [GraphHit] {
        closure(of: node, direction: .cited, depth: depth, filter: filter)
    }

    /// Everything that cites `node`, directly or through documents that cite
    /// it: the later documents that build on it. Walks edges backwards (cited → citing).
    public func descendants(of node: Int, depth: Int? = nil, filter: GraphFilter = GraphFilter()) -> [GraphHit] {
        closure(of: node, direction: .citing, depth: depth, filter: filter)
    }

    /// Everything reachable from `node` in `direction`, nearest first, listed as the
    /// filter says: the one walk behind `ancestors` and `descendants`.
    public func closure(of node: Int, direction: WalkDirection, depth: Int? = nil,
                        filter: GraphFilter = GraphFilter()) -> [GraphHit] {
        let reach = adjacency.reach(from: node, direction: direction, maxDepth: depth, follows: edgePredicate(filter))
        var hits: [GraphHit] = []
        hits.reserveCapacity(reach.count)
        // Without a kind or date filter every reached node is listed, and no record need be read
        // (a mapped index decodes a node when it is read).
        let listsAll = filter.kinds.isEmpty && filter.since == nil && filter.until == nil
        for i in 0..<reach.count where listsAll || filter.lists(nodes[Int(reach.nodes[i])]) {
            hits.append(GraphHit(node: Int(reach.nodes[i]), depth: Int(reach.depths[i])))
        }
        // A sweep already delivers this order; only a breadth-first walk needs the sort.
        let inOrder = zip(hits, hits.dropFirst()).allSatisfy { ($0.depth, $0.node) < ($1.depth, $1.node) }
        if !inOrder { hits.sort { ($0.depth, $0.node) < ($1.depth, $1.node) } }
        return hits
    }
}
