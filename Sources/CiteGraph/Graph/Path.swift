extension CitationGraph {
    /// A shortest citation chain from `source` to `target`: `source` cites the
    /// second node, which cites the third, … which cites `target`. `nil` when
    /// `source` does not reach `target` by following citations forwards.
    public func path(from source: Int, to target: Int, filter: GraphFilter = GraphFilter()) -> [Int]? {
        adjacency.shortestPath(from: source, to: target, follows: edgePredicate(filter))
    }
}
