/// Writes a citation subgraph as DOT with every position pinned from
/// `TimelineLayout`: nodes carry `pos`, edges carry their curves as `pos`
/// splines, and the graph asks for Graphviz's `nop2` layout (`neato -n2`),
/// which only draws what it is given. Graphviz then does no layout at all,
/// so 10,000 documents render in seconds, and SVG, PNG and PDF keep the
/// styling, tooltips and links of the hierarchical diagrams.
///
/// The time axis, year ticks and lane names are drawn as pseudo-nodes and
/// pseudo-edges whose IDs hold a colon and lower case (`axis:1967`,
/// `lane:0`), which no UN symbol does.
public struct TimelineDOTWriter: Sendable {
    public var layout: TimelineLayout
    public var legend: Bool

    public init(layout: TimelineLayout = TimelineLayout(), legend: Bool = true) {
        self.layout = layout
        self.legend = legend
    }

    /// The engine name the file asks for: Graphviz's "no layout, keep positions and splines".
    public static let engine = "nop2"

    public func write(_ graph: CitationSubgraph) -> String {
        write(graph, geometry: layout.layout(graph))
    }

    public func write(_ graph: CitationSubgraph, geometry: TimelineGeometry) -> String {
        let order = DiagramOrder(graph)
        let key = DiagramLegend(graph)
        let legendRows = key.nodeGroups.count + key.edgeGroups.count + (key.hasUnread ? 1 : 0) + 1
        let legendHeight = legend && legendRows > 1 ? Double(legendRows) * 17 + 12 : 0
        let height = geometry.height + legendHeight
        let flip = { (y: Double) in height - y }
        func pos(_ x: Double, _ y: Double) -> String { "\(Self.number(x)),\(Self.number(flip(y)))" }
        let emphasis = !geometry.focus.isEmpty
        let font = layout.options.fontSize

        var out = "// citegraph citation diagram, timeline layout (positions computed by citegraph)\n"
        out += "// Edges point from the citing document to the cited one. Render with neato -n2 (layout=nop2).\n"
        out += "digraph citations {\n"
        out += "  graph [layout=\(Self.engine), charset=\"UTF-8\", fontname=\"Helvetica\", outputorder=edgesfirst, "
        out += "bb=\"0,0,\(Self.number(geometry.width)),\(Self.number(height))\", notranslate=true, pad=0.1"
        if let caption = graph.caption { out += ", tooltip=\(DOTEscaping.tooltip([caption]))" }
        out += "];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=\(Self.number(font)), fixedsize=true, margin=0, penwidth=0.8];\n"
        out += "  edge [arrowsize=0.4, penwidth=0.6];\n"

        // Caption, axis, ticks, lanes.
        let margin = layout.options.margin
        if let caption = graph.caption {
            let width = TimelineLayout.textWidth(caption, fontSize: 13) + 8
            out += "  \"caption:\" [shape=plaintext, fixedsize=false, fontsize=13, label=\(DOTEscaping.plainLabel([caption])), "
            out += "width=\(Self.inches(width)), height=0.25, pos=\"\(pos(margin + width / 2, margin + 8))\"];\n"
        }
        let axisLeft = geometry.ticks.first?.x ?? margin
        let axisRight = geometry.width - margin
        let bottom = geometry.height - margin
        out += Self.line("axis:line", from: pos(axisLeft, geometry.axisY), to: pos(axisRight, geometry.axisY),
                         color: "#888888", width: 0.8)
        for tick in geometry.ticks {
            let id = "axis:\(tick.year)"
            let to = tick.labelled ? bottom : geometry.axisY + 4
            out += Self.line(id, from: pos(tick.x, geometry.axisY - (tick.labelled ? 4 : 2)), to: pos(tick.x, to),
                             color: tick.labelled ? "#e4e4e4" : "#bbbbbb", width: tick.labelled ? 0.6 : 0.5)
            if tick.labelled {
                out += "  \(DOTEscaping.id(id + ":label")) [shape=plaintext, fixedsize=false, fontsize=9, fontcolor=\"#666666\", "
                out += "label=\"\(tick.year)\", width=0.4, height=0.18, pos=\"\(pos(tick.x + 14, geometry.axisY - 11))\"];\n"
            }
        }
        if let undated = geometry.undatedX {
            out += Self.line("axis:undated", from: pos(undated, geometry.axisY - 4), to: pos(undated, bottom),
                             color: "#e4e4e4", width: 0.6)
            out += "  \"axis:undated:label\" [shape=plaintext, fixedsize=false, fontsize=9, fontcolor=\"#666666\", label=\"undated\", "
            out += "width=0.6, height=0.18, pos=\"\(pos(undated + 24, geometry.axisY - 11))\"];\n"
        }
        for (index, lane) in geometry.lanes.enumerated() {
            let width = TimelineLayout.textWidth(lane.name, fontSize: 10) + 10
            out += "  \"lane:\(index)\" [shape=plaintext, fixedsize=false, fontsize=10, fontcolor=\"#444444\", "
            out += "label=\(DOTEscaping.plainLabel([lane.name])), width=\(Self.inches(width)), height=0.2, "
            out += "pos=\"\(pos(axisLeft + width / 2, lane.top + 8))\"];\n"
            if index > 0 {
                let y = lane.top - layout.options.laneGap / 2
                out += Self.line("lane:\(index):rule", from: pos(margin, y), to: pos(axisRight, y), color: "#cccccc", width: 0.6)
            }
        }

        for index in order.nodes {
            writeNode(graph.nodes[index], box: geometry.boxes[index], focus: geometry.focus.contains(index),
                      pos: pos(geometry.boxes[index].center.x, geometry.boxes[index].center.y), into: &out)
        }
        for index in order.edges {
            let edge = graph.edges[index]
            writeEdge(edge, curve: geometry.curves[index], in: graph, emphasis: emphasis, flip: flip, into: &out)
        }
        if legend && legendHeight > 0 {
            out += key.dot()
            out += "  \"legend:\" [fixedsize=false, pos=\"\(pos(margin + 140, geometry.height + legendHeight / 2 - 4))\"];\n"
        }
        out += "}\n"
        return out
    }

    private func writeNode(_ node: CitationSubgraph.Node, box: TimelineGeometry.Box, focus: Bool, pos: String,
                           into out: inout String) {
        let group = DiagramStyle.NodeGroup(node.kind)
        var styles: [String] = []
        if group.rounded { styles.append("rounded") }
        styles.append("filled")
        if !node.isRead { styles.append("dashed") }
        out += "  \(DOTEscaping.id(node.symbol)) [label=\(DOTEscaping.plainLabel([node.symbol])), "
        out += "shape=\(group.shape == "octagon" ? "box" : group.shape), style=\"\(styles.joined(separator: ","))\", "
        out += "fillcolor=\"\(group.fill)\", color=\"\(group.line)\", "
        if focus { out += "penwidth=2.4, fontname=\"Helvetica-Bold\", " }
        out += "width=\(Self.inches(box.width)), height=\(Self.inches(box.height)), pos=\"\(pos)\", "
        out += "tooltip=\(DOTEscaping.tooltip(DOTWriter.tooltipLines(node))), "
        out += "URL=\(DOTEscaping.id(DiagramStyle.documentURL(node.symbol))), target=\"_blank\"];\n"
    }

    private func writeEdge(_ edge: CitationSubgraph.Edge, curve: TimelineGeometry.Curve, in graph: CitationSubgraph,
                           emphasis: Bool, flip: (Double) -> Double, into out: inout String) {
        let from = graph.nodes[edge.from].symbol
        let to = graph.nodes[edge.to].symbol
        let group = DiagramStyle.EdgeGroup(edge.relation)
        let (alpha, width) = Self.strength(curve, emphasis: emphasis)
        // The spline stops short of the box by the arrowhead's length; `e,` says where its tip goes.
        var points = curve.points
        let tip = points[3]
        let (dx, dy) = (tip.x - points[2].x, tip.y - points[2].y)
        let length = max((dx * dx + dy * dy).squareRoot(), 0.001)
        let (bx, by) = (-dx / length * 4, -dy / length * 4)
        points[3].x += bx
        points[3].y += by
        points[2].x += bx
        points[2].y += by
        out += "  \(DOTEscaping.id(from)) -> \(DOTEscaping.id(to)) [color=\"\(group.color)\(alpha)\""
        if group.style == "dashed" || group.style == "dotted" { out += ", style=\(group.style)" }
        if width != 0.6 { out += ", penwidth=\(Self.number(width))" }
        out += ", pos=\"e,\(Self.number(tip.x)),\(Self.number(flip(tip.y)))"
        for point in points { out += " \(Self.number(point.x)),\(Self.number(flip(point.y)))" }
        out += "\", tooltip=\(DOTEscaping.tooltip(DOTWriter.tooltipLines(edge, from: from, to: to)))];\n"
    }

    /// Long citations faint, the focus's strong; with a focus, the rest recede.
    static func strength(_ curve: TimelineGeometry.Curve, emphasis: Bool) -> (alpha: String, width: Double) {
        if curve.isFocus { return ("e0", 1.1) }
        if curve.isLong { return (emphasis ? "30" : "40", 0.4) }
        return (emphasis ? "70" : "a0", 0.6)
    }

    private static func line(_ id: String, from: String, to: String, color: String, width: Double) -> String {
        // Two invisible points and a straight spline between them.
        var out = "  \(DOTEscaping.id(id + ":a")) [shape=point, width=0.01, style=invis, pos=\"\(from)\"];\n"
        out += "  \(DOTEscaping.id(id + ":b")) [shape=point, width=0.01, style=invis, pos=\"\(to)\"];\n"
        out += "  \(DOTEscaping.id(id + ":a")) -> \(DOTEscaping.id(id + ":b")) [dir=none, color=\"\(color)\", "
        out += "penwidth=\(number(width)), tooltip=\" \", pos=\"\(from) \(from) \(to) \(to)\"];\n"
        return out
    }

    static func inches(_ points: Double) -> String { number(points / 72) }

    /// Two decimals at most, no trailing zeros: short, and the same on every platform.
    static func number(_ value: Double) -> String {
        let scaled = (value * 100).rounded()
        let whole = Int(scaled) / 100
        let fraction = abs(Int(scaled)) % 100
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
