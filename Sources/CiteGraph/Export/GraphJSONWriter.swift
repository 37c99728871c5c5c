import Foundation

/// Writes a citation subgraph as JSON in networkx's node-link form, so that
/// the file loads unchanged where people analyse graphs: in Python,
/// `nx.node_link_graph(json.load(f))` gives a directed graph with one node per
/// document (networkx 3.4 and later read `edges` by default; older versions
/// need `edges="edges"`), and D3, Cytoscape.js and notebooks read the same
/// `nodes`/`edges` arrays.
///
/// The top level says what the graph is (`directed: true`, `multigraph:
/// false`: one edge per citing/cited pair, its occurrences listed on it) and
/// carries the caption under `graph`. Each node's `id` is its symbol; each
/// edge has a `weight`, the number of times the source cites the target, which
/// Gephi and networkx's weighted algorithms use. Every key is present on every
/// object, `null` when unknown, and keys are sorted, so the output has one
/// shape and the same bytes for the same graph.
public struct GraphJSONWriter: Sendable {
    public init() {}

    public func write(_ graph: CitationSubgraph) throws -> String {
        let order = DiagramOrder(graph)
        let document = Document(
            graph: GraphRecord(caption: graph.caption),
            nodes: order.nodes.map { NodeRecord(graph.nodes[$0]) },
            edges: order.edges.map { index in
                let edge = graph.edges[index]
                return EdgeRecord(source: graph.nodes[edge.from].symbol, target: graph.nodes[edge.to].symbol,
                                  relation: edge.relation,
                                  relations: EdgeSummary(edge).relations,
                                  weight: edge.occurrences.count,
                                  occurrences: edge.occurrences.sorted { ($0.location, $0.relation) < ($1.location, $1.relation) }
                                    .map(OccurrenceRecord.init))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var directed = true
        var multigraph = false
        var graph: GraphRecord
        var nodes: [NodeRecord]
        var edges: [EdgeRecord]
    }

    /// networkx keeps this object as `G.graph`.
    struct GraphRecord: Encodable {
        var caption: String?

        enum CodingKeys: String, CodingKey { case caption }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(caption, forKey: .caption)
        }
    }

    struct NodeRecord: Encodable {
        var node: CitationSubgraph.Node
        init(_ node: CitationSubgraph.Node) { self.node = node }

        enum CodingKeys: String, CodingKey { case id, symbol, kind, title, adopted, year, body, read, url }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(node.symbol, forKey: .id)
            try c.encode(node.symbol, forKey: .symbol)
            try c.encode(node.kind, forKey: .kind)
            try c.encode(node.title, forKey: .title)
            try c.encode(node.adopted, forKey: .adopted)
            try c.encode(node.year, forKey: .year)
            try c.encode(node.body, forKey: .body)
            try c.encode(node.isRead, forKey: .read)
            try c.encode(DiagramStyle.documentURL(of: node), forKey: .url)
        }
    }

    struct EdgeRecord: Encodable {
        var source: String
        var target: String
        var relation: Relation
        var relations: [String]
        var weight: Int
        var occurrences: [OccurrenceRecord]
    }

    struct OccurrenceRecord: Encodable {
        var occurrence: CitationSubgraph.Occurrence
        init(_ occurrence: CitationSubgraph.Occurrence) { self.occurrence = occurrence }

        enum CodingKeys: String, CodingKey { case relation, location, footnote, pinpoint }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(occurrence.relation, forKey: .relation)
            try c.encode(occurrence.location, forKey: .location)
            try c.encode(occurrence.footnote, forKey: .footnote)
            try c.encode(occurrence.pinpoint, forKey: .pinpoint)
        }
    }
}
