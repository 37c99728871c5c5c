import CiteGraph
import CiteGraphTestSupport
import Foundation
import Testing

@testable import CiteGraphIndex

/// A fresh directory holding a corpus and its index files, removed after the test.
final class Workspace {
    let root: URL
    var corpus: URL { root.appendingPathComponent("corpus") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func index(_ name: String) -> CorpusIndex { CorpusIndex(path: root.appendingPathComponent(name).path) }

    /// Indexes the corpus afresh into `name` and returns the index.
    @discardableResult
    func freshIndex(_ name: String, workers: Int = 2) throws -> CorpusIndex {
        let index = self.index(name)
        try index.update([corpus.path], options: .init(workers: workers))
        return index
    }
}

@Suite("Index: incremental updates give a fresh build's database")
struct IncrementalIndexTests {
    @Test func secondRunOverSameFilesReadsNothingAndChangesNothing() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<120, to: w.corpus)
        let index = w.index("a.sqlite")
        let first = try index.update([w.corpus.path])
        #expect(first.added == 120 && first.documents == 120)
        let before = try index.contents()
        let second = try index.update([w.corpus.path])
        #expect(second.added == 0 && second.updated == 0 && second.removed == 0 && second.unchanged == 120)
        #expect(try index.contents() == before)
    }

    @Test func editsAdditionsRemovalsAndTouchesEqualAFreshBuild() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<150, to: w.corpus)
        let incremental = w.index("incremental.sqlite")
        try incremental.update([w.corpus.path])

        // Edit one text (it now cites something else), remove two, add three, touch one.
        let fm = FileManager.default
        try SyntheticCorpus.text(100, seed: 99).write(to: SyntheticCorpus.url(100, in: w.corpus), atomically: false, encoding: .utf8)
        try fm.removeItem(at: SyntheticCorpus.url(41, in: w.corpus))
        try fm.removeItem(at: SyntheticCorpus.url(7, in: w.corpus))
        try SyntheticCorpus.write(150..<153, to: w.corpus)
        let touched = SyntheticCorpus.url(60, in: w.corpus)
        try fm.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: touched.path)

        let summary = try incremental.update([w.corpus.path])
        #expect(summary.added == 3)
        #expect(summary.updated == 1)
        #expect(summary.removed == 2)
        #expect(summary.unchanged == 147)
        let fresh = try w.freshIndex("fresh.sqlite")
        #expect(try incremental.contents() == fresh.contents())
        #expect(try incremental.integrityCheck() == "ok")
    }

    @Test func rebuildStartsOver() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<50, to: w.corpus)
        let index = w.index("a.sqlite")
        try index.update([w.corpus.path])
        let summary = try index.update([w.corpus.path], options: .init(rebuild: true))
        #expect(summary.added == 50 && summary.unchanged == 0)
        #expect(try index.contents() == w.freshIndex("fresh.sqlite").contents())
    }

    @Test func aDirectoryLeftOutOfALaterRunKeepsItsDocuments() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<80, to: w.corpus)
        let index = w.index("a.sqlite")
        try index.update([w.corpus.path])
        // Indexing one subdirectory again does not remove the others' documents.
        let summary = try index.update([w.corpus.appendingPathComponent("s031").path])
        #expect(summary.removed == 0 && summary.documents == 80)
    }

    @Test func aFileThatBecomesUnreadableLeavesTheIndex() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<10, to: w.corpus)
        let index = w.index("a.sqlite")
        try index.update([w.corpus.path])
        try Data([0, 1, 2, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0]).write(to: SyntheticCorpus.url(3, in: w.corpus))
        var failures: [ReadError] = []
        let summary = try index.update([w.corpus.path]) { if case .failure(let e) = $0 { failures.append(e) } }
        #expect(failures.count == 1)
        #expect(summary.removed == 1 && summary.documents == 9)
    }
}

@Suite("Index: unmatched citations resolve when their document arrives")
struct CitationLifecycleTests {
    @Test func unmatchedThenResolvedThenUnmatchedAgain() throws {
        let w = try Workspace()
        // Resolution 33/1 cites 32/1 (the previous session's), which is not indexed yet.
        try SyntheticCorpus.write(80..<81, to: w.corpus)
        let index = w.index("a.sqlite")
        let first = try index.update([w.corpus.path])
        #expect(first.unmatched == first.citations && first.citations >= 1)
        #expect(first.changes.isEmpty)

        try SyntheticCorpus.write(40..<41, to: w.corpus)
        let second = try index.update([w.corpus.path])
        let resolved = try #require(second.changes.first { $0.target == "A/RES/32/1" })
        #expect(resolved.nowResolves && resolved.citations == 1)
        #expect(resolved.document?.hasSuffix("A_RES_32_1.txt") == true)
        #expect(second.unmatched == second.citations - 1)

        try FileManager.default.removeItem(at: SyntheticCorpus.url(40, in: w.corpus))
        let third = try index.update([w.corpus.path])
        let unmatched = try #require(third.changes.first { $0.target == "A/RES/32/1" })
        #expect(!unmatched.nowResolves && unmatched.citations == 1)
    }

    /// The last transaction resolves the cited keys a chunk at a time; chunks of 1 and 7
    /// keys (hundreds of statements here) must give the database one statement gives,
    /// on a fresh build and on each incremental run after it.
    @Test(arguments: [1, 7], [CitationResolution.Order.byKeys, .byRows])
    func resolvingInSmallChunksGivesTheSameDatabase(chunk: Int, order: CitationResolution.Order) throws {
        let w = try Workspace()
        try SyntheticCorpus.write(40..<160, to: w.corpus)
        let small = w.index("small.sqlite"), whole = w.index("whole.sqlite")
        var smallOptions = CorpusIndex.Options(workers: 1)
        smallOptions.resolutionChunk = chunk
        smallOptions.resolutionOrder = order
        var wholeOptions = CorpusIndex.Options(workers: 1)
        wholeOptions.resolutionChunk = 1_000_000
        for step in 0..<3 {
            if step == 1 { try SyntheticCorpus.write(0..<40, to: w.corpus) }
            if step == 2 { try FileManager.default.removeItem(at: SyntheticCorpus.url(50, in: w.corpus)) }
            let a = try small.update([w.corpus.path], options: smallOptions)
            let b = try whole.update([w.corpus.path], options: wholeOptions)
            #expect(a.changes == b.changes && a.unmatched == b.unmatched, "step \(step)")
            #expect(try small.contents() == whole.contents(), "step \(step)")
        }
        #expect(try small.contents().contains("A_RES_32_1.txt"))
    }

    /// A first build writes its rows without the secondary indexes and creates them at its
    /// end; killed before that end, it leaves them missing, and the next run (an incremental
    /// one, since documents are stored) puts them back before it writes.
    @Test func aFirstBuildCreatesItsIndexesAtTheEndAndAKilledOneGetsThemBack() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<60, to: w.corpus)
        let path = w.root.appendingPathComponent("killed.sqlite").path
        func indexes(_ db: SQLiteDatabase) throws -> Set<String> {
            let s = try db.statement("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
            var names: Set<String> = []
            while try s.step() { names.insert(s.text(0) ?? "") }
            return names
        }
        let secondary = Set(IndexSchema.secondaryIndexes.map(\.name))
        do {
            let connection = try IndexConnection.open(path, readOnly: false)
            defer { connection.database.close() }
            #expect(try indexes(connection.database).isSuperset(of: secondary), "a new index file has them all")
            var writer = IndexWriter(db: connection.database, batchSize: 1)
            try writer.prepareTables()
            #expect(try indexes(connection.database).isDisjoint(with: secondary))
            // Half the corpus written, one committed batch each, and no last transaction.
            for i in 0..<30 {
                let url = SyntheticCorpus.url(i, in: w.corpus)
                let text = try CorpusReader().read(url)
                let document = CitationExtractor().extract(text)
                let file = FoundFile(path: url.path, absolutePath: url.standardizedFileURL.path, size: text.text.utf8.count, mtime: 0)
                try writer.write(document, keys: DocumentKeys(document), format: text.format, file: file,
                                 hash: ContentHash.of(text.text), replacing: nil)
            }
            #expect(try indexes(connection.database).isDisjoint(with: secondary))
        }
        // A binary file is reported while the run writes: the indexes must be there by then.
        try Data([0, 1, 2, 0, 0xFF]).write(to: w.corpus.appendingPathComponent("zz-binary.txt"))
        let resumed = CorpusIndex(path: path)
        var duringTheRun: Set<String>?
        try resumed.update([w.corpus.path], options: .init(workers: 1)) { event in
            guard case .failure = event, let db = try? SQLiteDatabase(path: path, readOnly: true, create: false) else { return }
            defer { db.close() }
            duringTheRun = try? indexes(db)
        }
        #expect(duringTheRun.map { $0.isSuperset(of: secondary) } == true, "\(String(describing: duringTheRun))")
        let db = try SQLiteDatabase(path: path, readOnly: true, create: false)
        defer { db.close() }
        #expect(try indexes(db).isSuperset(of: secondary))
        #expect(try resumed.contents() == w.freshIndex("fresh.sqlite").contents())
        #expect(try resumed.integrityCheck() == "ok")
    }

    /// A chunk's update must find its citations without scanning them: a plan that scans
    /// makes resolution quadratic in the corpus (one scan per chunk of 5,000 keys).
    @Test func resolvingAChunkSearchesTheCitationsItChanges() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<20, to: w.corpus)
        let index = w.index("a.sqlite")
        try index.update([w.corpus.path])
        let db = try SQLiteDatabase(path: w.root.appendingPathComponent("a.sqlite").path, readOnly: false, create: false)
        defer { db.close() }
        try db.execute("CREATE TEMP TABLE IF NOT EXISTS resolve_chunk(key TEXT PRIMARY KEY, document INTEGER) WITHOUT ROWID")
        try db.execute("CREATE TEMP TABLE IF NOT EXISTS resolve_keys(key TEXT PRIMARY KEY, document INTEGER) WITHOUT ROWID")
        func plan(_ sql: String) throws -> [String] {
            let plan = try db.statement("EXPLAIN QUERY PLAN " + sql)
            var steps: [String] = []
            while try plan.step() { steps.append(plan.text(3) ?? "") }
            return steps
        }
        let byKeys = try plan(CitationResolution.updateKeyChunk)
        #expect(byKeys.contains { $0.hasPrefix("SEARCH citations USING INDEX citations_target_key (target_key=?)") }, "\(byKeys)")
        #expect(!byKeys.contains { $0.hasPrefix("SCAN citations") }, "\(byKeys)")
        // By rows: the id range, in table order, not the key index.
        let byRows = try plan(CitationResolution.updateRowChunk)
        #expect(byRows.contains { $0.hasPrefix("SEARCH citations USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)") }, "\(byRows)")
        #expect(!byRows.contains { $0.hasPrefix("SCAN citations") || $0.contains("citations_target_key") }, "\(byRows)")
    }

    @Test func theGraphFromTheIndexIsTheGraphFromTheTexts() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<200, to: w.corpus)
        let fromIndex = try w.freshIndex("a.sqlite").loadGraph()
        let fromTexts = CitationGraph(documents: CorpusLoader().documents([w.corpus.path]) { _ in })
        expectSameGraph(fromIndex, fromTexts)
    }

    /// The index warns of the texts that claim one symbol as a query over the texts does:
    /// two copies of a text are a claim, the versions of a resolution in the UN's other
    /// languages are not (they are one document; before, the index warned of each).
    @Test func theIndexWarnsOfTheClaimsTheTextsGive() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<30, to: w.corpus)
        let copy = w.corpus.appendingPathComponent("copies/again.txt")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SyntheticCorpus.url(7, in: w.corpus), to: copy)
        var paths = [w.corpus.path]
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
        if FileManager.default.fileExists(atPath: shared.path) {
            // The same 120 resolutions in French and in Chinese.
            paths += ["fr", "zh"].map { shared.appendingPathComponent("akn-lang/\($0)").path }
        }
        let summary = try w.index("a.sqlite").update(paths)
        var fromTexts: [String] = []
        _ = CorpusLoader().graphInput(paths) { event in
            if case .warning(let warning) = event, warning.contains(" texts claim ") { fromTexts.append(warning) }
        }
        #expect(summary.duplicateClaims.map(\.warning) == fromTexts)
        #expect(summary.duplicateClaims.contains { $0.sources.contains { $0.hasSuffix("copies/again.txt") } })
        #expect(summary.duplicateClaims.allSatisfy { claim in
            Set(claim.sources.map { URL(fileURLWithPath: $0).deletingLastPathComponent().lastPathComponent }).count == 1
                || claim.sources.contains { $0.hasSuffix("copies/again.txt") }
        }, "a claim across language folders")
    }

    @Test(arguments: ["corpus/unsc", "corpus"])
    func theReferenceCorpusGraphFromTheIndexIsTheGraphFromTheTexts(_ sub: String) throws {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/\(sub)")
        guard FileManager.default.fileExists(atPath: shared.path) else { return }
        let w = try Workspace()
        let index = w.index("a.sqlite")
        try index.update([shared.path])
        let fromTexts = CitationGraph(documents: CorpusLoader().documents([shared.path]) { _ in })
        expectSameGraph(try index.loadGraph(), fromTexts)
    }

    @Test func theDatabaseAloneAnswersAndTheMappedCopyComesBack() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<120, to: w.corpus)
        let index = try w.freshIndex("a.sqlite")
        let mapped = SnapshotStore.mappedPath(index.path)
        #expect(FileManager.default.fileExists(atPath: mapped))
        let fromTexts = CitationGraph(documents: CorpusLoader().documents([w.corpus.path]) { _ in })
        try FileManager.default.removeItem(atPath: mapped)
        expectSameGraph(try index.loadGraph(), fromTexts)
        // A run with nothing to do writes the mapped copy again.
        try index.update([w.corpus.path])
        #expect(FileManager.default.fileExists(atPath: mapped))
        expectSameGraph(try index.loadGraph(), fromTexts)
    }

    @Test func textsGivenInMemoryIndexAsTheirFilesDo() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<150, to: w.corpus)
        let fromFiles = try w.freshIndex("a.sqlite").loadGraph()
        let b = w.index("b.sqlite")
        let texts = (0..<150).map {
            DocumentText(source: SyntheticCorpus.url($0, in: w.corpus).path, text: SyntheticCorpus.text($0), format: .plainText)
        }
        let summary = try b.add(texts: texts, batchSize: 40)
        #expect(summary.added == 150 && summary.documents == 150)
        expectSameGraph(try b.loadGraph(), fromFiles)
        // Given again, they replace themselves.
        #expect(try b.add(texts: texts.prefix(10)).updated == 10)
        expectSameGraph(try b.loadGraph(), fromFiles)
    }

    @Test func aMappedCopyOfAnotherSnapshotIsIgnored() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<80, to: w.corpus)
        let a = try w.freshIndex("a.sqlite")
        let fromTexts = CitationGraph(documents: CorpusLoader().documents([w.corpus.path]) { _ in })
        try SyntheticCorpus.write(80..<100, to: w.corpus)
        let b = try w.freshIndex("b.sqlite")
        // As a run killed between writing the mapped file and committing would leave it.
        let mapped = SnapshotStore.mappedPath(a.path)
        try FileManager.default.removeItem(atPath: mapped)
        try FileManager.default.copyItem(atPath: SnapshotStore.mappedPath(b.path), toPath: mapped)
        expectSameGraph(try a.loadGraph(), fromTexts)
        #expect(try b.loadGraph().nodeCount != fromTexts.nodeCount)
    }

    func expectSameGraph(_ a: CitationGraph, _ b: CitationGraph) {
        #expect(Array(a.nodes) == Array(b.nodes))
        #expect(a.adjacency == b.adjacency)
        #expect(a.occurrenceCount == b.occurrenceCount)
        #expect(a.edgeCount == b.edgeCount
                && (0..<a.edgeCount).allSatisfy { Array(a.occurrences(ofEdge: $0)) == Array(b.occurrences(ofEdge: $0)) })
        #expect(a.index == b.index)
        // Lookups through the sorted table find what the dictionary finds, and nothing else.
        for (key, node) in b.index.sortedEntries() { #expect(a.index[key] == node) }
        #expect(a.index["NO/SUCH/KEY"] == nil && a.index[""] == nil)
    }
}

@Suite("Index: parallel extraction gives the one-thread result")
struct ParallelIndexTests {
    @Test func everyWorkerCountGivesTheSameDatabase() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<400, to: w.corpus)
        let one = try w.freshIndex("w1.sqlite", workers: 1).contents()
        for workers in [2, 3, 8] {
            #expect(try w.freshIndex("w\(workers).sqlite", workers: workers).contents() == one, "\(workers) workers")
        }
    }

    @Test func resultsReachTheWriterInFileOrder() throws {
        let w = try Workspace()
        // 101 files in batches of 1 to 7 (the last one short), on 4 workers.
        try SyntheticCorpus.write(0..<101, to: w.corpus)
        let files = CorpusReader().files(in: [w.corpus.path]).compactMap { try? $0.get() }
        let pool = ParallelExtraction(reader: CorpusReader(), extractor: CitationExtractor(), workers: 4)
        var order: [Int] = []
        var sources: [String] = []
        try pool.run(files.map { ExtractionJob(path: $0.path, knownHash: nil) }) { i, outcome in
            order.append(i)
            if case .document(let d, _, _, _, _) = outcome { sources.append(d.source) }
        }
        #expect(order == Array(0..<101))
        #expect(sources == files.map(\.relativePath))
    }

    /// Items go to workers in batches: one each at first, so that every worker starts at
    /// once and a small corpus is shared out, then one more per round of batches up to 32.
    @Test(arguments: [(0, 2, 1), (1, 2, 1), (2, 2, 2), (3, 2, 2), (61, 2, 31), (62, 2, 32), (10_000, 2, 32),
                      (0, 64, 1), (63, 64, 1), (64, 64, 2), (5, 1, 6)])
    func batchLimit(batch: Int, workers: Int, expected: Int) {
        #expect(ParallelExtraction.Batcher<EmptyCollection<Int>.Iterator>.limit(batch, workers: workers) == expected)
    }

    /// Batches are consecutive runs that cover every item once, each within its limit and
    /// within `batchBytes` unless it is one larger file; a batch ends early only when the next
    /// item would not have fitted in its bytes, and that item starts the next batch.
    @Test(arguments: 0..<50)
    func batchesCoverTheItemsInOrderWithinTheirBounds(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let count = Int(random.next() % 2_000)
        let sizes = (0..<count).map { _ in
            random.next() % 10 == 0 ? Int(random.next() % 3_000_000) : Int(random.next() % 40_000)
        }
        let workers = 1 + Int(random.next() % 4)
        var batcher = ParallelExtraction.Batcher(items: Array(0..<count).makeIterator(), workers: workers) { sizes[$0] }
        var batches: [[Int]] = []
        while let batch = batcher.next() { batches.append(batch) }
        #expect(batches.flatMap { $0 } == Array(0..<count))
        for (b, batch) in batches.enumerated() {
            let most = ParallelExtraction.Batcher<Array<Int>.Iterator>.limit(b, workers: workers)
            #expect(!batch.isEmpty && batch.count <= most)
            let bytes = batch.map { sizes[$0] }.reduce(0, +)
            #expect(batch.count == 1 || bytes <= ParallelExtraction.batchBytes)
            if b + 1 < batches.count && batch.count < most {
                #expect(bytes + sizes[batches[b + 1][0]] > ParallelExtraction.batchBytes)
            }
        }
    }

    @Test func aWriterErrorStopsThePool() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<60, to: w.corpus)
        let files = CorpusReader().files(in: [w.corpus.path]).compactMap { try? $0.get() }
        struct Stop: Error {}
        let pool = ParallelExtraction(reader: CorpusReader(), extractor: CitationExtractor(), workers: 2)
        var taken = 0
        #expect(throws: Stop.self) {
            try pool.run(files.map { ExtractionJob(path: $0.path, knownHash: nil) }) { i, _ in
                taken += 1
                if i == 5 { throw Stop() }
            }
        }
        #expect(taken == 6)
    }
}

@Suite("Index: bad database files are one clear error")
struct IndexFileErrorTests {
    @Test func aFileThatIsNotSQLite() throws {
        let w = try Workspace()
        let path = w.root.appendingPathComponent("notes.sqlite")
        try Data("these are my notes, not a database\n".utf8).write(to: path)
        let index = CorpusIndex(path: path.path)
        #expect(throws: IndexError.notAnIndex(path: path.path, reason: "not an SQLite database")) { try index.loadGraph() }
        // Updating it must refuse too, and leave the file as it was.
        #expect(throws: IndexError.self) { try index.update([w.root.path]) }
        #expect(try String(contentsOf: path, encoding: .utf8) == "these are my notes, not a database\n")
    }

    @Test func anotherApplicationsDatabase() throws {
        let w = try Workspace()
        let path = w.root.appendingPathComponent("other.sqlite").path
        let db = try SQLiteDatabase(path: path, readOnly: false, create: true)
        try db.execute("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers(name) VALUES ('x')")
        db.close()
        let error = #expect(throws: IndexError.self) { try CorpusIndex(path: path).loadGraph() }
        guard case .notAnIndex = error else { Issue.record("expected notAnIndex, got \(String(describing: error))"); return }
        #expect(throws: IndexError.self) { try CorpusIndex(path: path).update([w.root.path]) }
        // Not converted to WAL or changed in any way.
        let again = try SQLiteDatabase(path: path, readOnly: true, create: false)
        #expect(try again.scalar("PRAGMA journal_mode")?.string == "delete")
        #expect(try again.scalar("SELECT count(*) FROM customers")?.int == 1)
    }

    @Test func aMissingIndexAndADirectory() throws {
        let w = try Workspace()
        let missing = w.root.appendingPathComponent("none.sqlite").path
        #expect(throws: IndexError.missing(path: missing)) { try CorpusIndex(path: missing).loadGraph() }
        #expect(!FileManager.default.fileExists(atPath: missing), "a query must not create the file")
        #expect(throws: IndexError.self) { try CorpusIndex(path: w.root.path).loadGraph() }
    }

    @Test func aDamagedIndex() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<300, to: w.corpus)
        let index = try w.freshIndex("a.sqlite")
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: index.path)))
        // Overwrite every page but the header page with noise.
        var rng = SplitMix64(seed: 5)
        for i in 4096..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: rng.next()) }
        try Data(bytes).write(to: URL(fileURLWithPath: index.path))
        let error = #expect(throws: IndexError.self) { try index.loadGraph() }
        #expect(error?.errorDescription?.contains(index.path) == true)
        // Truncated to half.
        let half = try w.freshIndex("b.sqlite")
        let data = try Data(contentsOf: URL(fileURLWithPath: half.path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: half.path))
        #expect(throws: IndexError.self) { try half.loadGraph() }
    }

    @Test func aReadOnlyIndexAnswers() throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<50, to: w.corpus)
        let index = try w.freshIndex("a.sqlite")
        let fm = FileManager.default
        let before = try Data(contentsOf: URL(fileURLWithPath: index.path))
        try fm.setAttributes([.posixPermissions: 0o444], ofItemAtPath: index.path)
        try fm.setAttributes([.posixPermissions: 0o555], ofItemAtPath: w.root.path)
        defer { try? fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: w.root.path) }
        #expect(try index.loadGraph().nodeCount == 50)
        #expect(try Data(contentsOf: URL(fileURLWithPath: index.path)) == before)
        #expect(!fm.fileExists(atPath: index.path + "-wal"), "a finished index is one file")
    }
}

@Suite("Index: snapshot packing")
struct GraphSnapshotTests {
    /// With workers, the last transaction packs the graph on a second connection, from the rows
    /// the batches committed, while this one resolves the citations and builds the indexes: the
    /// snapshot must be what the finished rows give, after a first build (a companion README
    /// that is no document, a file that cannot be read, and where ../shared is present every
    /// format and language of the reference corpora) and after an update that edits, adds and
    /// removes texts.
    @Test(arguments: [1, 2])
    func theSnapshotIsWhatTheFinishedRowsGive(workers: Int) throws {
        let w = try Workspace()
        try SyntheticCorpus.write(0..<80, to: w.corpus)
        try "# About these texts\n\nThey recall resolution 1373 (2001).\n".write(
            to: w.corpus.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 0, 0xFF]).write(to: w.corpus.appendingPathComponent("zz-binary.txt"))
        var paths = [w.corpus.path]
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
        if FileManager.default.fileExists(atPath: shared.path) { paths.append(shared.path) }
        let index = w.index("a.sqlite")
        func expectTheRowsSnapshot() throws {
            let connection = try IndexConnection.open(index.path, readOnly: true)
            defer { connection.database.close() }
            let fromRows = SnapshotStore.packed(try SnapshotStore.storedInput(connection.database))
            let stored = try Data(contentsOf: URL(fileURLWithPath: SnapshotStore.mappedPath(index.path)))
            #expect(Array(stored) == fromRows)
            #expect(try connection.database.scalar("SELECT count(*) FROM pending_keys")?.int == 0)
        }
        let first = try index.update(paths, options: .init(workers: workers))
        #expect(first.failed >= 1 && first.documents > 80)
        try expectTheRowsSnapshot()
        try SyntheticCorpus.text(90).write(to: SyntheticCorpus.url(3, in: w.corpus), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: SyntheticCorpus.url(5, in: w.corpus))
        try SyntheticCorpus.write(80..<84, to: w.corpus)
        let second = try index.update(paths, options: .init(workers: workers))
        #expect(second.added == 4 && second.updated == 1 && second.removed == 1)
        try expectTheRowsSnapshot()
    }

    /// Texts are bound by their length: one holding U+0000 is stored whole, not cut there.
    @Test func aTextHoldingANulIsStoredWhole() throws {
        let w = try Workspace()
        let db = try SQLiteDatabase(path: w.root.appendingPathComponent("t.sqlite").path, readOnly: false, create: true)
        defer { db.close() }
        try db.execute("CREATE TABLE t(v TEXT)")
        let text = "A/RES/67/195\u{0}and é after"
        try db.run("INSERT INTO t(v) VALUES (?)", .text(text))
        #expect(try db.scalar("SELECT v FROM t")?.string == text)
        #expect(try db.scalar("SELECT length(CAST(v AS BLOB)) FROM t")?.int == text.utf8.count)
    }
    @Test func packedStringsAndNumbersRoundTrip() throws {
        var w = ByteWriter()
        let values: [Int?] = [nil, 0, 1, -1, 127, 128, -300, Int(Int32.max), Int(Int32.min)]
        for v in values { w.optionalInt(v) }
        w.optional(nil)
        w.optional("")
        w.string("A/RES/67/195 — é")
        var r = ByteReader(w.bytes, part: "test")
        for v in values { #expect(try r.optionalInt() == v) }
        #expect(try r.optional() == nil)
        #expect(try r.optional() == "")
        #expect(try r.string() == "A/RES/67/195 — é")
        #expect(throws: GraphSnapshot.DecodingFailure.self) { try r.varint() }
    }

    @Test func truncatedOrDamagedSnapshotsAreDecodingFailuresNotCrashes() throws {
        let graph = CitationGraph(documents: (0..<60).map { i in
            CorpusLoader().extractor.extract(DocumentText(source: "d\(i).txt", text: SyntheticCorpus.text(i), format: .plainText))
        })
        let bytes = GraphSnapshot.encode(graph)
        let decoded = try GraphSnapshot.decode(.copy(bytes))
        #expect(Array(decoded.nodes) == Array(graph.nodes))
        #expect(decoded.adjacency == graph.adjacency)
        #expect(decoded.index == graph.index)
        for cut in [1, 7, bytes.count / 2, bytes.count - 8] {
            #expect(throws: GraphSnapshot.DecodingFailure.self) { try GraphSnapshot.decode(.copy(Array(bytes.prefix(cut)))) }
        }
        // A cited node out of range, or a row that is not time-ordered in a graph said to be.
        #expect(graph.adjacency.isTimeOrdered && graph.edgeCount > 0)
        // The last cited node of the last row that cites.
        let targets = Int(UInt64(littleEndian: bytes.withUnsafeBytes {
            $0.loadUnaligned(fromByteOffset: 64 + 16 * GraphSnapshot.Section.forwardTargets.rawValue, as: UInt64.self)
        })) + 4 * (graph.edgeCount - 1)
        for bad: Int32 in [Int32(graph.nodeCount), -1, Int32(graph.nodeCount - 1)] {
            var broken = bytes
            withUnsafeBytes(of: bad.littleEndian) { broken.replaceSubrange(targets..<targets + 4, with: $0) }
            #expect(throws: GraphSnapshot.DecodingFailure.self) { try GraphSnapshot.decode(.copy(broken)) }
        }
        var foreign = bytes
        foreign[0] = UInt8(ascii: "X")
        #expect(throws: GraphSnapshot.DecodingFailure.self) { try GraphSnapshot.decode(.copy(foreign)) }
    }

    static func sampleGraph(_ count: Int = 80) -> CitationGraph {
        CitationGraph(documents: (0..<count).map { i in
            CorpusLoader().extractor.extract(DocumentText(source: "d\(i).txt", text: SyntheticCorpus.text(i), format: .plainText))
        })
    }

    /// The byte offset of a section in a packed snapshot (the header's table).
    static func sectionOffset(_ bytes: [UInt8], _ section: GraphSnapshot.Section) -> Int {
        Int(UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 64 + 16 * section.rawValue, as: UInt64.self) }))
    }

    @Test func rowsReadInPlaceAnswerAsRowsCheckedWholeAndAsTheBuiltGraph() throws {
        let graph = Self.sampleGraph()
        let bytes = GraphSnapshot.encode(graph)
        let inPlace = try GraphSnapshot.decode(.copy(bytes), checking: .asRead)
        let whole = try GraphSnapshot.decode(.copy(bytes), checking: .whole)
        #expect(!inPlace.adjacency.isVerified && whole.adjacency.isVerified && graph.adjacency.isVerified)
        #expect(inPlace.adjacency.forwardTargets.isBorrowed && !graph.adjacency.forwardTargets.isBorrowed)
        #expect(inPlace.adjacency == graph.adjacency && whole.adjacency == graph.adjacency)
        #expect(Array(inPlace.adjacency.reverseSources) == Array(graph.adjacency.reverseSources))
        let n = graph.nodeCount
        #expect(n == 80 && graph.edgeCount > 40, "\(graph.edgeCount) edges")
        for v in 0..<n {
            for direction in [WalkDirection.cited, .citing] {
                let built = graph.adjacency.reach(from: v, direction: direction)
                #expect(inPlace.adjacency.reach(from: v, direction: direction) == built)
                #expect(whole.adjacency.reach(from: v, direction: direction) == built)
                #expect(inPlace.adjacency.reach(from: v, direction: direction, maxDepth: 1)
                        == graph.adjacency.reach(from: v, direction: direction, maxDepth: 1))
            }
            #expect(Array(inPlace.adjacency.successors(of: v)) == Array(graph.adjacency.successors(of: v)))
            #expect(Array(inPlace.adjacency.predecessors(of: v)) == Array(graph.adjacency.predecessors(of: v)))
            #expect(inPlace.adjacency.inDegree(of: v) == graph.adjacency.inDegree(of: v))
            #expect(inPlace.adjacency.shortestPath(from: n - 1, to: v) == graph.adjacency.shortestPath(from: n - 1, to: v))
        }
        #expect(inPlace.adjacency.stronglyConnectedComponents() == graph.adjacency.stronglyConnectedComponents())
        #expect(inPlace.pageRank() == graph.pageRank())
        let verified = try inPlace.verified()
        #expect(verified.adjacency.isVerified && verified.adjacency == graph.adjacency)
    }

    @Test func damagedRowsReadInPlaceAreFoundByAWholeCheckWithTheirPlaceNamed() throws {
        let graph = Self.sampleGraph()
        let bytes = GraphSnapshot.encode(graph)
        let targets = Self.sectionOffset(bytes, .forwardTargets)
        let offsets = Self.sectionOffset(bytes, .forwardOffsets)
        func patched(_ at: Int, _ value: Int32) -> [UInt8] {
            var broken = bytes
            withUnsafeBytes(of: value.littleEndian) { broken.replaceSubrange(at..<at + 4, with: $0) }
            return broken
        }
        let last = graph.edgeCount - 1
        let cases: [([UInt8], String)] = [
            (patched(targets + 4 * last, Int32(graph.nodeCount)), "forward_targets[\(last)]"),
            (patched(targets + 4 * last, -1), "forward_targets[\(last)]"),
            // The last row that cites now cites its own node: not time-ordered any more.
            (patched(targets + 4 * last, Int32(graph.nodeCount - 1)), "forward_targets[\(last)]"),
            // An offset that goes back.
            (patched(offsets + 4 * (graph.nodeCount - 1), Int32(graph.edgeCount + 5)), "forward_offsets[\(graph.nodeCount - 1)]"),
        ]
        for (broken, part) in cases {
            // Opening in place checks only sizes and ends: it succeeds, and a whole check names the entry.
            let g = try GraphSnapshot.decode(.copy(broken), checking: .asRead)
            #expect(throws: AdjacencyCSR.Damage(part: part)) { try g.verified() }
            #expect(throws: GraphSnapshot.DecodingFailure.self) { try GraphSnapshot.decode(.copy(broken), checking: .whole) }
        }
        // The ends of the offsets are checked at once, in place too.
        let end = patched(offsets + 4 * graph.nodeCount, Int32(graph.edgeCount - 1))
        #expect(throws: GraphSnapshot.DecodingFailure.self) { try GraphSnapshot.decode(.copy(end), checking: .asRead) }
    }
}
