import Foundation

/// Why a lineage cannot be traced.
public enum LineageError: Error, LocalizedError, Hashable, Sendable {
    /// Only resolutions and decisions form series; a report has no lineage.
    case notAResolution(symbol: String, kind: CitationKind?)

    /// One line naming the document and why it has no series.
    public var errorDescription: String? {
        switch self {
        case .notAResolution(let symbol, let kind):
            "\(symbol) is \(kind.map { "a \($0.rawValue)" } ?? "of unknown kind"); a lineage is a series of resolutions or decisions"
        }
    }
}

extension CitationGraph {
    /// The relations by which one resolution of a series takes up the previous one.
    public static let lineageRelations: Set<Relation> = [.recalls, .reaffirms]

    /// The series `node` belongs to, oldest first: the resolutions of the same
    /// title that recall one another year after year (56/183 → 57/238 → … → 67/195).
    ///
    /// Precisely: the documents connected to `node` by a chain of edges, walked
    /// in either direction, each edge carrying a `recalls` or `reaffirms`
    /// occurrence, where every document on the chain
    /// - is of the same kind as `node` (GA resolutions with GA resolutions,
    ///   Security Council with Security Council), and
    /// - has the series title (compared ignoring case, punctuation, spacing and
    ///   plural endings; see `titleKey`) or no known title.
    ///
    /// The series title is `node`'s own title; when `node` is known only by
    /// citation, the title of the oldest read document of its kind that recalls it.
    /// Documents known only by citation carry no title, so they are admitted on
    /// the word of the member that recalls them; output marks which were read.
    /// Ordered by date (unknown dates by the node order, which estimates the year).
    public func lineage(of node: Int) throws(LineageError) -> [Int] {
        guard let kind = nodes[node].kind, kind.isResolutionOrDecision else {
            throw .notAResolution(symbol: nodes[node].symbol, kind: nodes[node].kind)
        }
        let relations = Self.lineageRelations
        let series: String? = nodes[node].title.map(Self.titleKey) ?? adjacency.predecessors(of: node).lazy
            .map(Int.init)
            .first { self.nodes[$0].kind == kind && self.nodes[$0].title != nil
                && self.edge(citing: $0, cited: node, carriesAnyOf: relations) }
            .flatMap { nodes[$0].title.map(Self.titleKey) }
        func admits(_ v: Int) -> Bool {
            guard nodes[v].kind == kind else { return false }
            guard let series, let title = nodes[v].title else { return true }
            return Self.titleKey(title) == series
        }
        var seen: Set<Int> = [node]
        var queue = [node]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w32 in adjacency.successors(of: v) {
                let w = Int(w32)
                if !seen.contains(w), admits(w), edge(citing: v, cited: w, carriesAnyOf: relations) {
                    seen.insert(w); queue.append(w)
                }
            }
            for u32 in adjacency.predecessors(of: v) {
                let u = Int(u32)
                if !seen.contains(u), admits(u), edge(citing: u, cited: v, carriesAnyOf: relations) {
                    seen.insert(u); queue.append(u)
                }
            }
        }
        // Node numbers follow time (date, or the year a symbol shows), then symbol.
        return queue.sorted()
    }

    /// Titles as compared for a series: letters and digits only, lower case,
    /// single spaces, and a plural "s" dropped from each word — titles of one
    /// series drift that way from year to year ("Information and communication
    /// technologies ..." became "... communications technologies ...").
    static func titleKey(_ title: String) -> String {
        String(title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
            .split(separator: " ")
            .map { $0.count > 3 && $0.hasSuffix("s") && !$0.hasSuffix("ss") ? $0.dropLast() : $0 }
            .joined(separator: " ")
    }
}
