/// Which Graphviz layout a diagram gets, decided from its size before any layout runs.
///
/// The hierarchical `dot` layout is the readable one for citation chains, but
/// its cost grows steeply: about 0.25 s for 100 nodes and minutes for 1,000
/// (Graphviz 2.43), and a per-year `rank=same` timeline on a dense graph may
/// not finish at all. So the plan keeps `dot` and the timeline for the sizes
/// where they finish quickly and switches to the force-directed `sfdp` above
/// that, telling the user why, so that no command sits in a layout for minutes
/// unless the user asked for it by naming the engine.
public struct LayoutPlan: Sendable, Hashable {
    /// The Graphviz layout engine to run: `dot`, `sfdp`, `neato`, ...
    public var engine: String
    /// Whether documents of the same year share a rank along a timeline.
    public var yearRanks: Bool
    /// Said to the user on stderr when the plan differs from what they would expect.
    public var note: String?

    public init(engine: String, yearRanks: Bool, note: String? = nil) {
        self.engine = engine
        self.yearRanks = yearRanks
        self.note = note
    }
}

public enum LayoutPolicy {
    /// Above this many nodes or edges, `dot` is replaced by `sfdp` unless asked for.
    public static let hierarchicalNodeLimit = 400
    public static let hierarchicalEdgeLimit = 1_200
    /// Above this size the per-year ranks are left out even under `dot`.
    public static let yearRankNodeLimit = 150
    public static let yearRankEdgeLimit = 400

    /// The plan for a graph of `nodes` nodes and `edges` edges; `requestedEngine`
    /// is the user's explicit choice, which is always honoured.
    public static func plan(nodes: Int, edges: Int, requestedEngine: String?) -> LayoutPlan {
        let smallForRanks = nodes <= yearRankNodeLimit && edges <= yearRankEdgeLimit
        if let requested = requestedEngine {
            return LayoutPlan(engine: requested, yearRanks: requested == "dot" && smallForRanks)
        }
        if nodes <= hierarchicalNodeLimit && edges <= hierarchicalEdgeLimit {
            return LayoutPlan(engine: "dot", yearRanks: smallForRanks)
        }
        return LayoutPlan(
            engine: "sfdp", yearRanks: false,
            note: "\(nodes) nodes and \(edges) edges are beyond what the hierarchical 'dot' layout "
                + "finishes quickly (limits \(hierarchicalNodeLimit) nodes, \(hierarchicalEdgeLimit) edges); "
                + "using 'sfdp' instead (--reduce may bring it under the limits; --engine dot insists)")
    }

    public static func plan(for subgraph: CitationSubgraph, requestedEngine: String?) -> LayoutPlan {
        plan(nodes: subgraph.nodes.count, edges: subgraph.edges.count, requestedEngine: requestedEngine)
    }
}
