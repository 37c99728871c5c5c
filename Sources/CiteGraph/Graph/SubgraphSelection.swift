import Foundation

/// What part of the graph to hand to a renderer or exporter.
public enum GraphSelection: Sendable, Hashable {
    /// The document and everything it cites, transitively (edges followed forwards).
    case ancestors(of: Int, depth: Int?)
    /// The document and everything that cites it, transitively (edges followed backwards).
    case descendants(of: Int, depth: Int?)
    /// A shortest citation chain from the first document to the second.
    case path(from: Int, to: Int)
    /// The series the document belongs to (see `lineage(of:)`).
    case lineage(of: Int)
    /// Every document and every citation; with a filter, the documents it
    /// lists and the citations among them.
    case whole
}

/// Why a selection is empty where a drawing needs something.
public enum SubgraphError: Error, LocalizedError, Hashable, Sendable {
    case noPath(from: String, to: String)
    case lineage(LineageError)

    public var errorDescription: String? {
        switch self {
        case .noPath(let from, let to): "no citation chain from \(from) to \(to): \(from) does not cite \(to), directly or through other documents"
        case .lineage(let error): error.errorDescription
        }
    }
}

extension CitationGraph {
    /// The slice of the graph a query selects, as a self-contained
    /// `CitationSubgraph` with a caption naming the query. Nodes come in node
    /// order (time); edges are all citations among the selected nodes (for a
    /// path, only the chain's own steps; for a lineage, only the recall
    /// citations that make the series), each with its occurrences.
    public func subgraph(_ selection: GraphSelection, filter: GraphFilter = GraphFilter()) throws(SubgraphError) -> CitationSubgraph {
        switch selection {
        case .ancestors(let v, let depth), .descendants(let v, let depth):
            let isAncestors = if case .ancestors = selection { true } else { false }
            let hits = isAncestors ? ancestors(of: v, depth: depth, filter: filter)
                                   : descendants(of: v, depth: depth, filter: filter)
            let what = isAncestors ? "ancestors of \(nodes[v].symbol) (documents it cites)"
                                   : "descendants of \(nodes[v].symbol) (documents citing it)"
            return subgraph(nodes: [v] + hits.map(\.node), filter: filter,
                            caption: what + (depth.map { ", depth \($0)" } ?? "")).focused(on: [v], of: self)
        case .path(let from, let to):
            guard let chain = path(from: from, to: to, filter: filter) else {
                throw .noPath(from: nodes[from].symbol, to: nodes[to].symbol)
            }
            let steps = Set(zip(chain, chain.dropFirst()).map { [$0.0, $0.1] })
            var sub = subgraph(nodes: chain, filter: filter,
                               caption: "citation chain from \(nodes[from].symbol) to \(nodes[to].symbol)")
            // `subgraph(nodes:)` numbers nodes in node order; map back to keep only the chain's steps.
            let ordered = chain.sorted()
            sub.edges.removeAll { !steps.contains([ordered[$0.from], ordered[$0.to]]) }
            return sub.focused(on: [from, to], of: self)
        case .lineage(let v):
            do {
                return subgraph(nodes: try lineage(of: v), filter: GraphFilter(relations: Self.lineageRelations),
                                caption: "lineage of \(nodes[v].symbol)").focused(on: [v], of: self)
            } catch { throw .lineage(error) }
        case .whole:
            // No walk to pass through: the kind and year filters choose the documents directly.
            return subgraph(nodes: (0..<nodeCount).filter { filter.lists(nodes[$0]) }, filter: filter,
                            caption: "whole corpus" + filter.captionSuffix)
        }
    }

    /// The induced subgraph on `selected` (any order; duplicates ignored).
    /// With `filter.relations`, edges and occurrences are limited to those relations.
    public func subgraph(nodes selected: [Int], filter: GraphFilter = GraphFilter(), caption: String? = nil) -> CitationSubgraph {
        let ids = Array(Set(selected)).sorted()
        var position: [Int: Int] = [:]
        for (i, v) in ids.enumerated() { position[v] = i }
        let subNodes = ids.map { v in
            let n = nodes[v]
            return CitationSubgraph.Node(symbol: n.symbol, kind: n.kind, title: n.title, adopted: n.adopted, body: n.body,
                                         isRead: n.isRead, hasSymbol: n.hasSymbol)
        }
        var edges: [CitationSubgraph.Edge] = []
        for (i, v) in ids.enumerated() {
            for w32 in adjacency.successors(of: v) {
                guard let j = position[Int(w32)] else { continue }
                var occ = Array(occurrences(citing: v, cited: Int(w32)))
                if !filter.relations.isEmpty {
                    occ = occ.filter { filter.relations.contains($0.relation) }
                    if occ.isEmpty { continue }
                }
                edges.append(CitationSubgraph.Edge(from: i, to: j, occurrences: occ))
            }
        }
        return CitationSubgraph(nodes: subNodes, edges: edges, caption: caption)
    }
}

extension CitationSubgraph {
    /// The same subgraph with `graphNodes` (numbers of `graph`) as its focus.
    func focused(on graphNodes: [Int], of graph: CitationGraph) -> CitationSubgraph {
        let symbols = Set(graphNodes.map { graph.nodes[$0].symbol })
        var copy = self
        copy.focus = nodes.indices.filter { symbols.contains(nodes[$0].symbol) }
        return copy
    }
}
