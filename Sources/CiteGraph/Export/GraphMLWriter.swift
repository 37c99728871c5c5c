/// Writes a citation subgraph as GraphML, the XML graph format Gephi, yEd,
/// Cytoscape and networkx all read, with every node and edge attribute typed
/// so that those tools can filter and colour by kind, year or relation.
///
/// Each edge's `weight` is the number of times the source cites the target:
/// Gephi takes an edge attribute of that name as the edge's weight (thicker
/// edges, weighted degree), and networkx's weighted algorithms read it too.
public struct GraphMLWriter: Sendable {
    public init() {}

    private static let nodeKeys: [(id: String, type: String)] = [
        ("label", "string"), ("symbol", "string"), ("kind", "string"), ("title", "string"),
        ("adopted", "string"), ("year", "int"), ("body", "string"), ("read", "boolean"), ("url", "string"),
    ]
    private static let edgeKeys: [(id: String, type: String)] = [
        ("relation", "string"), ("relations", "string"), ("locations", "string"), ("occurrences", "int"),
        ("weight", "double"),
    ]

    public func write(_ graph: CitationSubgraph) -> String {
        let order = DiagramOrder(graph)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        out += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        out += "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for key in Self.nodeKeys {
            out += "  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n"
        }
        for key in Self.edgeKeys {
            out += "  <key id=\"\(key.id)\" for=\"edge\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"citations\" edgedefault=\"directed\">\n"
        if let caption = graph.caption {
            out += "    <desc>\(XMLEscaping.escape(caption))</desc>\n"
        }
        for index in order.nodes {
            let node = graph.nodes[index]
            out += "    <node id=\"\(XMLEscaping.escape(node.symbol, attribute: true))\">\n"
            var data: [(String, String)] = [("label", node.symbol), ("symbol", node.symbol)]
            if let kind = node.kind { data.append(("kind", kind.rawValue)) }
            if let title = node.title { data.append(("title", DOTEscaping.singleLine(title))) }
            if let adopted = node.adopted { data.append(("adopted", adopted)) }
            if let year = node.year { data.append(("year", String(year))) }
            if let body = node.body { data.append(("body", body)) }
            data.append(("read", node.isRead ? "true" : "false"))
            if let url = DiagramStyle.documentURL(of: node) { data.append(("url", url)) }
            for (key, value) in data {
                out += "      <data key=\"\(key)\">\(XMLEscaping.escape(value))</data>\n"
            }
            out += "    </node>\n"
        }
        for (number, index) in order.edges.enumerated() {
            let edge = graph.edges[index]
            out += "    <edge id=\"e\(number)\" source=\"\(XMLEscaping.escape(graph.nodes[edge.from].symbol, attribute: true))\" "
            out += "target=\"\(XMLEscaping.escape(graph.nodes[edge.to].symbol, attribute: true))\">\n"
            let summary = EdgeSummary(edge)
            for (key, value) in [("relation", edge.relation.rawValue),
                                 ("relations", summary.relations.joined(separator: ";")),
                                 ("locations", summary.locations.joined(separator: ";")),
                                 ("occurrences", String(edge.occurrences.count)),
                                 ("weight", String(edge.occurrences.count))] {
                out += "      <data key=\"\(key)\">\(XMLEscaping.escape(value))</data>\n"
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}

/// An edge's occurrences flattened for formats with one value per attribute:
/// the distinct relations in their order of strength, and where each citation stands.
struct EdgeSummary {
    var relations: [String]
    var locations: [String]

    init(_ edge: CitationSubgraph.Edge) {
        relations = Set(edge.occurrences.map(\.relation)).sorted().map(\.rawValue)
        locations = edge.occurrences.map(\.location).sorted().map(\.description)
    }
}
