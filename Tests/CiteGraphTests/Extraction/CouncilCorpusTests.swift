import CiteGraph
import CiteGraphTestSupport
import Foundation
import Testing

/// The Security Council's record (../shared/corpus/unsc, 440 texts of the printed
/// volumes, 1946–1994) measured as `shared/tools/sc_crosscheck.py` measures it, and
/// every reference-like span of the whole shared corpus accounted for. Skipped where
/// ../shared is absent.
@Suite("Whole corpora")
struct CouncilCorpusTests {
    /// Raised as the extractor improves; never lowered.
    static let floorIdentity = 1.0
    static let floorCoverage = 1.0

    static var unsc: URL? { Fixtures.shared?.appendingPathComponent("corpus/unsc") }

    @Test("unsc: own symbol and Council citations, as sc_crosscheck.py counts them",
          .enabled(if: Fixtures.shared != nil, "../shared is absent: the Council corpus is not measured"))
    func councilRecord() throws {
        let dir = try #require(Self.unsc)
        var figures = CouncilCrossCheck.Figures()
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
            let url = dir.appendingPathComponent(name)
            let text = try TextFileReader().read(url)
            let doc = CitationExtractor().extract(text)
            CouncilCrossCheck.check(fileName: name, text: text.text, symbol: doc.symbol, targets: doc.citations.map(\.target),
                                    unresolvedText: doc.unresolved.map(\.text), into: &figures)
        }
        print(String(format: "unsc identity %d/%d (%.3f)", figures.identified, figures.texts, figures.identity))
        print(String(format: "unsc coverage %d/%d (%.3f)", figures.covered, figures.expected, figures.coverage))
        for line in figures.wrongIdentity.prefix(10) { print("unsc wrong identity: \(line)") }
        for line in figures.misses.prefix(10) { print("unsc miss: \(line)") }
        #expect(figures.texts >= 400)
        #expect(figures.identity >= Self.floorIdentity)
        #expect(figures.coverage >= Self.floorCoverage)
    }

    /// Every span that looks like a reference ends as a citation, an unresolved
    /// reference or a rejected candidate: "NNN (YYYY)" of a year the Council adopted NNN
    /// in, a number with a slash after "resolution(s)/decision(s)", a symbol of the
    /// GA, ECOSOC or SC series ("A/67/66", "S/2020/12"). The document's own symbol is
    /// accounted for by its identity.
    @Test("no candidate in ../shared/corpus is unaccounted for",
          .enabled(if: Fixtures.shared != nil, "../shared is absent: candidates are not accounted"))
    func everyCandidateAccounted() throws {
        let corpus = try #require(Fixtures.shared).appendingPathComponent("corpus")
        let files = try Self.texts(under: corpus)
        var candidates = 0
        var lost: [String] = []
        for url in files {
            let text = try TextFileReader().read(url)
            let doc = CitationExtractor().extract(text)
            let spans = doc.citations.map(\.range) + doc.unresolved.compactMap(\.range) + doc.rejected.map(\.range)
            for c in CandidateOracle.candidates(in: text.text, ownSymbol: doc.symbol) {
                candidates += 1
                if !spans.contains(where: { $0.start <= c.offset && c.offset < $0.end }) {
                    lost.append("\(url.lastPathComponent) @\(c.offset): \(c.text)")
                }
            }
        }
        print("accounting: \(candidates) candidates in \(files.count) texts, \(lost.count) unaccounted")
        for line in lost.prefix(25) { print("unaccounted: \(line)") }
        #expect(candidates > 1000)
        #expect(lost.isEmpty)
    }

    static func texts(under dir: URL) throws -> [URL] {
        let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
        var out: [URL] = []
        while let url = walker?.nextObject() as? URL {
            if url.pathExtension == "txt" { out.append(url) }
        }
        return out.sorted { $0.path < $1.path }
    }
}
