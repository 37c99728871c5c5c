/// The restrictions a user puts on a query.
///
/// `relations` decides which edges a walk may follow (an edge qualifies when
/// any of its occurrences has one of the relations), so it changes what is
/// reachable. `kinds`, `since` and `until` only decide which of the reached
/// documents are listed: the walk still passes through the others, because a
/// resolution reached through a report is still built upon.
public struct GraphFilter: Sendable, Hashable {
    public var kinds: Set<CitationKind>
    public var relations: Set<Relation>
    /// First and last year listed, inclusive. A document with no known date is
    /// not listed when either bound is set.
    public var since: Int?
    public var until: Int?

    public init(kinds: Set<CitationKind> = [], relations: Set<Relation> = [], since: Int? = nil, until: Int? = nil) {
        self.kinds = kinds
        self.relations = relations
        self.since = since
        self.until = until
    }

    public var isEmpty: Bool { kinds.isEmpty && relations.isEmpty && since == nil && until == nil }

    /// What the filter keeps, for a caption: ", sc-resolution, 1990–1994, reaffirms".
    /// Empty when nothing is filtered.
    public var captionSuffix: String {
        var parts: [String] = []
        if !kinds.isEmpty { parts.append(kinds.map(\.rawValue).sorted().joined(separator: " or ")) }
        switch (since, until) {
        case let (since?, until?): parts.append(since == until ? "\(since)" : "\(since)–\(until)")
        case let (since?, nil): parts.append("since \(since)")
        case let (nil, until?): parts.append("until \(until)")
        case (nil, nil): break
        }
        if !relations.isEmpty { parts.append(relations.map(\.rawValue).sorted().joined(separator: " or ")) }
        return parts.isEmpty ? "" : ", " + parts.joined(separator: ", ")
    }

    /// Whether a reached document is listed.
    public func lists(_ node: GraphNode) -> Bool {
        if !kinds.isEmpty {
            guard let kind = node.kind, kinds.contains(kind) else { return false }
        }
        if since != nil || until != nil {
            guard let year = node.year else { return false }
            if let since, year < since { return false }
            if let until, year > until { return false }
        }
        return true
    }
}

/// A document a query reached, with how many citation steps away it is.
public struct GraphHit: Sendable, Hashable {
    public var node: Int
    public var depth: Int

    public init(node: Int, depth: Int) {
        self.node = node
        self.depth = depth
    }
}

extension CitationGraph {
    /// The edge predicate a filter asks for, or `nil` when every edge may be followed.
    func edgePredicate(_ filter: GraphFilter) -> ((Int, Int) -> Bool)? {
        guard !filter.relations.isEmpty else { return nil }
        let relations = filter.relations
        return { citing, cited in self.edge(citing: citing, cited: cited, carriesAnyOf: relations) }
    }
}
