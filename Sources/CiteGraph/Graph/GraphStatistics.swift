/// The shape of a corpus's graph, for a first look and for spotting extraction trouble.
public struct GraphStatistics: Sendable, Hashable {
    public var nodes: Int
    public var edges: Int
    /// Citation occurrences on all edges (an edge counts every place it is cited).
    public var occurrences: Int
    public var read: Int
    public var onlyCited: Int
    /// Nodes per kind, in `CitationKind` order; `nil` kind is counted under "unknown".
    public var nodesByKind: [(kind: String, count: Int)]
    /// Per relation: edges carrying at least one occurrence of it, and occurrences.
    public var edgesByRelation: [(relation: Relation, edges: Int, occurrences: Int)]
    /// References the extractor could not resolve, summed over read documents.
    public var unresolved: Int
    /// Groups of documents that cite each other (see `citationCycles`).
    public var cycles: Int

    public static func == (a: Self, b: Self) -> Bool {
        a.nodes == b.nodes && a.edges == b.edges && a.occurrences == b.occurrences && a.read == b.read
            && a.onlyCited == b.onlyCited && a.unresolved == b.unresolved && a.cycles == b.cycles
            && a.nodesByKind.map(\.kind) == b.nodesByKind.map(\.kind) && a.nodesByKind.map(\.count) == b.nodesByKind.map(\.count)
            && a.edgesByRelation.map(\.relation) == b.edgesByRelation.map(\.relation)
            && a.edgesByRelation.map(\.edges) == b.edgesByRelation.map(\.edges)
            && a.edgesByRelation.map(\.occurrences) == b.edgesByRelation.map(\.occurrences)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nodes); hasher.combine(edges); hasher.combine(occurrences)
    }
}

extension CitationGraph {
    public func statistics() -> GraphStatistics {
        var byKind: [CitationKind: Int] = [:]
        var unknownKind = 0
        var read = 0, unresolved = 0
        for node in nodes {
            if let kind = node.kind { byKind[kind, default: 0] += 1 } else { unknownKind += 1 }
            if node.isRead { read += 1 }
            unresolved += node.unresolvedCount
        }
        var kinds = CitationKind.allCases.compactMap { k in byKind[k].map { (kind: k.rawValue, count: $0) } }
        if unknownKind > 0 { kinds.append((kind: "unknown", count: unknownKind)) }

        var edgesWith: [Relation: Int] = [:], occurrencesOf: [Relation: Int] = [:]
        for e in 0..<edgeCount {
            var seen = Set<Relation>()
            for o in occurrences(ofEdge: e) {
                occurrencesOf[o.relation, default: 0] += 1
                seen.insert(o.relation)
            }
            for r in seen { edgesWith[r, default: 0] += 1 }
        }
        let relations = Relation.allCases.compactMap { r in
            edgesWith[r].map { (relation: r, edges: $0, occurrences: occurrencesOf[r] ?? 0) }
        }
        return GraphStatistics(nodes: nodeCount, edges: edgeCount, occurrences: occurrences.count,
                               read: read, onlyCited: nodeCount - read, nodesByKind: kinds,
                               edgesByRelation: relations, unresolved: unresolved,
                               cycles: citationCycles().count)
    }
}
