/// How `top` ranks documents.
public enum RankingMeasure: String, Sendable, Hashable, Codable, CaseIterable {
    /// How many distinct documents cite it directly.
    case inDegree = "in-degree"
    /// PageRank over citations: being cited by much-cited documents counts more.
    case pageRank = "pagerank"
}

/// A document's place in a ranking.
public struct RankedNode: Sendable, Hashable {
    /// The ranked document, a node number.
    public var node: Int
    /// Distinct documents citing it directly (over the edges the filter follows).
    public var citedBy: Int
    /// The value ranked on: `citedBy` for in-degree, the PageRank score otherwise.
    public var score: Double
}

extension CitationGraph {
    /// The most cited documents, best first; ties go to the older document.
    public func top(by measure: RankingMeasure = .inDegree, limit: Int = 10,
                    filter: GraphFilter = GraphFilter()) -> [RankedNode] {
        let follows = edgePredicate(filter)
        var inDegree = [Int](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            if let follows {
                inDegree[v] = adjacency.predecessors(of: v).reduce(0) { $0 + (follows(Int($1), v) ? 1 : 0) }
            } else {
                inDegree[v] = adjacency.inDegree(of: v)
            }
        }
        let scores: [Double] = measure == .pageRank ? pageRank(filter: filter) : inDegree.map(Double.init)
        let ranked = (0..<nodeCount)
            .filter { filter.lists(nodes[$0]) && (measure == .pageRank || inDegree[$0] > 0) }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return ranked.prefix(max(0, limit)).map { RankedNode(node: $0, citedBy: inDegree[$0], score: scores[$0]) }
    }

    /// PageRank with rank flowing from citing to cited documents (damping 0.85;
    /// the rank of documents that cite nothing is spread evenly). Iterates until
    /// the scores move less than 1e-12 in total, at most 200 rounds. Sums to 1.
    public func pageRank(damping: Double = 0.85, filter: GraphFilter = GraphFilter()) -> [Double] {
        adjacency.requireIntact()
        let n = nodeCount
        guard n > 0 else { return [] }
        let follows = edgePredicate(filter)
        // Which edges count, and each node's out-degree over them.
        var counted = [Bool](repeating: true, count: edgeCount)
        var outDegree = [Int](repeating: 0, count: n)
        for u in 0..<n {
            let lo = Int(adjacency.forwardOffsets[u]), hi = Int(adjacency.forwardOffsets[u + 1])
            for e in lo..<hi {
                if let follows { counted[e] = follows(u, Int(adjacency.forwardTargets[e])) }
                if counted[e] { outDegree[u] += 1 }
            }
        }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        for _ in 0..<200 {
            var dangling = 0.0
            for u in 0..<n {
                if outDegree[u] == 0 { dangling += rank[u]; share[u] = 0 } else { share[u] = rank[u] / Double(outDegree[u]) }
            }
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            var next = [Double](repeating: base, count: n)
            for u in 0..<n where outDegree[u] > 0 {
                let lo = Int(adjacency.forwardOffsets[u]), hi = Int(adjacency.forwardOffsets[u + 1])
                for e in lo..<hi where counted[e] { next[Int(adjacency.forwardTargets[e])] += damping * share[u] }
            }
            var delta = 0.0
            for v in 0..<n { delta += abs(next[v] - rank[v]) }
            rank = next
            if delta < 1e-12 { break }
        }
        return rank
    }
}
