// Fuzz target: the diagram renderer. The graph of the input's documents is drawn by
// Graphviz in-process (layout and SVG), which must succeed and give well-formed XML.
// Kept to small graphs (scripts/fuzz.sh limits the input size): a layout costs milliseconds.
import Foundation
@testable import CiteGraph
import CiteGraphRendering

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let docs = Fuzz.documents(Fuzz.bytes(data, size), limit: 3)
    guard !docs.isEmpty else { return 0 }
    let extracted = docs.map { CitationExtractor().extract($0) }
    let graph = CitationGraph(documents: extracted)
    guard graph.nodes.count <= 60 else { return 0 }
    let dot = DOTWriter().write(graph.subgraph(nodes: Array(graph.nodes.indices)))
    do {
        let svg = try GraphvizRenderer().render(dot: dot, format: .svg)
        Fuzz.require(Fuzz.wellFormedXML(String(decoding: svg.data, as: UTF8.self)), "the SVG is not well-formed XML")
    } catch {
        Fuzz.require(false, "Graphviz could not draw the DOT: \(error)\n\(dot)")
    }
    return 0
}
