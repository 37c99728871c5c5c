/// Which Graphviz layout a diagram gets, decided from its size before any layout runs.
///
/// The hierarchical `dot` layout is the readable one for citation chains, but
/// its cost grows steeply with the long edges citations make: 0.3 s for 100
/// synthetic resolutions, 3.5 s for 200, two minutes for 400 (Graphviz 2.42),
/// and a per-year `rank=same` timeline on a dense graph may not finish at all. So the plan keeps `dot` and the timeline for the sizes
/// where they finish quickly and stay readable, and switches to citegraph's
/// own timeline layout (`TimelineLayout`) above that, telling the user why, so
/// that no command sits in a layout for minutes unless the user asked for it by
/// naming the engine.
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
    /// Above this estimated work (see `estimatedDotWork`), `dot` is replaced by
    /// `sfdp` unless asked for. Measured with Graphviz 2.42 on synthetic
    /// corpora: work 2,000 → 0.3 s, 5,700 → 3.5 s, 14,700 → 2 min.
    public static let hierarchicalWorkLimit = 6_000
    /// Above this many nodes `dot` is not used whatever the estimate says.
    public static let hierarchicalNodeLimit = 1_500
    /// Above this size the per-year ranks are left out even under `dot`.
    public static let yearRankNodeLimit = 150
    public static let yearRankEdgeLimit = 400

    /// What `dot` will have to lay out: the nodes, plus the virtual node it
    /// inserts on every rank a long edge crosses. That second term is what makes
    /// citation graphs slow: a resolution citing one forty years older adds
    /// forty. Ranks are estimated by the distinct years present, the ranks the
    /// timeline uses and close to what `dot` assigns by itself.
    public static func estimatedDotWork(_ graph: CitationSubgraph) -> Int {
        let years = graph.nodes.map(DiagramOrder.year)
        let rank = Dictionary(uniqueKeysWithValues: Set(years.compactMap { $0 }).sorted().enumerated().map { ($1, $0) })
        var work = graph.nodes.count
        for edge in graph.edges {
            guard let a = years[edge.from].flatMap({ rank[$0] }), let b = years[edge.to].flatMap({ rank[$0] }) else { continue }
            work += max(0, abs(a - b) - 1)
        }
        return work
    }

    /// The engine name of citegraph's own timeline layout (`TimelineLayout`),
    /// drawn by Graphviz with pinned positions rather than laid out by it.
    public static let timelineEngine = "timeline"

    /// The plan for a graph of `nodes` nodes, `edges` edges and the given
    /// estimated `dot` work; `requestedEngine` is the user's explicit choice,
    /// which is always honoured. Small graphs get `dot` with a row per year;
    /// anything larger gets the timeline, which stays readable and takes
    /// seconds at 10,000 documents, and the note says which limit was passed.
    /// `reduced` is kept for callers; the timeline needs no reduction.
    public static func plan(nodes: Int, edges: Int, work: Int, requestedEngine: String?, reduced: Bool = false) -> LayoutPlan {
        let smallForRanks = nodes <= yearRankNodeLimit && edges <= yearRankEdgeLimit && work <= hierarchicalWorkLimit
        if let requested = requestedEngine {
            return LayoutPlan(engine: requested, yearRanks: requested == "dot" && smallForRanks)
        }
        if smallForRanks {
            return LayoutPlan(engine: "dot", yearRanks: true)
        }
        let reason = nodes > yearRankNodeLimit ? "\(nodes) documents are more than the \(yearRankNodeLimit)"
            : edges > yearRankEdgeLimit ? "\(edges) citations are more than the \(yearRankEdgeLimit)"
            : "an estimated layout work of \(work) is more than the \(hierarchicalWorkLimit)"
        return LayoutPlan(
            engine: timelineEngine, yearRanks: false,
            note: "\(reason) a hierarchical 'dot' diagram keeps readable; drawing the \(nodes) documents on a "
                + "timeline by adoption date, one lane per organ (--engine dot insists)")
    }

    public static func plan(for subgraph: CitationSubgraph, requestedEngine: String?, reduced: Bool = false) -> LayoutPlan {
        plan(nodes: subgraph.nodes.count, edges: subgraph.edges.count, work: estimatedDotWork(subgraph),
             requestedEngine: requestedEngine, reduced: reduced)
    }
}
