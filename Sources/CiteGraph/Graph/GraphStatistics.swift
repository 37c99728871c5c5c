/// The shape of a corpus's graph, for a first look and for spotting extraction trouble.
public struct GraphStatistics: Sendable, Hashable {
    /// Documents of one kind.
    public struct KindCount: Sendable, Hashable, Encodable {
        /// A `CitationKind` raw value, or "unknown".
        public var kind: String
        /// How many.
        public var count: Int
    }

    /// Citations of one relation.
    public struct RelationCount: Sendable, Hashable, Encodable {
        /// The relation counted.
        public var relation: Relation
        /// Edges carrying at least one occurrence of the relation.
        public var edges: Int
        /// Occurrences of the relation over all edges.
        public var occurrences: Int
    }

    /// Documents, read or only cited.
    public var nodes: Int
    /// Distinct (citing, cited) pairs.
    public var edges: Int
    /// Citation occurrences on all edges (an edge counts every place it is cited).
    public var occurrences: Int
    /// Documents whose own text was read.
    public var read: Int
    /// Documents known only because something cites them.
    public var onlyCited: Int
    /// Nodes per kind, in `CitationKind` order, "unknown" last.
    public var nodesByKind: [KindCount]
    /// Per relation, in `Relation` order.
    public var edgesByRelation: [RelationCount]
    /// References the extractor could not resolve, summed over read documents.
    public var unresolved: Int
    /// Groups of documents that cite each other (see `citationCycles`).
    public var cycles: Int
}

extension CitationGraph {
    /// Counts of the whole graph, the first look at a new corpus and a check on extraction.
    public func statistics() -> GraphStatistics {
        var byKind: [CitationKind: Int] = [:]
        var unknownKind = 0
        var read = 0, unresolved = 0
        for node in nodes {
            if let kind = node.kind { byKind[kind, default: 0] += 1 } else { unknownKind += 1 }
            if node.isRead { read += 1 }
            unresolved += node.unresolvedCount
        }
        var kinds = CitationKind.allCases.compactMap { k in
            byKind[k].map { GraphStatistics.KindCount(kind: k.rawValue, count: $0) }
        }
        if unknownKind > 0 { kinds.append(GraphStatistics.KindCount(kind: "unknown", count: unknownKind)) }

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
            edgesWith[r].map { GraphStatistics.RelationCount(relation: r, edges: $0, occurrences: occurrencesOf[r] ?? 0) }
        }
        return GraphStatistics(nodes: nodeCount, edges: edgeCount, occurrences: occurrenceCount,
                               read: read, onlyCited: nodeCount - read, nodesByKind: kinds,
                               edgesByRelation: relations, unresolved: unresolved,
                               cycles: citationCycles().count)
    }
}
