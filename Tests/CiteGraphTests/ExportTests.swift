import CiteGraphTestSupport
import Foundation
import Testing
import CiteGraph

@Suite struct ExportTests {
    @Test func graphMLMatchesGolden() throws {
        try GoldenFile.check(GraphMLWriter().write(SubgraphFixtures.ancestry), against: "ancestry.graphml")
    }

    @Test func jsonMatchesGoldenAndParses() throws {
        let json = try GraphJSONWriter().write(SubgraphFixtures.ancestry)
        try GoldenFile.check(json, against: "ancestry.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        // networkx's node-link form: what `nx.node_link_graph(data)` reads with its defaults.
        #expect(object["directed"] as? Bool == true)
        #expect(object["multigraph"] as? Bool == false)
        #expect((object["graph"] as? [String: Any])?["caption"] as? String == SubgraphFixtures.ancestry.caption)
        #expect(Set(object.keys) == ["directed", "multigraph", "graph", "nodes", "edges"])
        #expect(nodes.count == 9)
        #expect(edges.count == 10)
        #expect(nodes.allSatisfy { Set($0.keys) == ["id", "symbol", "kind", "title", "adopted", "year", "body", "read", "url"] })
        #expect(nodes.allSatisfy { $0["id"] as? String == $0["symbol"] as? String })
        #expect(edges.contains { $0["source"] as? String == "A/RES/67/195" && $0["target"] as? String == "A/RES/56/183"
            && $0["relation"] as? String == "recalls" && ($0["occurrences"] as? [Any])?.count == 2
            && $0["weight"] as? Int == 2 && $0["relations"] as? [String] == ["recalls", "reaffirms"] })
        #expect(edges.allSatisfy { $0["weight"] as? Int == ($0["occurrences"] as? [Any])?.count })
    }

    @Test func neo4jCSVMatchesGoldenWithImportHeaders() throws {
        let files = Neo4jCSVWriter().write(SubgraphFixtures.ancestry)
        try GoldenFile.check(files.nodes, against: "ancestry.nodes.csv")
        try GoldenFile.check(files.edges, against: "ancestry.edges.csv")
        #expect(files.nodes.hasPrefix("symbol:ID,:LABEL,"))
        #expect(files.edges.hasPrefix(":START_ID,:END_ID,:TYPE,"))
        #expect(files.edges.contains("A/RES/67/195,A/67/66-E/2012/49,TAKES_NOTE,takes-note,OP1,1\n"))
        #expect(files.edges.contains("A/RES/67/195,A/RES/56/183,RECALLS,\"recalls;reaffirms\",\"PP1;OP2\",2\n"))
    }

    @Test func csvFieldsWithSeparatorsAreQuoted() {
        let files = Neo4jCSVWriter().write(SubgraphFixtures.hostile)
        #expect(files.nodes.contains("\"A/RES/\"\"quoted\"\"\\\""))
        #expect(files.nodes.contains("\n\"line\nbreak, comma;semicolon\",\"Document;Report\","),
                "a line break in a symbol stays inside its quoted field")
    }

    @Test func mermaidMatchesGolden() throws {
        try GoldenFile.check(MermaidWriter().write(SubgraphFixtures.ancestry), against: "ancestry.mmd")
        let hostile = MermaidWriter().write(SubgraphFixtures.hostile)
        #expect(hostile.contains("#quot;quoted#quot;"))
        #expect(!hostile.contains("<b>"))
    }

    /// A label that begins with a combining mark (found by the `writers` fuzz target): the mark
    /// and the opening quote are one `Character`, but Mermaid reads scalars, so the line must hold
    /// its two quotes as scalars and the mark inside them.
    @Test func mermaidLabelBeginningWithACombiningMark() {
        let graph = CitationSubgraph(nodes: [.init(symbol: "\u{0740}A/1\"x", kind: nil, title: nil, adopted: nil, body: nil, isRead: false)],
                                     edges: [], caption: nil)
        let text = MermaidWriter().write(graph)
        let line = text.split(separator: "\n").first { $0.unicodeScalars.contains("\u{0740}") }
        #expect(line.map { $0.unicodeScalars.filter { $0 == "\"" }.count } == 2)
        #expect(line?.contains("#quot;x") == true)
    }

    /// The GraphML is read back by networkx, a real GraphML reader; skipped
    /// where python3 or networkx is not installed.
    @Test func graphMLLoadsInNetworkx() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let script = root.appendingPathComponent("scripts/check-graphml.py")
        let python = "/usr/bin/env"
        guard run(python, ["python3", "-c", "import networkx"]).status == 0 else {
            print("skipping graphMLLoadsInNetworkx: python3 with networkx is not installed")
            return
        }
        for (name, graph) in [("ancestry", SubgraphFixtures.ancestry), ("hostile", SubgraphFixtures.hostile)] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-\(name)-\(UUID()).graphml")
            try Data(GraphMLWriter().write(graph).utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let result = run(python, ["python3", script.path, file.path, String(graph.nodes.count), String(graph.edges.count)])
            #expect(result.status == 0, "networkx rejected \(name): \(result.output)")
        }
    }

    /// The JSON export loads with a plain `nx.node_link_graph(json.load(f))`
    /// (networkx's defaults, nothing else) into the same graph, weights and
    /// attributes as networkx reads from the GraphML; skipped where python3 or
    /// networkx is not installed.
    @Test func jsonLoadsInNetworkxAsTheGraphML() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let script = root.appendingPathComponent("scripts/check-node-link.py")
        guard run("/usr/bin/env", ["python3", "-c", "import networkx"]).status == 0 else {
            print("skipping jsonLoadsInNetworkxAsTheGraphML: python3 with networkx is not installed")
            return
        }
        for (name, graph) in [("ancestry", SubgraphFixtures.ancestry), ("hostile", SubgraphFixtures.hostile)] {
            let base = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-\(name)-\(UUID())")
            let json = base.appendingPathExtension("json"), graphml = base.appendingPathExtension("graphml")
            try Data(try GraphJSONWriter().write(graph).utf8).write(to: json)
            try Data(GraphMLWriter().write(graph).utf8).write(to: graphml)
            defer { try? FileManager.default.removeItem(at: json); try? FileManager.default.removeItem(at: graphml) }
            let result = run("/usr/bin/env", ["python3", script.path, json.path, graphml.path])
            #expect(result.status == 0, "networkx read \(name) differently: \(result.output)")
        }
    }

    /// One row per occurrence, RFC 4180 quoting, read back by a CSV reader that follows the RFC.
    @Test func citationCSVQuotesByRFC4180() throws {
        let citation = Citation(target: "A/RES/56/183", kind: .gaResolution, relation: .recalls, location: .preambular(1),
                                footnote: 2, pinpoint: "paragraphs 4, 5 and \"55\"", text: "56/183 of\n21 December 2001",
                                range: TextRange(start: 3, end: 28))
        let document = ExtractedDocument(source: "dir/a,b.txt", symbol: "A/RES/67/195", citations: [citation, citation])
        let csv = CitationCSVWriter().write([document])
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "source,document,target,kind,relation,location,footnote,pinpoint,adopted,text,start,end")
        #expect(csv.contains("\"dir/a,b.txt\",A/RES/67/195,A/RES/56/183,ga-resolution,recalls,PP1,2,\"paragraphs 4, 5 and \"\"55\"\"\",,\"56/183 of\n21 December 2001\",3,28\n"))
        #expect(CitationCSVWriter().write([]) == CitationCSVWriter.header)
        guard run("/usr/bin/env", ["python3", "-c", "import csv"]).status == 0 else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-\(UUID()).csv")
        try Data(csv.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let check = run("/usr/bin/env", ["python3", "-c", """
            import csv, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
            assert len(rows) == 2, rows
            assert rows[0]["source"] == "dir/a,b.txt" and rows[0]["pinpoint"] == 'paragraphs 4, 5 and "55"', rows[0]
            assert rows[0]["text"] == "56/183 of\\n21 December 2001" and rows[0]["start"] == "3", rows[0]
            """, file.path])
        #expect(check.status == 0, "\(check.output)")
    }

    private func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let output = readToEnd(pipe.fileHandleForReading)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
