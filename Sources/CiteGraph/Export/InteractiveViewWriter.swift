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

    /// The view's data, written by hand rather than through `JSONEncoder`,
    /// which takes seconds on the 35,000 records of a 10,000-document view.
    /// Keys are short: a view of 10,000 documents carries 10,000 node records.
    /// Nodes: `s` symbol, `t` title, `d` adopted, `y` year placed at (estimated
    /// from the symbol when no date is known), `o` adopting organ, `g` index
    /// into `groups`, `r` text read, `f` focus, `u` undocs.org, `b` box (centre
    /// x, centre y, width, height). Edges: `a` citing, `b` cited, `c` colour,
    /// `l` long, `p` the curve's four points, `o` occurrences (relation, place).
    static func json(_ graph: CitationSubgraph, _ geometry: TimelineGeometry) -> String {
        let groups = DiagramStyle.NodeGroup.allCases
        var out = JSONText()
        out.raw("{\"width\":"); out.number(geometry.width)
        out.raw(",\"height\":"); out.number(geometry.height)
        out.raw(",\"axisY\":"); out.number(geometry.axisY)
        out.raw(",\"undatedX\":"); if let x = geometry.undatedX { out.number(x) } else { out.raw("null") }
        out.raw(",\"lanes\":[")
        for (i, lane) in geometry.lanes.enumerated() {
            if i > 0 { out.raw(",") }
            out.raw("{\"name\":"); out.string(lane.name)
            out.raw(",\"top\":"); out.number(lane.top)
            out.raw(",\"height\":"); out.number(lane.height); out.raw("}")
        }
        out.raw("],\"ticks\":[")
        for (i, tick) in geometry.ticks.enumerated() {
            if i > 0 { out.raw(",") }
            out.raw("{\"year\":\(tick.year),\"x\":"); out.number(tick.x)
            out.raw(",\"labelled\":\(tick.labelled)}")
        }
        out.raw("],\"groups\":[")
        for (i, group) in groups.enumerated() {
            if i > 0 { out.raw(",") }
            out.raw("{\"name\":"); out.string(group.rawValue)
            out.raw(",\"lane\":"); out.string(TimelineLayout.laneName(.init(symbol: "", kind: TimelineLayout.representative(group))))
            out.raw(",\"fill\":"); out.string(group.fill)
            out.raw(",\"line\":"); out.string(group.line); out.raw("}")
        }
        var present = Set<Relation>()
        for edge in graph.edges {
            if edge.occurrences.isEmpty { present.insert(.references) }
            for occurrence in edge.occurrences { present.insert(occurrence.relation) }
        }
        out.raw("],\"relations\":[")
        for (i, relation) in Relation.allCases.filter(present.contains).enumerated() {
            if i > 0 { out.raw(",") }
            out.string(relation.rawValue)
        }
        out.raw("],\"nodes\":[")
        for (i, node) in graph.nodes.enumerated() {
            if i > 0 { out.raw(",") }
            let box = geometry.boxes[i]
            out.raw("{\"s\":"); out.string(node.symbol)
            out.raw(",\"t\":"); out.optional(node.title.map(DOTEscaping.singleLine))
            out.raw(",\"d\":"); out.optional(node.adopted)
            out.raw(",\"y\":"); if let year = DiagramOrder.year(node) { out.raw(String(year)) } else { out.raw("null") }
            out.raw(",\"o\":"); out.optional(node.body)
            out.raw(",\"g\":\(groups.firstIndex(of: DiagramStyle.NodeGroup(node.kind))!)")
            out.raw(",\"r\":\(node.isRead),\"f\":\(geometry.focus.contains(i)),\"u\":")
            out.string(DiagramStyle.documentURL(node.symbol))
            out.raw(",\"b\":[")
            out.number(box.center.x); out.raw(","); out.number(box.center.y); out.raw(",")
            out.number(box.width); out.raw(","); out.number(box.height); out.raw("]}")
        }
        out.raw("],\"edges\":[")
        for (i, edge) in graph.edges.enumerated() {
            if i > 0 { out.raw(",") }
            let curve = geometry.curves[i]
            out.raw("{\"a\":\(edge.from),\"b\":\(edge.to),\"c\":")
            out.string(DiagramStyle.EdgeGroup(edge.relation).color)
            out.raw(",\"l\":\(curve.isLong),\"p\":[")
            for (k, point) in curve.points.enumerated() {
                if k > 0 { out.raw(",") }
                out.number(point.x); out.raw(","); out.number(point.y)
            }
            out.raw("],\"o\":[")
            let occurrences = edge.occurrences.sorted { ($0.location, $0.relation) < ($1.location, $1.relation) }
            if occurrences.isEmpty { out.raw("[\"references\",\"\"]") }
            for (k, o) in occurrences.enumerated() {
                if k > 0 { out.raw(",") }
                var place = o.location.description
                if let footnote = o.footnote { place += " fn \(footnote)" }
                if let pinpoint = o.pinpoint { place += ", \(pinpoint)" }
                out.raw("["); out.string(o.relation.rawValue); out.raw(","); out.string(place); out.raw("]")
            }
            out.raw("]}")
        }
        out.raw("]}")
        return out.text
    }

}

/// JSON text built by appending; strings escaped as RFC 8259 requires.
struct JSONText {
    var text = ""

    mutating func raw(_ s: String) { text += s }

    mutating func number(_ value: Double) { text += TimelineDOTWriter.number(value) }

    mutating func optional(_ s: String?) {
        if let s { string(s) } else { text += "null" }
    }

    mutating func string(_ s: String) {
        text += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}
