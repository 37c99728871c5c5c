import CiteGraph
import CiteGraphRendering
import Foundation
import Testing

/// The DocC tutorial (Sources/CiteGraph/CiteGraph.docc/FromTextsToADiagram.tutorial)
/// runs: its final step's code is below, and a test holds the tutorial's file to it,
/// so the tutorial cannot drift from an API that compiles.
@Suite struct TutorialTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let tutorialCode = root.appendingPathComponent("Sources/CiteGraph/CiteGraph.docc/Resources/diagram-4.swift")

    @Test func theTutorialDrawsTheSample() throws {
        let samples = Self.root.appendingPathComponent("Samples").path + "/"
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-tutorial-\(UUID()).svg")
        defer { try? FileManager.default.removeItem(at: output) }

        // The tutorial's code, with the sample folder and the output file made absolute.
        let loader = CorpusLoader()
        let documents = loader.documents([samples]) { event in
            print("citegraph:", event)
        }
        let graph = CitationGraph(documents: documents)
        let resolution = try SymbolResolver(graph: graph).resolve("67/195")
        print(graph.nodes[resolution].symbol, "cites", graph.ancestors(of: resolution, depth: 1).count, "documents")
        let filter = GraphFilter(relations: [.recalls, .reaffirms])
        let selection = try graph.subgraph(.ancestors(of: resolution, depth: 2), filter: filter)
        let dot = DOTWriter().write(selection)
        let export = try DiagramExporter().export(selection, as: .svg)
        if case .single(let svg) = export.payload {
            try Data(svg).write(to: output)
        }

        #expect(graph.nodes[resolution].symbol == "A/RES/67/195")
        #expect(dot.contains("\"A/RES/67/195\" -> \"A/RES/56/183\""))
        let svg = try String(contentsOf: output, encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("https://undocs.org/A/RES/56/183"))
    }

    /// Every statement of the tutorial's final file, but the two that name
    /// the folder and the output file, is in the test above.
    @Test func theTutorialFileIsTheTestedCode() throws {
        let tutorial = try String(contentsOf: Self.tutorialCode, encoding: .utf8)
        let test = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let testLines = Set(test.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for line in tutorial.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !line.isEmpty && !line.hasPrefix("//") && !line.hasPrefix("import")
            && !line.contains("\"Samples/\"") && !line.contains("ancestors-67-195.svg") {
            #expect(testLines.contains(line), "the tutorial's \"\(line)\" is not in TutorialTests")
        }
    }
}
