import CiteGraph
import CiteGraphRendering
import Foundation
import Testing

@Suite struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()

    @Test func twoNodeGraphRendersToSVGInProcess() throws {
        let svg = String(decoding: try renderer.render(dot: "digraph { a -> b }", format: .svg).data, as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("<title>a</title>") && svg.contains("<title>b</title>"))
        #expect(svg.contains("<title>a&#45;&gt;b</title>"))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func pngAndPDFComeFromTheCairoPlugin() throws {
        let png = try renderer.render(dot: "digraph { a -> b }", format: .png).data
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let pdf = try renderer.render(dot: "digraph { a -> b }", format: .pdf).data
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test func syntaxErrorsBecomeSwiftErrorsWithGraphvizsMessage() {
        #expect {
            try renderer.render(dot: "digraph { a -> }", format: .svg)
        } throws: { error in
            guard case RenderError.syntax(let message) = error else { return false }
            return message.contains("syntax error") && message.contains("line 1")
        }
        // The error buffer is per call: the next good graph renders cleanly.
        #expect(throws: Never.self) { try renderer.render(dot: "digraph { a }", format: .svg) }
    }

    /// Graphviz's lexer keeps unread text between parses; what follows one
    /// graph (here, its trailing newlines) must not shift the next one's line numbers.
    @Test func errorsCountLinesFromTheStartOfTheirOwnGraph() throws {
        _ = try renderer.render(dot: "digraph { a }\n\n\n", format: .svg)
        #expect {
            try renderer.validate(dot: "digraph {\n a -> \n}")
        } throws: { error in
            guard case RenderError.syntax(let message) = error else { return false }
            return message.contains("line 3")
        }
    }

    /// The cairo plugin writes this warning with fprintf, past Graphviz's error
    /// callback; it must still arrive as a warning rather than on our stderr.
    @Test func warningsPrintedByPluginsAreCaptured() throws {
        let rendering = try renderer.render(dot: "digraph { a [shape=box, width=420, height=0.1, label=\"\"] }", format: .png)
        #expect(rendering.warnings?.contains("too large for cairo-renderer bitmaps") == true, "\(rendering.warnings ?? "none")")
        #expect(rendering.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func unknownEngineIsAClearError() throws {
        let engines = try renderer.availableEngines()
        #expect(engines.contains("dot") && engines.contains("sfdp") && engines.contains("neato"))
        #expect {
            try renderer.render(dot: "digraph { a }", engine: "nosuchengine", format: .svg)
        } throws: { error in
            guard case RenderError.unknownEngine("nosuchengine", let available) = error else { return false }
            return available == engines && error.localizedDescription.contains("no layout engine 'nosuchengine'")
        }
    }

    @Test(arguments: ["dot", "neato", "sfdp", "fdp", "circo", "twopi"])
    func everyUsualEngineLaysOutTheDiagram(engine: String) throws {
        let dot = DOTWriter(options: .init(engine: engine)).write(RenderingFixtures.chain(length: 6))
        let svg = String(decoding: try renderer.render(dot: dot, engine: engine, format: .svg).data, as: UTF8.self)
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 7, "6 documents and the legend")
    }

    /// Graphviz is not thread-safe; the renderer's lock must make concurrent use safe.
    @Test func concurrentRendersAllSucceed() async throws {
        let dot = DOTWriter().write(RenderingFixtures.chain(length: 12))
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<16 {
                group.addTask { try GraphvizRenderer().render(dot: dot, format: .svg).data.count }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 16)
        #expect(Set(sizes).count == 1, "the same DOT renders to the same SVG")
    }

    /// Titles with Graphviz escapes come out of the SVG exactly as written.
    @Test func escapesInTitlesAreNeverSubstituted() throws {
        let node = CitationSubgraph.Node(symbol: "A/RES/1/1", kind: .gaResolution,
                                         title: "T \\N \\G \\E \\T \\H \\L \\n & &amp; end\\", adopted: "1946")
        let dot = DOTWriter(options: .init(legend: false)).write(CitationSubgraph(nodes: [node], edges: []))
        let svg = String(decoding: try renderer.render(dot: dot, format: .svg).data, as: UTF8.self)
        let texts = SVGText.texts(svg)
        #expect(texts.contains("A/RES/1/1"))
        #expect(texts.joined(separator: " ").contains("T \\N \\G \\E \\T \\H \\L \\n & &amp; end\\"))
        #expect(SVGText.tooltips(svg).contains("A/RES/1/1\nT \\N \\G \\E \\T \\H \\L \\n & &amp; end\\\nadopted 1946\n(known only from citations; text not read)"))
    }
}

enum RenderingFixtures {
    /// A resolution series where each year recalls the year before.
    static func chain(length: Int) -> CitationSubgraph {
        let nodes = (0..<length).map { i in
            CitationSubgraph.Node(symbol: "A/RES/\(56 + i)/183", kind: .gaResolution,
                                  title: "Information and communications technologies for development",
                                  adopted: "\(2001 + i)-12-21", body: "General Assembly", isRead: true)
        }
        let edges = (1..<max(length, 1)).map {
            CitationSubgraph.Edge(from: $0, to: $0 - 1, occurrences: [.init(relation: .recalls, location: .preambular(1))])
        }
        return CitationSubgraph(nodes: nodes, edges: edges)
    }
}

/// Just enough SVG reading to get text and tooltips back as the viewer sees them.
enum SVGText {
    static func texts(_ svg: String) -> [String] {
        matches(in: svg, between: ">", and: "</text>", after: "<text ").map(unescape)
    }

    static func tooltips(_ svg: String) -> [String] {
        matches(in: svg, between: "xlink:title=\"", and: "\"", after: "<a ").map(unescape)
    }

    private static func matches(in svg: String, between open: String, and close: String, after marker: String) -> [String] {
        var results: [String] = []
        var rest = svg[...]
        while let m = rest.range(of: marker) {
            rest = rest[m.upperBound...]
            guard let o = rest.range(of: open), let c = rest[o.upperBound...].range(of: close) else { break }
            results.append(String(rest[o.upperBound..<c.lowerBound]))
            rest = rest[c.upperBound...]
        }
        return results
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) {
                    out.unicodeScalars.append(s)
                } else if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()), let s = Unicode.Scalar(v) {
                    out.unicodeScalars.append(s)
                } else {
                    out += rest[amp...semi]
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
