/// Writes a citation subgraph as a Mermaid flowchart, for diagrams inside
/// Markdown reports (GitHub, GitLab and most wikis draw them). Node IDs are
/// generated (`n0`, `n1`, ...) because Mermaid IDs cannot hold a UN symbol's
/// slashes and spaces; the symbol is in the label.
public struct MermaidWriter: Sendable {
    public var rankDirection: DOTWriter.RankDirection

    public init(rankDirection: DOTWriter.RankDirection = .topToBottom) {
        self.rankDirection = rankDirection
    }

    public func write(_ graph: CitationSubgraph) -> String {
        let order = DiagramOrder(graph)
        var id = [Int](repeating: 0, count: graph.nodes.count)
        for (number, index) in order.nodes.enumerated() { id[index] = number }

        var out = ""
        if let caption = graph.caption { out += "---\ntitle: \(Self.escape(caption))\n---\n" }
        // Edges run citing → cited (newer → older), so BT puts the older documents on top.
        out += "flowchart \(rankDirection.graphvizValue)\n"
        for index in order.nodes {
            let node = graph.nodes[index]
            var label = Self.escape(node.symbol)
            if let title = node.title, !title.isEmpty {
                label += "<br/>" + TitleWrapping.labelLines(title, width: 30)
                    .map(Self.escape).joined(separator: "<br/>")
            }
            out += "  n\(id[index])[\"\(label)\"]\n"
        }
        var linkStyles: [String] = []
        for (number, index) in order.edges.enumerated() {
            let edge = graph.edges[index]
            let group = DiagramStyle.EdgeGroup(edge.relation)
            let arrow = switch group.style {
            case "bold": "==>"
            case "dashed", "dotted": "-.->"
            default: "-->"
            }
            out += "  n\(id[edge.from]) \(arrow) n\(id[edge.to])\n"
            linkStyles.append("  linkStyle \(number) stroke:\(group.color)\n")
        }
        out += linkStyles.joined()
        var classes: [DiagramStyle.NodeGroup: [String]] = [:]
        for index in order.nodes {
            classes[DiagramStyle.NodeGroup(graph.nodes[index].kind), default: []].append("n\(id[index])")
        }
        for group in DiagramStyle.NodeGroup.allCases {
            guard let members = classes[group] else { continue }
            let name = "k\(DiagramStyle.NodeGroup.allCases.firstIndex(of: group)!)"
            out += "  classDef \(name) fill:\(group.fill),stroke:\(group.line)\n"
            out += "  class \(members.joined(separator: ",")) \(name)\n"
        }
        for index in order.nodes where !graph.nodes[index].isRead {
            out += "  style n\(id[index]) stroke-dasharray: 4 3\n"
        }
        for index in order.nodes {
            guard let url = DiagramStyle.documentURL(of: graph.nodes[index]) else { continue }
            out += "  click n\(id[index]) href \"\(url)\" _blank\n"
        }
        return out
    }

    /// Mermaid's entity codes (`#quot;`) keep quotes, brackets and markup in a
    /// title from ending the label or being read as HTML.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in DOTEscaping.singleLine(text).unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "`": out += "#96;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
