// Fuzz target: graph building and every text writer. Each writer's output must parse in its
// consumer's grammar: DOT by Graphviz's own parser (in-process), GraphML as XML, graph and
// extraction JSON by JSONSerialization, Neo4j CSV with the same number of columns on every
// row, Mermaid line by line.
//
// The first byte chooses the writer (so each input pays for one writer and its consumer's
// parser, and the fuzzer still reaches every writer by mutating that byte) and how the
// documents come. They come two ways. Most inputs are read as the fields
// of documents (FuzzFields): any string in a symbol, a title, a target or a citation's text,
// as a report read back from JSON can hold, and which the writers must escape. One in eight
// is up to four texts separated by NUL bytes, extracted as the CLI would. Extracting every
// input first held the rate at about 200 executions per second and gave the writers only
// the strings the extractor writes.
import Foundation
@testable import CiteGraph
import CiteGraphRendering

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    guard let mode = bytes.first else { return 0 }
    let extracted: [ExtractedDocument]
    if mode & 0xE0 == 0 {
        let docs = Fuzz.documents(Array(bytes.dropFirst()))
        extracted = docs.map { Fuzz.checkedExtraction($0.text, format: $0.format, source: $0.source, twice: false) }
    } else {
        var fields = FuzzFields(Array(bytes.dropFirst()))
        extracted = fields.documents()
    }
    guard !extracted.isEmpty else { return 0 }
    let graph = CitationGraph(documents: extracted)
    let all = graph.subgraph(nodes: Array(graph.nodes.indices))
    Fuzz.require(all.nodes.count == graph.nodes.count, "the whole graph's subgraph lost nodes")

    switch mode % 6 {
    case 0: checkReport(extracted, graph)
    case 1: checkDOT(all)
    case 2: Fuzz.require(Fuzz.wellFormedXML(GraphMLWriter().write(all)), "GraphML is not well-formed XML")
    case 3: checkGraphJSON(all)
    case 4: checkNeo4j(all, nodes: graph.nodeCount)
    default: checkMermaid(all)
    }
    return 0
}

/// The extraction JSON parses, and reads back (what `citegraph graph REPORT.json` does) into the same graph.
func checkReport(_ extracted: [ExtractedDocument], _ graph: CitationGraph) {
    let json = ExtractionJSONWriter.encode(ExtractionReport(documents: extracted))
    // A report that reads back is JSON that parses: the second parser runs only to say which failed.
    guard let back = try? JSONDecoder().decode(ExtractionReport.self, from: Data(json)) else {
        let parses = (try? JSONSerialization.jsonObject(with: Data(json))) != nil
        return Fuzz.require(false, parses ? "the extraction JSON does not read back as a report" : "extraction JSON does not parse")
    }
    let again = CitationGraph(documents: back.documents)
    Fuzz.require(again.nodeCount == graph.nodeCount && again.edgeCount == graph.edgeCount
                 && (0..<graph.nodeCount).allSatisfy { again.nodes[$0].symbol == graph.nodes[$0].symbol },
                 "the report read back gives another graph")
}

/// Graphviz's own parser reads the DOT.
func checkDOT(_ all: CitationSubgraph) {
    let dot = DOTWriter().write(all)
    do { try GraphvizRenderer().validate(dot: dot) } catch { Fuzz.require(false, "Graphviz rejects the DOT: \(error)\n\(dot)") }
}

func checkGraphJSON(_ all: CitationSubgraph) {
    guard let graphJSON = try? GraphJSONWriter().write(all) else { return Fuzz.require(false, "the graph JSON writer failed") }
    Fuzz.require((try? JSONSerialization.jsonObject(with: Data(graphJSON.utf8))) != nil, "graph JSON does not parse")
}

/// Both CSV files parse, with one column count each and one row per node.
func checkNeo4j(_ all: CitationSubgraph, nodes: Int) {
    let csv = Neo4jCSVWriter().write(all)
    for (name, file) in [("nodes", csv.nodes), ("edges", csv.edges)] {
        guard let rows = Fuzz.csvRows(file) else { Fuzz.require(false, "\(name).csv does not parse"); continue }
        Fuzz.require(rows.count >= 1, "\(name).csv has no header")
        Fuzz.require(rows.allSatisfy { $0.count == rows[0].count }, "\(name).csv rows differ in columns")
        if name == "nodes" { Fuzz.require(rows.count == nodes + 1, "nodes.csv does not have one row per node") }
    }
}

/// One statement a line: no raw line break or unbalanced quote inside a label. Quotes are counted
/// as Unicode scalars, as Mermaid's parser reads them: counted as `Character`s, a quote followed by
/// a combining mark (a label beginning with U+0740) was one grapheme that was no quote, and the
/// check failed on a correct line.
func checkMermaid(_ all: CitationSubgraph) {
    let lines = MermaidWriter().write(all).split(separator: "\n", omittingEmptySubsequences: false)
    Fuzz.require(lines.first?.hasPrefix("flowchart") == true || lines.first?.hasPrefix("graph") == true, "Mermaid has no header")
    for line in lines.dropFirst() {
        Fuzz.require(line.unicodeScalars.filter { $0 == "\"" }.count % 2 == 0, "unbalanced quote in Mermaid line: \(line)")
    }
}
