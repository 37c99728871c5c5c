import CiteGraph
import CiteGraphRendering
import Foundation
import Testing

/// The timeline through Graphviz: positions pinned as citegraph computed them,
/// the project's styling and links kept, no layout run.
@Suite struct TimelineRenderingTests {
    static let graph: CitationSubgraph = {
        let nodes: [CitationSubgraph.Node] = [
            .init(symbol: "A/RES/67/195", kind: .gaResolution, title: "Information and communications technologies for development",
                  adopted: "2012-12-21", body: "General Assembly", isRead: true),
            .init(symbol: "A/RES/56/183", kind: .gaResolution, adopted: "2001-12-21"),
            .init(symbol: "E/RES/2012/5", kind: .ecosocResolution, adopted: "2012-07-24"),
            .init(symbol: "S/RES/1325 (2000)", kind: .scResolution, adopted: "2000-10-31"),
            .init(symbol: "A/60/687", kind: .document),
        ]
        let occurrence = [CitationSubgraph.Occurrence(relation: .recalls, location: .preambular(1))]
        let edges = (1..<5).map { CitationSubgraph.Edge(from: 0, to: $0, occurrences: occurrence) }
            + [.init(from: 2, to: 1, occurrences: [.init(relation: .takesNote, location: .operative(3))])]
        return CitationSubgraph(nodes: nodes, edges: edges, caption: "ancestors of A/RES/67/195", focus: [0])
    }()

    /// Each document's label is drawn exactly where the layout put its box.
    @Test func nodesAreDrawnAtTheComputedPositions() throws {
        let geometry = TimelineLayout().layout(Self.graph)
        let dot = TimelineDOTWriter().write(Self.graph, geometry: geometry)
        let rendering = try GraphvizRenderer().render(dot: dot, engine: TimelineDOTWriter.engine, format: .svg)
        // (Other tests' output can land in the captured stderr when suites run in parallel, so only Graphviz's own complaint is looked for.)
        #expect(rendering.warnings?.contains("too small for label") != true, "\(rendering.warnings ?? "")")
        let svg = String(decoding: rendering.data, as: UTF8.self)
        for (i, node) in Self.graph.nodes.enumerated() {
            let title = "<title>\(node.symbol)</title>"
            let after = try #require(svg.range(of: title)).upperBound
            let text = try #require(svg[after...].range(of: "<text text-anchor=\"middle\" x=\""))
            let x = Double(svg[text.upperBound...].prefix { $0 != "\"" })!
            #expect(abs(x - geometry.boxes[i].center.x) < 0.6, "\(node.symbol): drawn at \(x), placed at \(geometry.boxes[i].center.x)")
        }
        #expect(svg.contains("xlink:href=\"https://undocs.org/S/RES/1325%20(2000)\""))
        #expect(svg.contains("xlink:title=\"A/RES/67/195 recalls A/RES/56/183 (PP1)\""))
        #expect(svg.contains(">2000<") && svg.contains(">Security Council<"))
    }

    @Test(arguments: [ExportFormat.svg, .png, .pdf, .dot])
    func theExporterDrawsTheTimelineWhenAsked(format: ExportFormat) throws {
        let export = try DiagramExporter(options: .init(engine: "timeline")).export(Self.graph, as: format)
        #expect(export.plan.engine == "timeline")
        #expect(!export.notes.contains { $0.contains("timeline") || $0.contains("too small") }, "\(export.notes)")
        guard case .single(let bytes) = export.payload else { Issue.record("one file expected"); return }
        #expect(bytes.count > 500)
        if format == .dot { #expect(String(decoding: bytes, as: UTF8.self).contains("layout=nop2")) }
    }

    /// Above the hierarchical limits the exporter switches by itself and says so in one line.
    @Test func largeSelectionsSwitchWithOneNote() throws {
        let nodes = (0..<400).map { i in
            CitationSubgraph.Node(symbol: "S/RES/\(i + 1) (\(1946 + i / 10))", kind: .scResolution, adopted: "\(1946 + i / 10)-0\(1 + i % 9)-15")
        }
        let edges = (1..<400).map { CitationSubgraph.Edge(from: $0, to: $0 / 2, occurrences: [.init(relation: .recalls, location: .preambular(1))]) }
        let export = try DiagramExporter().export(CitationSubgraph(nodes: nodes, edges: edges, caption: "whole corpus"), as: .svg)
        #expect(export.plan.engine == "timeline")
        #expect(export.notes.filter { $0.contains("drawing the 400 documents on a timeline") }.count == 1)
        guard case .single(let bytes) = export.payload else { return }
        let svg = String(decoding: bytes, as: UTF8.self)
        #expect(svg.components(separatedBy: "xlink:href=\"https://undocs.org/S/RES/").count - 1 == 400)
    }

    @Test func timelineIsAnAvailableEngine() throws {
        #expect(try DiagramExporter.availableEngines().contains("timeline"))
    }

    /// Titles that look like Graphviz escapes or markup survive into the tooltips verbatim.
    @Test func hostileTitlesStayText() throws {
        var graph = Self.graph
        graph.nodes[0].title = "<script>alert(1)</script> \\N & \"q\""
        let rendering = try GraphvizRenderer().render(dot: TimelineDOTWriter().write(graph), engine: "nop2", format: .svg)
        let svg = String(decoding: rendering.data, as: UTF8.self)
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\N &amp; &quot;q&quot;"))
        #expect(!svg.contains("<script"))
    }
}
