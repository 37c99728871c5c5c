import Foundation

/// Writes a citation subgraph as JSON, `{"caption", "nodes", "edges"}`, for
/// programs (D3, Cytoscape.js, notebooks). Every key is present on every
/// object, `null` when unknown, and keys are sorted, so the output has one
/// shape and the same bytes for the same graph.
public struct GraphJSONWriter: Sendable {
    public init() {}

    public func write(_ graph: CitationSubgraph) throws -> String {
        let order = DiagramOrder(graph)
        let document = Document(
            caption: graph.caption,
            nodes: order.nodes.map { NodeRecord(graph.nodes[$0]) },
            edges: order.edges.map { index in
                let edge = graph.edges[index]
                return EdgeRecord(source: graph.nodes[edge.from].symbol, target: graph.nodes[edge.to].symbol,
                                  relation: edge.relation,
                                  occurrences: edge.occurrences.sorted { ($0.location, $0.relation) < ($1.location, $1.relation) }
                                    .map(OccurrenceRecord.init))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var caption: String?
        var nodes: [NodeRecord]
        var edges: [EdgeRecord]

        enum CodingKeys: String, CodingKey { case caption, nodes, edges }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(caption, forKey: .caption)
            try c.encode(nodes, forKey: .nodes)
            try c.encode(edges, forKey: .edges)
        }
    }

    struct NodeRecord: Encodable {
        var node: CitationSubgraph.Node
        init(_ node: CitationSubgraph.Node) { self.node = node }

        enum CodingKeys: String, CodingKey { case symbol, kind, title, adopted, year, body, read, url }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
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
