import CiteGraph
import Foundation
import Testing

/// A document read from a file that states no UN symbol is named by its path; no writer
/// may link it to undocs.org, which could only answer "not found". Its cited documents,
/// which have symbols, keep their links.
@Suite("Document links")
struct DocumentLinkTests {
    static let graph: CitationGraph = {
        let doc = CitationExtractor().extract(DocumentText(source: "notes/draft.txt",
                                                           text: "Recalling its resolution 56/183,\n", format: .plainText))
        return CitationGraph(documents: [doc])
    }()
    static var all: CitationSubgraph { graph.subgraph(nodes: Array(graph.nodes.indices)) }

    @Test func theFileWithNoSymbolHasNoLinkAndTheCitedOneHasIts() throws {
        let outputs = [
            DOTWriter().write(Self.all), GraphMLWriter().write(Self.all), try GraphJSONWriter().write(Self.all),
            MermaidWriter().write(Self.all), Neo4jCSVWriter().write(Self.all).nodes,
        ]
        for out in outputs {
            #expect(!out.contains("undocs.org/notes"), "\(out)")
            #expect(out.contains("https://undocs.org/A/RES/56/183"), "\(out)")
        }
        let draft = try #require(Self.graph.node(named: "notes/draft.txt"))
        #expect(!Self.graph.nodes[draft].hasSymbol)
        let node = try #require(Self.all.nodes.first { $0.symbol == "notes/draft.txt" })
        #expect(!node.hasSymbol && DiagramStyle.documentURL(of: node) == nil)
    }

    @Test func theTableShowsABreakInAFileNameEscaped() {
        let doc = CitationExtractor().extract(DocumentText(source: "a\nb\rc.txt", text: "resolution 56/183\n", format: .plainText))
        let table = ExtractionTable.render([doc])
        #expect(table.hasPrefix("a\\nb\\rc.txt: "), "\(table)")
        #expect(!table.contains("a\n"))
    }
}
