import CiteGraph

/// Turns a selected subgraph into the bytes of any export format: the one
/// library call behind `citegraph render`, so other Swift programs get the
/// same diagrams and the same layout policy as the command line.
public struct DiagramExporter: Sendable {
    public struct Options: Sendable, Hashable {
        public var rankDirection: DOTWriter.RankDirection
        /// Drop edges that a longer citation path already implies.
        public var reduce: Bool
        /// The layout engine the user asked for; `nil` lets `LayoutPolicy` choose.
        public var engine: String?
        public var legend: Bool
        /// Documents and citations only, without the year column and legend
        /// pseudo-nodes (see `DOTWriter.Options.plain`).
        public var plain: Bool

        public init(rankDirection: DOTWriter.RankDirection = .topToBottom, reduce: Bool = false,
                    engine: String? = nil, legend: Bool = true, plain: Bool = false) {
            self.rankDirection = rankDirection
            self.reduce = reduce
            self.engine = engine
            self.legend = legend
            self.plain = plain
        }
    }

    /// What was produced, and what the user should be told about it on stderr
    /// (an engine switched for size, Graphviz's warnings).
    public struct Export: Sendable {
        public var payload: ExportPayload
        public var notes: [String]
        public var plan: LayoutPlan
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func export(_ selected: CitationSubgraph, as format: ExportFormat) throws -> Export {
        let graph = options.reduce ? selected.transitivelyReduced() : selected
        let plan = LayoutPolicy.plan(for: graph, requestedEngine: options.engine, reduced: options.reduce)
        var notes: [String] = []
        if let note = plan.note, format.picture != nil || format == .dot { notes.append(note) }
        let dotWriter = DOTWriter(options: .init(plan: plan, rankDirection: options.rankDirection, legend: options.legend,
                                                    plain: options.plain))
        let timeline = plan.engine == LayoutPolicy.timelineEngine
        let dot = { timeline ? TimelineDOTWriter(legend: self.options.legend).write(graph) : dotWriter.write(graph) }

        let payload: ExportPayload
        switch format {
        case .dot:
            payload = .single(Array(dot().utf8))
        case .svg, .png, .pdf:
            let rendering = try GraphvizRenderer().render(dot: dot(), engine: timeline ? TimelineDOTWriter.engine : plan.engine,
                                                          format: format.picture!)
            if let warnings = rendering.warnings { notes.append("Graphviz: \(warnings)") }
            payload = .single(rendering.data)
        case .graphml:
            payload = .single(Array(GraphMLWriter().write(graph).utf8))
        case .json:
            payload = .single(Array(try GraphJSONWriter().write(graph).utf8))
        case .csv:
            let files = Neo4jCSVWriter().write(graph)
            payload = .nodesAndEdges(nodes: Array(files.nodes.utf8), edges: Array(files.edges.utf8))
        case .mermaid:
            payload = .single(Array(MermaidWriter(rankDirection: options.rankDirection).write(graph).utf8))
        case .html:
            payload = .single(Array(InteractiveViewWriter().write(graph).utf8))
        }
        return Export(payload: payload, notes: notes, plan: plan)
    }
}

extension DiagramExporter {
    /// The engines `Options.engine` accepts: Graphviz's layouts and citegraph's `timeline`.
    public static func availableEngines() throws(RenderError) -> [String] {
        try GraphvizRenderer().availableEngines() + [LayoutPolicy.timelineEngine]
    }
}
