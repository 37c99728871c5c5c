import Foundation
import Testing
@testable import CiteGraph

/// The graph on real texts: the seed resolution in Samples/, and the shared
/// reference corpus next to the package (../shared/corpus), skipped where absent.
/// These run the real extractor, so they check the whole chain from text to query.
@Suite("Graph on real UN texts")
struct CorpusGraphTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sharedCorpus = packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL
    static let hasSharedCorpus = FileManager.default.fileExists(atPath: sharedCorpus.path)

    static func graph(_ paths: [String]) -> CitationGraph {
        let reader = CorpusReader()
        let documents = reader.readAll(paths).compactMap { try? $0.get() }.map { CitationExtractor().extract($0) }
        return CitationGraph(documents: documents)
    }

    /// The 27 documents A/RES/67/195 cites (the seed's expected targets).
    static let seedTargets: Set<String> = [
        "A/RES/56/183", "A/RES/57/238", "A/RES/57/270 B", "A/RES/59/220", "A/RES/60/252", "A/RES/62/182",
        "A/RES/63/202", "A/RES/64/187", "A/RES/65/141", "A/RES/66/184", "A/RES/60/1", "A/RES/65/1",
        "A/RES/66/288", "E/RES/2006/46", "E/RES/2008/3", "E/RES/2009/7", "E/RES/2010/2", "E/RES/2011/16",
        "E/RES/2012/5", "A/67/434", "A/C.2/59/3", "A/60/687", "A/67/66-E/2012/49",
        "A/67/66/Add.1-E/2012/49/Add.1", "E/2011/27", "A/67/65-E/2012/48", "A/67/65/Corr.1-E/2012/48/Corr.1",
    ]

    @Test("ancestors 67/195 Samples/ gives exactly its 27 cited documents at depth 1")
    func seedAncestors() throws {
        let g = Self.graph([Self.packageRoot.appendingPathComponent("Samples").path])
        let x = try SymbolResolver(graph: g).resolve("67/195")
        #expect(g.nodes[x].symbol == "A/RES/67/195" && g.nodes[x].isRead)
        let hits = g.ancestors(of: x, depth: 1)
        #expect(hits.count == 27)
        #expect(Set(g.symbols(hits.map(\.node))) == Self.seedTargets)
        // Only cited, yet dated by the citing text: "56/183 of 21 December 2001".
        #expect(g.nodes[g.id("A/RES/56/183")].adopted == "2001-12-21")
        #expect(g.nodes[g.id("A/RES/56/183")].isRead == false)
        // A joint document is reached by either half.
        #expect(g.node(named: "E/2012/49") == g.node(named: "A/67/66-E/2012/49"))
    }

    @Test("the Cyprus series: 198 (1964) builds on 186, 187, 192 and 194, and a chain leads to 186",
          .enabled(if: hasSharedCorpus, "../shared/corpus is absent"))
    func cyprus() throws {
        let g = Self.graph([Self.sharedCorpus.path])
        let resolver = SymbolResolver(graph: g)
        let x = try resolver.resolve("198 (1964)")
        let ancestors = Set(g.symbols(g.ancestors(of: x).map(\.node)))
        for n in [186, 187, 192, 194] { #expect(ancestors.contains("S/RES/\(n) (1964)"), "missing \(n) (1964)") }
        let to = try resolver.resolve("186 (1964)")
        let chain = try #require(g.path(from: x, to: to))
        #expect(chain.first == x && chain.last == to)
        for (a, b) in zip(chain, chain.dropFirst()) { #expect(!g.occurrences(citing: a, cited: b).isEmpty) }
        // Resolutions cite older ones: nothing in 1964 cites 198 (1964) back.
        #expect(g.path(from: to, to: x) == nil)
        #expect(g.citationCycles().isEmpty)
    }
}
