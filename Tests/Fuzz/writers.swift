// Fuzz target: graph building and every text writer. The input is up to four documents
// separated by NUL bytes; their citations make a graph, and each writer's output must parse
// in its consumer's grammar: DOT by Graphviz's own parser (in-process), GraphML as XML, graph
// and extraction JSON by JSONSerialization, Neo4j CSV with the same number of columns on every
// row, Mermaid line by line.
import Foundation
@testable import CiteGraph
import CiteGraphRendering

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let docs = Fuzz.documents(Fuzz.bytes(data, size))
    guard !docs.isEmpty else { return 0 }
    let extracted = docs.map { Fuzz.checkedExtraction($0.text, format: $0.format, source: $0.source, twice: false) }

    let json = ExtractionJSONWriter.encode(ExtractionReport(documents: extracted))
    Fuzz.require((try? JSONSerialization.jsonObject(with: Data(json))) != nil, "extraction JSON does not parse")

    let graph = CitationGraph(documents: extracted)
    let all = graph.subgraph(nodes: Array(graph.nodes.indices))
    Fuzz.require(all.nodes.count == graph.nodes.count, "the whole graph's subgraph lost nodes")

    let dot = DOTWriter().write(all)
    do { try GraphvizRenderer().validate(dot: dot) } catch { Fuzz.require(false, "Graphviz rejects the DOT: \(error)\n\(dot)") }

    let graphML = GraphMLWriter().write(all)
    Fuzz.require(Fuzz.wellFormedXML(graphML), "GraphML is not well-formed XML:\n\(graphML)")

    if let graphJSON = try? GraphJSONWriter().write(all) {
        Fuzz.require((try? JSONSerialization.jsonObject(with: Data(graphJSON.utf8))) != nil, "graph JSON does not parse")
    } else {
        Fuzz.require(false, "the graph JSON writer failed")
    }

    let csv = Neo4jCSVWriter().write(all)
    for (name, file) in [("nodes", csv.nodes), ("edges", csv.edges)] {
        guard let rows = Fuzz.csvRows(file) else { Fuzz.require(false, "\(name).csv does not parse"); continue }
        Fuzz.require(rows.count >= 1, "\(name).csv has no header")
        Fuzz.require(rows.allSatisfy { $0.count == rows[0].count }, "\(name).csv rows differ in columns")
    }
    Fuzz.require(csv.nodes.isEmpty || Fuzz.csvRows(csv.nodes)!.count == graph.nodes.count + 1,
                 "nodes.csv does not have one row per node")

    let mermaid = MermaidWriter().write(all)
    let lines = mermaid.split(separator: "\n", omittingEmptySubsequences: false)
    Fuzz.require(lines.first?.hasPrefix("flowchart") == true || lines.first?.hasPrefix("graph") == true, "Mermaid has no header")
    for line in lines.dropFirst() {
        // One statement a line: no raw line break or unbalanced quote inside a label.
        Fuzz.require(line.filter { $0 == "\"" }.count % 2 == 0, "unbalanced quote in Mermaid line: \(line)")
    }
    return 0
}
