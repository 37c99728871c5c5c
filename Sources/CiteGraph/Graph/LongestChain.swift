extension CitationGraph {
    /// The longest citation chain below `node`: `node` cites the second
    /// document, which cites the third, and so on, as far back as citations go.
    ///
    /// One linear pass over the components in topological order (sinks first):
    /// `length(v) = 1 + max length(w)` over the documents `w` that `v` cites.
    /// Edges inside a citation cycle are not followed (a longest simple path
    /// through a cycle is an NP-hard question, and such cycles are extraction
    /// artefacts). Among equally long continuations the older document wins —
    /// by node order, which is date then symbol. Only `filter.relations` applies.
    public func longestChain(from node: Int, filter: GraphFilter = GraphFilter()) -> [Int] {
        let follows = edgePredicate(filter)
        let components = adjacency.stronglyConnectedComponents()
        var componentOf = [Int32](repeating: 0, count: nodeCount)
        for (c, members) in components.enumerated() { for v in members { componentOf[Int(v)] = Int32(c) } }
        var length = [Int32](repeating: 1, count: nodeCount)
        var next = [Int32](repeating: -1, count: nodeCount)
        for members in components {
            for v32 in members {
                let v = Int(v32)
                for w32 in adjacency.successors(of: v) {
                    let w = Int(w32)
                    if componentOf[w] == componentOf[v] { continue }
                    if let follows, !follows(v, w) { continue }
                    // Successors come in increasing order, so a strict `>` keeps the oldest on ties.
                    if length[w] + 1 > length[v] {
                        length[v] = length[w] + 1
                        next[v] = w32
                    }
                }
            }
        }
        var chain = [node]
        var v = node
        while next[v] >= 0 { v = Int(next[v]); chain.append(v) }
        return chain
    }
}
