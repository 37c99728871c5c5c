// Fuzz target: the diagram renderer. The graph of the input's documents is drawn by
// Graphviz in-process (layout and SVG), which must succeed and give well-formed XML.
//
// As in the writers target, most inputs are read as documents' fields (FuzzFields: any
// string in a symbol, a title, a citation), and one in eight as texts to extract (the first
// byte chooses). Graphs are kept small (8 nodes at most): a layout costs milliseconds, and
// the labels, not the size, are what can break the DOT or the SVG.
import Foundation
@testable import CiteGraph
import CiteGraphRendering

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    guard let mode = bytes.first else { return 0 }
    let extracted: [ExtractedDocument]
    if mode & 0xE0 == 0 {
        extracted = Fuzz.documents(Array(bytes.dropFirst()), limit: 3).map { CitationExtractor().extract($0) }
    } else {
        var fields = FuzzFields(Array(bytes.dropFirst()))
        extracted = fields.documents()
    }
    guard !extracted.isEmpty else { return 0 }
    let graph = CitationGraph(documents: extracted)
    guard graph.nodes.count <= 8 else { return 0 }
    let dot = DOTWriter().write(graph.subgraph(nodes: Array(graph.nodes.indices)))
    do {
        let svg = try FuzzTiming.measure { try GraphvizRenderer().render(dot: dot, format: .svg) }
        Fuzz.require(Fuzz.wellFormedXML(String(decoding: svg.data, as: UTF8.self)), "the SVG is not well-formed XML")
    } catch {
        Fuzz.require(false, "Graphviz could not draw the DOT: \(error)\n\(dot)")
    }
    return 0
}
