/// The key to a diagram's colours, shapes and line styles, drawn as one
/// HTML-like table node. It lists only what the diagram actually uses, so a
/// small diagram is not dominated by its legend.
struct DiagramLegend {
    var nodeGroups: [DiagramStyle.NodeGroup]
    var edgeGroups: [DiagramStyle.EdgeGroup]
    var hasUnread: Bool

    init(_ graph: CitationSubgraph) {
        let nodes = Set(graph.nodes.map { DiagramStyle.NodeGroup($0.kind) })
        let edges = Set(graph.edges.map { DiagramStyle.EdgeGroup($0.relation) })
        nodeGroups = DiagramStyle.NodeGroup.allCases.filter(nodes.contains)
        edgeGroups = DiagramStyle.EdgeGroup.allCases.filter(edges.contains)
        hasUnread = graph.nodes.contains { !$0.isRead }
    }

    func dot() -> String {
        guard !nodeGroups.isEmpty || !edgeGroups.isEmpty else { return "" }
        var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"
        for group in nodeGroups {
            rows += "<TR><TD BGCOLOR=\"\(group.fill)\" COLOR=\"\(group.line)\" BORDER=\"1\" WIDTH=\"28\"> </TD>"
            rows += "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(group.rawValue))</TD></TR>"
        }
        if hasUnread {
            rows += "<TR><TD BORDER=\"1\" STYLE=\"dashed\" COLOR=\"#333333\" WIDTH=\"28\"> </TD>"
            rows += "<TD ALIGN=\"LEFT\">\(DOTEscaping.html("dashed outline: known only from citations"))</TD></TR>"
        }
        for group in edgeGroups {
            rows += "<TR><TD><FONT COLOR=\"\(group.color)\" POINT-SIZE=\"12\">\(Self.sample(group.style))</FONT></TD>"
            rows += "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(group.rawValue))</TD></TR>"
        }
        var out = "  \"legend:\" [shape=plaintext, fontsize=9, tooltip=\"Legend\", label=<"
        out += "<TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
        out += rows
        out += "</TABLE>>];\n"
        return out
    }

    /// A line drawn in text, since a table cell cannot hold an edge.
    private static func sample(_ style: String) -> String {
        switch style {
        case "dashed": "- - - -"
        case "dotted": "· · · · ·"
        case "bold": "<B>━━━</B>"
        default: "───"
        }
    }
}
