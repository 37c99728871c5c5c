import CiteGraph
import Foundation

/// A corpus read once and kept in an SQLite file, so that queries answer
/// without reading a text (docs/INDEX.md).
///
/// `update` reads the files named by paths, skipping those whose size and
/// modification time match what is stored, removing documents whose files are
/// gone, and storing the graph as a snapshot that `loadGraph` maps back into
/// `CitationGraph` in milliseconds. Every batch of documents is one
/// transaction and the file is in WAL mode while it is written, so an
/// interrupted run leaves a database that opens and that the next `update`
/// completes to exactly what an uninterrupted run gives.
public struct CorpusIndex: Sendable {
    /// The file `citegraph` uses when no `--db` is given: in the current directory.
    public static let defaultFileName = "citegraph.sqlite"

    /// The database file.
    public let path: String

    /// An index at `path`; nothing is opened until it is used.
    public init(path: String) { self.path = path }

    /// How an update runs; none of these changes what is stored.
    public struct Options: Sendable {
        /// Workers that read and extract in parallel (one writer besides).
        public var workers: Int
        /// Forget what is stored and read every file again.
        public var rebuild: Bool
        /// Documents per transaction.
        public var batchSize: Int
        /// Cited keys resolved per statement in the last transaction; small values let
        /// tests take the many-chunk path on a small corpus.
        var resolutionChunk = CitationResolution.defaultChunkKeys
        /// How the last transaction walks the citations (nil: as the run's share of new
        /// citations says); tests force each.
        var resolutionOrder: CitationResolution.Order?

        /// Options, clamped to at least one worker and one document per batch.
        public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, rebuild: Bool = false,
                    batchSize: Int = 500) {
            self.workers = max(1, workers)
            self.rebuild = rebuild
            self.batchSize = max(1, batchSize)
        }
    }

    /// Builds or brings the index up to date with the files `paths` name.
    ///
    /// - Parameter report: each warning and each unreadable file, as it happens
    ///   (the index goes on with the others).
    @discardableResult
    public func update(_ paths: [String], reader: CorpusReader = CorpusReader(),
                       extractor: CitationExtractor = CitationExtractor(), options: Options = Options(),
                       report: (CorpusLoader.Event) -> Void = { _ in }) throws -> IndexSummary {
        let db = try IndexConnection.open(path, readOnly: false)
        defer { db.closeAfterWriting() }
        var writer = IndexWriter(db: db.database, batchSize: options.batchSize, resolutionChunk: options.resolutionChunk,
                                 resolutionOrder: options.resolutionOrder, backgroundSnapshot: options.workers > 1)
        if options.rebuild { try writer.clearAll() }
        try writer.prepareTables()

        let stored = try writer.storedFiles()
        var summary = IndexSummary()
        let named = Set(paths)
        let pool = ParallelExtraction(reader: reader, extractor: extractor, workers: options.workers)
        func write(_ outcome: ExtractionOutcome, of file: FoundFile) throws {
            switch outcome {
            case .failure(let error):
                report(.failure(error))
                summary.failed += 1
                // A file that can no longer be read is not in the corpus any more.
                if let old = stored[file.absolutePath] {
                    try writer.remove([old.id])
                    summary.removed += 1
                }
            case .sameContent(let hash):
                try writer.touch(stored[file.absolutePath]!.id, size: file.size, mtime: file.mtime, hash: hash)
                summary.unchanged += 1
            case .document(let document, let keys, let format, let hash, let warnings):
                let existing = stored[file.absolutePath]?.id
                // As `CorpusLoader` does: a README found in a folder is not a document of the corpus.
                if !named.contains(document.source), CorpusLoader.isCompanion(document) {
                    report(.skipped(path: document.source))
                    if let existing {
                        try writer.remove([existing])
                        summary.removed += 1
                    }
                    return
                }
                for warning in warnings { report(.warning(warning)) }
                try writer.write(document, keys: keys, format: format, file: file, hash: hash, replacing: existing)
                if existing == nil { summary.added += 1 } else { summary.updated += 1 }
            }
        }

        let walk = IndexWalk(paths: paths, reader: reader).items(stored: stored)
        try pool.run(walk, job: { item in
            guard case .file(let file, let knownHash) = item else { return nil }
            return ExtractionJob(path: file.path, knownHash: knownHash, size: file.size)
        }) { item, outcome in
            switch item {
            case .failure(let error):
                report(.failure(error))
                summary.failed += 1
            case .end(let unchanged, let gone):
                // After the files are written, not before: the walk that finds them gone is the one
                // that feeds the workers.
                summary.unchanged += unchanged
                try writer.remove(gone)
                summary.removed += gone.count
            case .file(let file, _):
                guard let outcome else { return }
                try write(outcome, of: file)
            }
        }
        try writer.finish(&summary)
        return summary
    }

    /// Indexes texts given in memory rather than read from files (a generator, a
    /// pipe): each is extracted and stored under its `source` as its path, which
    /// no later `update` of other paths removes. A text whose source is already
    /// indexed replaces it. Used by `citegraph-bench-index` to build the
    /// million-document index of docs/PERFORMANCE.md without writing the files.
    @discardableResult
    public func add(texts: some Sequence<DocumentText>, extractor: CitationExtractor = CitationExtractor(),
                    batchSize: Int = 500) throws -> IndexSummary {
        let db = try IndexConnection.open(path, readOnly: false)
        defer { db.closeAfterWriting() }
        var writer = IndexWriter(db: db.database, batchSize: max(1, batchSize))
        try writer.prepareTables()
        let stored = try writer.storedFiles()
        var summary = IndexSummary()
        for text in texts {
            let document = extractor.extract(text)
            let file = FoundFile(path: text.source, absolutePath: text.source,
                                 size: text.text.utf8.count, mtime: 0)
            let existing = stored[text.source]?.id
            try writer.write(document, keys: DocumentKeys(document), format: text.format, file: file,
                             hash: ContentHash.of(text.text), replacing: existing)
            if existing == nil { summary.added += 1 } else { summary.updated += 1 }
        }
        try writer.finish(&summary)
        return summary
    }

    /// For benchmarks only: stores `graph` as the snapshot of a new index whose
    /// tables stay empty, so that query latency can be measured on a graph of a
    /// size whose tables this machine cannot write in the time at hand
    /// (`citegraph-bench-index --graph-only`). Not an index a later `update`
    /// should be run on: its tables do not hold what its graph says.
    @_spi(Benchmarks)
    public func storeSnapshotOnly(_ graph: CitationGraph) throws {
        let db = try IndexConnection.open(path, readOnly: false)
        defer { db.closeAfterWriting() }
        try db.database.execute("BEGIN IMMEDIATE")
        do {
            try SnapshotStore.store(graph, in: db.database)
            try db.database.execute("COMMIT")
        } catch {
            try? db.database.execute("ROLLBACK")
            throw error
        }
    }

    /// The graph the last completed `update` stored, read without touching a text.
    public func loadGraph() throws -> CitationGraph {
        let db = try IndexConnection.open(path, readOnly: true)
        return try SnapshotStore.load(db.database)
    }

    /// Whether an update was started and not finished (interrupted, or running now):
    /// queries then answer from the last completed one.
    public func isUpdating() throws -> Bool {
        let db = try IndexConnection.open(path, readOnly: true)
        return try db.database.scalar("SELECT value FROM meta WHERE key = 'dirty'")?.string == "1"
    }

    /// SQLite's `PRAGMA integrity_check`: "ok", or what is wrong.
    public func integrityCheck() throws -> String {
        let db = try IndexConnection.open(path, readOnly: true)
        let s = try db.database.statement("PRAGMA integrity_check")
        var lines: [String] = []
        while try s.step() { lines.append(s.text(0) ?? "") }
        return lines.joined(separator: "\n")
    }
}

/// What one `update` did.
public struct IndexSummary: Sendable, Hashable {
    /// Documents read for the first time.
    public var added = 0
    /// Documents whose file changed and was read again.
    public var updated = 0
    /// Documents whose file is gone (or can no longer be read).
    public var removed = 0
    /// Files skipped because their size and time, or their content, did not change.
    public var unchanged = 0
    /// Files that could not be read.
    public var failed = 0
    /// Documents in the index after the run.
    public var documents = 0
    /// Citations in the index after the run.
    public var citations = 0
    /// Citations whose cited document is not in the index.
    public var unmatched = 0
    /// Existing citations whose cited document appeared or disappeared in this run.
    public var changes: [ResolutionChange] = []
    /// Texts that claim the same symbol (one node of the graph): the user should hear of them.
    public var duplicateClaims: [DuplicateClaim] = []

    /// An empty summary, filled in as the update runs.
    public init() {}
}

/// Citations to one symbol that changed state together: they now resolve to a
/// document that was indexed, or no longer do because it was removed.
public struct ResolutionChange: Sendable, Hashable {
    /// The cited symbol.
    public var target: String
    /// How many citations changed.
    public var citations: Int
    /// Whether they now resolve (`true`) or no longer do.
    public var nowResolves: Bool
    /// The source of the document they now cite (when `nowResolves`).
    public var document: String?
}
