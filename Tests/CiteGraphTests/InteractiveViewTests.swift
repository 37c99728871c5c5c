import Foundation
import Testing
@testable import CiteGraph

/// Titles and symbols built to break out of HTML, an attribute, a script block or JSON.
enum HostileView {
    static let title = "<script>document.body.setAttribute('data-pwned','script')</script>"
        + "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> \" ' & </title>"
    static let symbol = "A/RES/</script><script>document.body.setAttribute('data-pwned','symbol')</script>"

    static let graph: CitationSubgraph = {
        var graph = SubgraphFixtures.ancestry
        graph.nodes[0].title = title
        graph.nodes.append(.init(symbol: symbol, kind: .gaResolution, title: "\u{2028}</SCRIPT><!--", adopted: "2010-01-01", isRead: true))
        graph.edges.append(.init(from: graph.nodes.count - 1, to: 1,
                                 occurrences: [.init(relation: .recalls, location: .preambular(1), pinpoint: "<b onmouseover=x>")]))
        graph.caption = "caption <i>" + title
        return graph
    }()
}

@Suite struct InteractiveViewTests {
    /// The JSON block between the two markers, parsed as a browser would.
    static func data(_ html: String) throws -> [String: Any] {
        let open = "<script type=\"application/json\" id=\"citegraph-data\">"
        let start = try #require(html.range(of: open)).upperBound
        let end = try #require(html[start...].range(of: "</script>")).lowerBound
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as? [String: Any])
    }

    @Test func oneSelfContainedFileThatLoadsNothing() throws {
        let html = InteractiveViewWriter().write(SubgraphFixtures.ancestry)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none';"))
        #expect(!html.contains("<script src") && !html.contains("<link") && !html.contains("@import") && !html.contains("url("))
        // The only addresses in the file: the SVG namespace and the documents' pages.
        let addresses = html.components(separatedBy: "://").dropFirst().map { $0.prefix(20) }
        #expect(addresses.allSatisfy { $0.hasPrefix("www.w3.org/2000/svg") || $0.hasPrefix("undocs.org/") }, "\(addresses)")
    }

    @Test func theDataCarriesTheGeometryAndEveryOccurrence() throws {
        let graph = SubgraphFixtures.ancestry
        let geometry = TimelineLayout().layout(graph)
        let data = try Self.data(InteractiveViewWriter().write(graph, geometry: geometry))
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        let edges = try #require(data["edges"] as? [[String: Any]])
        #expect(nodes.count == graph.nodes.count && edges.count == graph.edges.count)
        #expect(nodes[0]["s"] as? String == "A/RES/67/195")
        #expect(nodes[0]["u"] as? String == "https://undocs.org/A/RES/67/195")
        let box = try #require(nodes[0]["b"] as? [Double])
        #expect(abs(box[0] - geometry.boxes[0].center.x) < 0.01 && abs(box[1] - geometry.boxes[0].center.y) < 0.01)
        let takesNote = try #require(edges.first { ($0["b"] as? Int) == 4 })
        #expect(takesNote["o"] as? [[String]] == [["takes-note", "OP1 fn 2, paras. 4-6"]])
        #expect((data["relations"] as? [String])?.contains("on-report-of") == true)
    }

    /// Nothing a document says can end the script block, open a tag or an attribute:
    /// the page has exactly its own two scripts, and the strings come back unchanged.
    @Test func hostileStringsAreData() throws {
        let html = InteractiveViewWriter().write(HostileView.graph)
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.lowercased().components(separatedBy: "</script").count - 1 == 2)
        #expect(!html.contains("<img") && !html.contains("<i>") && !html.contains("<b "))
        #expect(html.contains("<title>citegraph: caption &lt;i&gt;&lt;script&gt;"))
        let nodes = try #require(try Self.data(html)["nodes"] as? [[String: Any]])
        #expect(nodes.contains { $0["t"] as? String == HostileView.title })
        #expect(nodes.contains { $0["s"] as? String == HostileView.symbol })
        #expect(!html.contains("\u{2028}"))
    }

    @Test func scriptJSONEscapesOnlyWhatHTMLReads() {
        #expect(HTMLEscaping.scriptJSON("{\"a\":\"</script>&\"}") == "{\"a\":\"\\u003c/script\\u003e\\u0026\"}")
        #expect(HTMLEscaping.text("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}
