/// Writes a citation subgraph as Graphviz DOT: the source of truth for every
/// picture citegraph draws, and a file users restyle themselves.
///
/// The same subgraph always gives the same bytes: nodes are written in
/// (year, symbol) order and edges in (citing, cited) order, whatever order the
/// query produced them in, and nothing depends on time or environment. That is
/// what lets golden files pin the output and users diff diagrams over time.
public struct DOTWriter: Sendable {
    public enum RankDirection: String, Sendable, CaseIterable {
        /// Older documents at the top, the documents citing them below.
        case topToBottom = "TB"
        /// Older documents at the left.
        case leftToRight = "LR"

        /// Edges run from the citing (newer) document to the cited (older) one,
        /// so time reads forward when Graphviz ranks them backwards.
        var graphvizValue: String {
            switch self {
            case .topToBottom: "BT"
            case .leftToRight: "RL"
            }
        }
    }

    public struct Options: Sendable, Hashable {
        public var rankDirection: RankDirection
        /// Documents of one year on one rank, along a timeline of years.
        public var yearRanks: Bool
        public var legend: Bool
        /// Written as the graph's `layout` attribute when it is not `dot`, so
        /// the file lays out the same way in any Graphviz tool.
        public var engine: String
        /// Documents and citations only: no year column and no legend, whose
        /// pseudo-nodes (`timeline:2001`, `legend:`) a program reading the DOT
        /// with networkx or pydot would otherwise count as documents.
        public var plain: Bool

        public init(rankDirection: RankDirection = .topToBottom, yearRanks: Bool = false,
                    legend: Bool = true, engine: String = "dot", plain: Bool = false) {
            self.rankDirection = rankDirection
            self.yearRanks = yearRanks
            self.legend = legend
            self.engine = engine
            self.plain = plain
        }

        public init(plan: LayoutPlan, rankDirection: RankDirection = .topToBottom, legend: Bool = true,
                    plain: Bool = false) {
            self.init(rankDirection: rankDirection, yearRanks: plan.yearRanks, legend: legend, engine: plan.engine,
                      plain: plain)
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func write(_ graph: CitationSubgraph) -> String {
        let order = DiagramOrder(graph)
        var out = "// citegraph citation diagram\n"
        out += "// Edges point from the citing document to the cited one.\n"
        out += "digraph citations {\n"
        writeGraphAttributes(graph, into: &out)
        let yearRanks = options.yearRanks && !options.plain
        if yearRanks {
            // Declared first so that dot puts the column of years at the left edge.
            writeTimelineYears(order, into: &out)
        }
        for index in order.nodes {
            writeNode(graph.nodes[index], into: &out)
        }
        for index in order.edges {
            writeEdge(graph.edges[index], in: graph, into: &out)
        }
        if yearRanks {
            writeTimeline(graph, order: order, into: &out)
        }
        if options.legend && !options.plain {
            out += DiagramLegend(graph).dot()
        }
        out += "}\n"
        return out
    }

    private func writeGraphAttributes(_ graph: CitationSubgraph, into out: inout String) {
        out += "  graph [rankdir=\(options.rankDirection.graphvizValue), charset=\"UTF-8\", "
        out += "fontname=\"Helvetica\", fontsize=14, nodesep=0.25, ranksep=0.45, "
        out += "outputorder=edgesfirst"
        if options.engine != "dot" {
            // overlap=scale rather than prism or false: on a 10,000-node corpus
            // sfdp took 5 s with it and about a minute with either of the others
            // (Graphviz 2.42); straight edges keep the SVG light.
            out += ", layout=\(DOTEscaping.id(options.engine)), overlap=scale, splines=false"
        }
        if let caption = graph.caption {
            out += ", label=\(DOTEscaping.plainLabel([caption])), labelloc=t, "
            out += "tooltip=\(DOTEscaping.tooltip([caption]))"
        }
        out += "];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, margin=\"0.08,0.04\", penwidth=1.2];\n"
        out += "  edge [arrowsize=0.6, penwidth=1.1];\n"
    }

    private func writeNode(_ node: CitationSubgraph.Node, into out: inout String) {
        let group = DiagramStyle.NodeGroup(node.kind)
        var label = [node.symbol]
        if let title = node.title, !title.isEmpty {
            label += TitleWrapping.labelLines(title)
        }
        var styles: [String] = []
        if group.rounded { styles.append("rounded") }
        styles.append("filled")
        if !node.isRead { styles.append("dashed") }

        out += "  \(DOTEscaping.id(node.symbol)) [label=\(DOTEscaping.plainLabel(label)), "
        out += "shape=\(group.shape), style=\"\(styles.joined(separator: ","))\", "
        out += "fillcolor=\"\(group.fill)\", color=\"\(group.line)\", "
        out += "tooltip=\(DOTEscaping.tooltip(Self.tooltipLines(node))), "
        if let url = DiagramStyle.documentURL(of: node) {
            out += "URL=\(DOTEscaping.id(url)), target=\"_blank\"];\n"
        } else {
            out.removeLast(2)   // the ", " after the tooltip
            out += "];\n"
        }
    }

    static func tooltipLines(_ node: CitationSubgraph.Node) -> [String] {
        var lines = [node.symbol]
        if let title = node.title, !title.isEmpty { lines.append(title) }
        let when = [node.adopted.map { "adopted \($0)" }, node.body].compactMap { $0 }
        if !when.isEmpty { lines.append(when.joined(separator: " by the ")) }
        if !node.isRead { lines.append("(known only from citations; text not read)") }
        return lines
    }

    private func writeEdge(_ edge: CitationSubgraph.Edge, in graph: CitationSubgraph, into out: inout String) {
        let from = graph.nodes[edge.from].symbol
        let to = graph.nodes[edge.to].symbol
        let group = DiagramStyle.EdgeGroup(edge.relation)
        out += "  \(DOTEscaping.id(from)) -> \(DOTEscaping.id(to)) [color=\"\(group.color)\""
        if group.style != "solid" { out += ", style=\(group.style)" }
        out += ", tooltip=\(DOTEscaping.tooltip(Self.tooltipLines(edge, from: from, to: to)))];\n"
    }

    /// One line per relation, with where it is cited: "recalls A/RES/56/183 (PP1, PP4)".
    static func tooltipLines(_ edge: CitationSubgraph.Edge, from: String, to: String) -> [String] {
        var places: [Relation: [String]] = [:]
        for occurrence in edge.occurrences.sorted(by: { ($0.relation, $0.location) < ($1.relation, $1.location) }) {
            var place = occurrence.location.description
            if let footnote = occurrence.footnote { place += " fn \(footnote)" }
            if let pinpoint = occurrence.pinpoint { place += ", \(pinpoint)" }
            places[occurrence.relation, default: []].append(place)
        }
        if places.isEmpty { return ["\(from) \(DiagramStyle.verb(.references)) \(to)"] }
        return places.keys.sorted().map { relation in
            "\(from) \(DiagramStyle.verb(relation)) \(to) (\(places[relation]!.joined(separator: "; ")))"
        }
    }

    /// A column of year labels, each sharing a rank with that year's documents;
    /// invisible edges between consecutive years keep the column in order.
    private func writeTimelineYears(_ order: DiagramOrder, into out: inout String) {
        for rank in order.nodesByRank.keys.sorted() {
            out += "  \(DOTEscaping.id(Self.timelineID(rank))) [label=\"\(rank.label)\", shape=plaintext, "
            out += "fontsize=12, fontcolor=\"#777777\", tooltip=\"\(rank.label)\"];\n"
        }
    }

    private func writeTimeline(_ graph: CitationSubgraph, order: DiagramOrder, into out: inout String) {
        let ranks = order.nodesByRank.keys.sorted()
        for (older, newer) in zip(ranks, ranks.dropFirst()) {
            out += "  \(DOTEscaping.id(Self.timelineID(newer))) -> \(DOTEscaping.id(Self.timelineID(older))) "
            out += "[style=invis];\n"
        }
        for rank in ranks {
            out += "  { rank=same; \(DOTEscaping.id(Self.timelineID(rank)));"
            for index in order.nodesByRank[rank]! {
                out += " \(DOTEscaping.id(graph.nodes[index].symbol));"
            }
            out += " }\n"
        }
    }

    /// Lower case and a colon: no UN symbol looks like this, so it cannot clash with a document.
    static func timelineID(_ rank: TimeRank) -> String { "timeline:\(rank.label)" }
}

/// One row of the timeline: a year, or one date of a year whose documents
/// cite one another.
struct TimeRank: Hashable, Comparable {
    var year: Int
    /// The ISO date, only in a year split into dates.
    var date: String?

    var label: String { date ?? String(year) }

    static func < (a: Self, b: Self) -> Bool { (a.year, a.date ?? "") < (b.year, b.date ?? "") }
}

/// The order a diagram is written in, independent of the order the query
/// returned, and the timeline row of each dated document.
///
/// Documents share a row per year, except in a year where one dated document
/// cites another of the same year with a different date (a Security Council
/// series of 1964, 67/195 taking note of an ECOSOC resolution of July 2012):
/// a shared row would force those citations sideways into loops, so that year
/// gets a row per date, and its documents dated by year alone a row above them.
struct DiagramOrder {
    var nodes: [Int]
    var edges: [Int]
    var nodesByRank: [TimeRank: [Int]]

    init(_ graph: CitationSubgraph) {
        let years = graph.nodes.map(Self.year)
        let dates = graph.nodes.map { node in node.adopted.flatMap { $0.count == 10 ? $0 : nil } }
        var splitYears = Set<Int>()
        for edge in graph.edges {
            if let year = years[edge.from], year == years[edge.to],
               let a = dates[edge.from], let b = dates[edge.to], a != b {
                splitYears.insert(year)
            }
        }
        let ranks = graph.nodes.indices.map { i in
            years[i].map { TimeRank(year: $0, date: splitYears.contains($0) ? dates[i] : nil) }
        }
        nodes = graph.nodes.indices.sorted { a, b in
            (ranks[a]?.year ?? Int.max, ranks[a]?.date ?? "", graph.nodes[a].symbol)
                < (ranks[b]?.year ?? Int.max, ranks[b]?.date ?? "", graph.nodes[b].symbol)
        }
        edges = graph.edges.indices.sorted { a, b in
            let (x, y) = (graph.edges[a], graph.edges[b])
            return (graph.nodes[x.from].symbol, graph.nodes[x.to].symbol)
                < (graph.nodes[y.from].symbol, graph.nodes[y.to].symbol)
        }
        var byRank: [TimeRank: [Int]] = [:]
        for index in nodes {
            if let rank = ranks[index] { byRank[rank, default: []].append(index) }
        }
        nodesByRank = byRank
    }

    /// The year a node is placed at: its adoption year, or for a document known
    /// only by citation, the year its symbol implies (session 67 → 2012). Only
    /// the position uses the estimate; labels and tooltips show known dates only.
    static func year(_ node: CitationSubgraph.Node) -> Int? {
        node.year ?? SymbolTime.estimatedYear(of: node.symbol)
    }
}
