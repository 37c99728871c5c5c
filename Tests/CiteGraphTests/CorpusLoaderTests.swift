import CiteGraph
import Foundation
import Testing

/// The corpus every graph query reads, from the library: reports taken as
/// they are, texts read and extracted, every problem reported and the rest kept.
@Suite struct CorpusLoaderTests {
    @Test func reportsAndTextsMixAndOneBadInputDoesNotStopTheOthers() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A report of the seed, a directory whose name ends in .json holding the seed's text, a missing file.
        let seed = try Fixtures.extract(file: Fixtures.seed)
        let report = dir.appendingPathComponent("seed.json")
        try Data(ExtractionJSONWriter.encode(ExtractionReport(documents: [seed]))).write(to: report)
        let folder = dir.appendingPathComponent("texts.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.seed, to: folder.appendingPathComponent("seed.txt"))
        let missing = dir.appendingPathComponent("missing.txt").path

        var events: [CorpusLoader.Event] = []
        let documents = CorpusLoader().documents([folder.path, missing, report.path]) { events.append($0) }

        // The two copies of the seed are one node, and the user is told which files they are.
        #expect(events.count == 2)
        #expect(events.first == .failure(.notFound(path: missing)))
        guard case .warning(let duplicate) = events.last else { Issue.record("no duplicate warning"); return }
        #expect(duplicate.hasPrefix("2 texts claim A/RES/67/195 and are one node of the graph"))
        #expect(documents.map(\.symbol) == ["A/RES/67/195", "A/RES/67/195"], "the report's first, then the text's")
        #expect(documents[0].citations == seed.citations && documents[1].citations == seed.citations)
        #expect(CorpusLoader.isExtractionReport(report.path) && !CorpusLoader.isExtractionReport(folder.path))
    }

    /// The query commands build their graph from `graphInput`, which drops each document
    /// once packed: it must give the graph, the events and the order `documents` gives.
    @Test func streamedInputGivesTheGraphAndEventsOfTheDocuments() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = try Fixtures.extract(file: Fixtures.seed)
        let report = dir.appendingPathComponent("seed.json")
        try Data(ExtractionJSONWriter.encode(ExtractionReport(documents: [seed]))).write(to: report)
        try FileManager.default.copyItem(at: Fixtures.seed, to: dir.appendingPathComponent("copy.txt"))
        try Data("Security Council resolution 242 (1967) recalls resolution 237 (1967).\n".utf8)
            .write(to: dir.appendingPathComponent("S_RES_0242_1967.txt"))
        let paths = [dir.path, report.path, dir.appendingPathComponent("missing.txt").path]

        var fromDocuments: [CorpusLoader.Event] = [], fromInput: [CorpusLoader.Event] = []
        let documents = CorpusLoader().documents(paths) { fromDocuments.append($0) }
        let input = CorpusLoader().graphInput(paths) { fromInput.append($0) }
        #expect(fromInput == fromDocuments && fromInput.count >= 2)
        #expect(input.documentCount == documents.count && input.documentCount == 3, "the report's seed, the copy, 242 (1967)")
        let a = CitationGraph(input), b = CitationGraph(documents: documents)
        #expect(Array(a.nodes) == Array(b.nodes) && a.adjacency == b.adjacency && a.index == b.index)
        #expect(a.occurrenceCount == b.occurrenceCount && a.occurrenceCount >= seed.citations.count)
    }
}
