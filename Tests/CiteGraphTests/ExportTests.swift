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
        #expect(nodes.count == 9)
        #expect(edges.count == 10)
        #expect(nodes.allSatisfy { Set($0.keys) == ["symbol", "kind", "title", "adopted", "year", "body", "read", "url"] })
        #expect(edges.contains { $0["source"] as? String == "A/RES/67/195" && $0["target"] as? String == "A/RES/56/183"
            && $0["relation"] as? String == "recalls" && ($0["occurrences"] as? [Any])?.count == 2 })
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

    private func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
