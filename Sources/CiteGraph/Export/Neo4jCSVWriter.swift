/// Writes a citation subgraph as the pair of CSV files `neo4j-admin database
/// import` reads: a node file keyed by `symbol:ID` and a relationship file
/// with `:START_ID,:END_ID,:TYPE`, the relation as the type (RECALLS,
/// TAKES_NOTE, ...). Array properties use Neo4j's default `;` separator.
public struct Neo4jCSVWriter: Sendable {
    public struct Files: Sendable, Hashable {
        public var nodes: String
        public var edges: String
    }

    public init() {}

    public func write(_ graph: CitationSubgraph) -> Files {
        let order = DiagramOrder(graph)
        var nodes = "symbol:ID,:LABEL,kind,title,adopted,year:int,body,read:boolean,url\n"
        for index in order.nodes {
            let node = graph.nodes[index]
            let fields = [
                node.symbol, Self.labels(node), node.kind?.rawValue ?? "",
                node.title.map(DOTEscaping.singleLine) ?? "", node.adopted ?? "",
                node.year.map(String.init) ?? "", node.body ?? "",
                node.isRead ? "true" : "false", DiagramStyle.documentURL(of: node) ?? "",
            ]
            nodes += fields.map(Self.field).joined(separator: ",") + "\n"
        }
        var edges = ":START_ID,:END_ID,:TYPE,relations:string[],locations:string[],occurrences:int\n"
        for index in order.edges {
            let edge = graph.edges[index]
            let summary = EdgeSummary(edge)
            let fields = [
                graph.nodes[edge.from].symbol, graph.nodes[edge.to].symbol, Self.type(edge.relation),
                summary.relations.joined(separator: ";"), summary.locations.joined(separator: ";"),
                String(edge.occurrences.count),
            ]
            edges += fields.map(Self.field).joined(separator: ",") + "\n"
        }
        return Files(nodes: nodes, edges: edges)
    }

    /// `recalls` → `RECALLS`, `takes-note` → `TAKES_NOTE`: Neo4j's convention for relationship types.
    public static func type(_ relation: Relation) -> String {
        relation.rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// Every node is a `Document`, plus a label for its kind, so Cypher can match either.
    static func labels(_ node: CitationSubgraph.Node) -> String {
        let kind: String? = switch node.kind {
        case .gaResolution: "GAResolution"
        case .gaDecision: "GADecision"
        case .ecosocResolution: "ECOSOCResolution"
        case .ecosocDecision: "ECOSOCDecision"
        case .scResolution: "SCResolution"
        case .hrcResolution: "HRCResolution"
        case .otherResolution: "OtherResolution"
        case .document: "Report"
        case nil: nil
        }
        return (["Document"] + [kind].compactMap { $0 }).joined(separator: ";")
    }

    /// RFC 4180 quoting, which Neo4j's importer follows: quoted when needed, quotes doubled.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline || $0 == ";" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
