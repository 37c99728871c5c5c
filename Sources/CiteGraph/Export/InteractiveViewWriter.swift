import Foundation

/// Writes the interactive view: one self-contained HTML file that opens
/// offline in any browser, with pan and zoom, search by symbol or title,
/// a panel for the clicked document (title, date, link to the official text,
/// its citations in and out with relation and location), and filters by year,
/// organ and relation. The geometry is `TimelineLayout`'s, the same as the
/// timeline pictures.
///
/// Everything it needs is in the file: the script and style are citegraph's
/// own (`InteractiveViewAssets`), the data is JSON in a
/// `<script type="application/json">` block, and a Content-Security-Policy
/// forbids any network access. Document strings are only ever put on the page
/// as text (`textContent`, `setAttribute`), never parsed as HTML, so a title
/// holding `<script>` shows as written and runs nothing.
public struct InteractiveViewWriter: Sendable {
    public var layout: TimelineLayout

    public init(layout: TimelineLayout = TimelineLayout()) {
        self.layout = layout
    }

    public func write(_ graph: CitationSubgraph) -> String {
        write(graph, geometry: layout.layout(graph))
    }

    public func write(_ graph: CitationSubgraph, geometry: TimelineGeometry) -> String {
        let caption = graph.caption ?? "citation graph"
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        out += "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
        out += "<meta name=\"generator\" content=\"citegraph\">\n"
        out += "<title>citegraph: \(HTMLEscaping.text(caption))</title>\n"
        out += "<style>\n\(InteractiveViewAssets.style)</style>\n</head>\n<body>\n"
        out += InteractiveViewAssets.body(caption: HTMLEscaping.text(caption), documents: graph.nodes.count,
                                          citations: graph.edges.count)
        out += "<script type=\"application/json\" id=\"citegraph-data\">"
        out += HTMLEscaping.scriptJSON(Self.json(graph, geometry))
        out += "</script>\n<script>\n\(InteractiveViewAssets.script)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: - The data block

    struct Payload: Encodable {
        var width: Double
        var height: Double
        var axisY: Double
        var undatedX: Double?
        var lanes: [Lane]
        var ticks: [Tick]
        var groups: [Group]
        var relations: [String]
        var nodes: [Node]
        var edges: [Edge]
    }

    struct Lane: Encodable { var name: String; var top: Double; var height: Double }
    struct Tick: Encodable { var year: Int; var x: Double; var labelled: Bool }
    struct Group: Encodable { var name: String; var lane: String; var fill: String; var line: String }

    /// Short keys: a view of 10,000 documents carries 10,000 of these.
    struct Node: Encodable {
        var s: String          // symbol
        var t: String?         // title
        var d: String?         // adopted
        var y: Int?            // year placed at (estimated from the symbol when no date is known)
        var o: String?         // adopting organ as the text names it
        var g: Int             // index into groups
        var r: Bool            // text read
        var f: Bool            // focus
        var u: String          // undocs.org
        var b: [Double]        // box: centre x, centre y, width, height
    }

    struct Edge: Encodable {
        var a: Int             // citing node
        var b: Int             // cited node
        var c: String          // colour (strongest relation's)
        var l: Bool            // long
        var p: [Double]        // x0 y0 x1 y1 x2 y2 x3 y3
        var o: [[String]]      // occurrences: relation, location (with footnote and pinpoint)
    }

    static func json(_ graph: CitationSubgraph, _ geometry: TimelineGeometry) -> String {
        let groups = DiagramStyle.NodeGroup.allCases
        let nodes = graph.nodes.enumerated().map { i, node in
            let box = geometry.boxes[i]
            return Node(s: node.symbol, t: node.title.map(DOTEscaping.singleLine), d: node.adopted,
                        y: DiagramOrder.year(node), o: node.body,
                        g: groups.firstIndex(of: DiagramStyle.NodeGroup(node.kind))!, r: node.isRead,
                        f: geometry.focus.contains(i), u: DiagramStyle.documentURL(node.symbol),
                        b: [box.center.x, box.center.y, box.width, box.height].map(round2))
        }
        let edges = graph.edges.enumerated().map { i, edge in
            let curve = geometry.curves[i]
            let occurrences = edge.occurrences.sorted { ($0.location, $0.relation) < ($1.location, $1.relation) }.map { o in
                var place = o.location.description
                if let footnote = o.footnote { place += " fn \(footnote)" }
                if let pinpoint = o.pinpoint { place += ", \(pinpoint)" }
                return [o.relation.rawValue, place]
            }
            return Edge(a: edge.from, b: edge.to, c: DiagramStyle.EdgeGroup(edge.relation).color, l: curve.isLong,
                        p: curve.points.flatMap { [round2($0.x), round2($0.y)] },
                        o: occurrences.isEmpty ? [[Relation.references.rawValue, ""]] : occurrences)
        }
        let present = Set(graph.edges.flatMap { $0.occurrences.map(\.relation) } + (graph.edges.contains { $0.occurrences.isEmpty } ? [.references] : []))
        let payload = Payload(
            width: round2(geometry.width), height: round2(geometry.height), axisY: geometry.axisY,
            undatedX: geometry.undatedX.map(round2),
            lanes: geometry.lanes.map { Lane(name: $0.name, top: round2($0.top), height: round2($0.height)) },
            ticks: geometry.ticks.map { Tick(year: $0.year, x: round2($0.x), labelled: $0.labelled) },
            groups: groups.map { Group(name: $0.rawValue, lane: TimelineLayout.laneName(.init(symbol: "", kind: TimelineLayout.representative($0))),
                                       fill: $0.fill, line: $0.line) },
            relations: Relation.allCases.filter(present.contains).map(\.rawValue),
            nodes: nodes, edges: edges)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail.
        return String(decoding: (try? encoder.encode(payload)) ?? Data("{}".utf8), as: UTF8.self)
    }

    private static func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
