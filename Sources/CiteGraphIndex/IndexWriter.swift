import CiteGraph
import Foundation

/// The index's one writer: documents in batches, one transaction each, then a
/// last transaction that resolves citations and stores the graph snapshot.
///
/// Crash safety comes from what each batch commits with its documents: the
/// keys whose documents appeared or disappeared (`pending_keys`) and the new
/// citations' `fresh` mark. A run killed between batches leaves those behind,
/// and the next run's last transaction resolves them as if nothing had happened.
struct IndexWriter {
    let db: SQLiteDatabase
    let batchSize: Int
    let resolutionChunk: Int
    let resolutionOrder: CitationResolution.Order?
    /// Whether the last transaction may pack the graph snapshot on a second thread, from a
    /// second connection.
    let backgroundSnapshot: Bool
    private var inBatch = 0
    private var open = false
    /// Set by `prepareTables`: the run starts from empty tables (a first build, a `--rebuild`),
    /// so every row the index will hold is written by it.
    private var writesEveryRow = false

    init(db: SQLiteDatabase, batchSize: Int, resolutionChunk: Int = CitationResolution.defaultChunkKeys,
         resolutionOrder: CitationResolution.Order? = nil, backgroundSnapshot: Bool = false) {
        self.db = db
        self.batchSize = batchSize
        self.resolutionChunk = max(1, resolutionChunk)
        self.resolutionOrder = resolutionOrder
        self.backgroundSnapshot = backgroundSnapshot
    }

    func storedFiles() throws(IndexError) -> [String: StoredFile] {
        let s = try db.statement("SELECT id, path, size, mtime_ns, content_hash FROM documents")
        var out: [String: StoredFile] = [:]
        while try s.step() {
            out[s.text(1) ?? ""] = StoredFile(id: s.int(0) ?? 0, size: s.int(2) ?? -1, mtime: s.int(3) ?? -1,
                                              hash: s.text(4) ?? "")
        }
        return out
    }

    /// Readies the tables for this run's rows. A run that starts from empty tables (a first
    /// build, a `--rebuild`) writes them without the secondary indexes, which `finish`
    /// creates by one sort each (a first build of 100,000 documents went from 33.1 to 20.3 s).
    /// Any other run has them first, which also restores them after a first build that was
    /// killed before its end. `EXISTS`, not `count(*)`: a count reads every row of a table.
    mutating func prepareTables() throws {
        let empty = try db.scalar("SELECT NOT EXISTS (SELECT 1 FROM documents) AND NOT EXISTS (SELECT 1 FROM citations)")?.int == 1
        try db.transaction {
            if empty { try IndexSchema.dropIndexes(db) } else { try IndexSchema.createIndexes(db) }
        }
        writesEveryRow = empty
    }

    /// Empties the tables; the graph snapshot stays until the rebuilt one
    /// replaces it, so that queries keep answering during a `--rebuild`.
    mutating func clearAll() throws(IndexError) {
        try begin()
        try db.execute("""
            DELETE FROM documents; DELETE FROM citations; DELETE FROM aliases; DELETE FROM candidates;
            DELETE FROM pending_keys; DELETE FROM resolution_changes; DELETE FROM runs;
            """)
        try commit()
    }

    private mutating func begin() throws(IndexError) {
        guard !open else { return }
        try db.execute("BEGIN IMMEDIATE")
        open = true
        try db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('dirty', '1')")
    }

    private mutating func commit() throws(IndexError) {
        guard open else { return }
        try db.execute("COMMIT")
        open = false
        inBatch = 0
    }

    /// Counts one document into the batch, committing when it is full.
    private mutating func counted() throws(IndexError) {
        inBatch += 1
        if inBatch >= batchSize { try commit() }
    }

    private func markPending(ofDocument id: Int) throws(IndexError) {
        try db.run("INSERT OR IGNORE INTO pending_keys(key) SELECT symbol_key FROM documents WHERE id = ?", .int(id))
        try db.run("INSERT OR IGNORE INTO pending_keys(key) SELECT key FROM aliases WHERE document = ?", .int(id))
    }

    private func deleteContents(of id: Int) throws(IndexError) {
        try db.run("DELETE FROM citations WHERE document = ?", .int(id))
        try db.run("DELETE FROM aliases WHERE document = ?", .int(id))
        try db.run("DELETE FROM candidates WHERE document = ?", .int(id))
    }

    mutating func remove(_ ids: [Int]) throws(IndexError) {
        for id in ids {
            try begin()
            try markPending(ofDocument: id)
            try deleteContents(of: id)
            try db.run("DELETE FROM documents WHERE id = ?", .int(id))
            try counted()
        }
    }

    /// A file whose time changed but whose text did not.
    mutating func touch(_ id: Int, size: Int, mtime: Int, hash: String) throws(IndexError) {
        try begin()
        try db.run("UPDATE documents SET size = ?, mtime_ns = ?, content_hash = ? WHERE id = ?",
                   .int(size), .int(mtime), .text(hash), .int(id))
        try counted()
    }

    mutating func write(_ doc: ExtractedDocument, keys: DocumentKeys, format: DocumentFormat, file: FoundFile, hash: String,
                        replacing existing: Int?) throws(IndexError) {
        try begin()
        let key = keys.own
        let columns: [SQLiteValue] = [
            .text(file.absolutePath), .text(doc.source), .optional(doc.symbol), .text(key),
            .optional(doc.symbolSource?.rawValue), .optional(doc.kind?.rawValue), .optional(doc.body), .optional(doc.title), .optional(doc.adopted),
            .optional(doc.session), .optional(doc.agendaItem), .optional(doc.meeting), .optional(doc.distributed),
            .optional(doc.jobNumber), .text(format.rawValue), .int(file.size), .int(file.mtime), .text(hash),
            .optional(doc.language?.rawValue),
        ]
        let id: Int
        if let existing {
            try markPending(ofDocument: existing)
            try deleteContents(of: existing)
            let s = try db.statement("""
                UPDATE documents SET path = ?, source = ?, symbol = ?, symbol_key = ?, symbol_source = ?, kind = ?, organ = ?, title = ?,
                adopted = ?, session = ?, agenda_item = ?, meeting = ?, distributed = ?, job_number = ?, format = ?,
                size = ?, mtime_ns = ?, content_hash = ?, language = ? WHERE id = ?
                """)
            try s.bind(columns + [.int(existing)])
            while try s.step() {}
            id = existing
        } else {
            let s = try db.statement("""
                INSERT INTO documents(path, source, symbol, symbol_key, symbol_source, kind, organ, title, adopted,
                session, agenda_item, meeting, distributed, job_number, format, size, mtime_ns, content_hash, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            try s.bind(columns)
            while try s.step() {}
            id = Int(db.lastInsertedRowID)
        }
        // Pending keys make the last transaction resolve again the older citations of a key whose
        // document appeared. A run that writes every row has no older citation: all of its own are
        // `fresh`, and so are they still for the next run if this one is killed.
        if !writesEveryRow { try db.run("INSERT OR IGNORE INTO pending_keys(key) VALUES (?)", .text(key)) }
        for alias in keys.aliases {
            try db.run("INSERT OR IGNORE INTO aliases(key, document, kind) VALUES (?, ?, ?)", .text(alias.key), .int(id), .text(alias.kind))
            if !writesEveryRow { try db.run("INSERT OR IGNORE INTO pending_keys(key) VALUES (?)", .text(alias.key)) }
        }
        let insert = try db.statement("""
            INSERT INTO citations(document, ordinal, target, target_key, kind, relation, location, footnote, pinpoint,
            cited_date, text, range_start, range_end, linked, cited_document, fresh)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, 1)
            """)
        for (ordinal, c) in doc.citations.enumerated() {
            insert.reset()
            try insert.bind([.int(id), .int(ordinal), .text(c.target), .text(keys.targets[ordinal]),
                             .text(c.kind.rawValue), .text(c.relation.rawValue), .text(c.location.description),
                             .optional(c.footnote), .optional(c.pinpoint), .optional(c.adopted), .text(c.text),
                             .int(c.range.start), .int(c.range.end)])
            while try insert.step() {}
        }
        let candidate = "INSERT INTO candidates(document, status, ordinal, text, location, reason, range_start, range_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        for (ordinal, u) in doc.unresolved.enumerated() {
            try db.run(candidate, .int(id), .text("unresolved"), .int(ordinal), .text(u.text), .text(u.location.description),
                       .text(u.reason), .optional(u.range?.start), .optional(u.range?.end))
        }
        for (ordinal, r) in doc.rejected.enumerated() {
            try db.run(candidate, .int(id), .text("rejected"), .int(ordinal), .text(r.text), .text(r.location.description),
                       .text(r.reason.rawValue), .int(r.range.start), .int(r.range.end))
        }
        try counted()
    }

    /// The last transaction of a run: resolves the citations whose state may
    /// have changed, records which did, stores the graph, and clears the marks.
    mutating func finish(_ summary: inout IndexSummary) throws {
        try commit()
        let dirty = try db.scalar("SELECT value FROM meta WHERE key = 'dirty'")?.string == "1"
        let hasSnapshot = try db.scalar("SELECT count(*) FROM snapshot WHERE part = 'version' AND data = ?",
                                        .blob(Array(String(GraphSnapshot.version).utf8)))?.int == 1
        if dirty || !hasSnapshot {
            // The graph reads only rows the batches have committed, and nothing below changes
            // them: a second connection reads and packs it while this one resolves the citations
            // and builds the indexes (WAL lets it read the last commit meanwhile). It is waited
            // for before this transaction commits.
            let packing = backgroundSnapshot ? BackgroundValue(name: "citegraph-snapshot") { [path = db.path] in
                Result { () throws -> [UInt8] in
                    let reader = try SQLiteDatabase(path: path, readOnly: true, create: false)
                    defer { reader.close() }
                    return SnapshotStore.packed(try SnapshotStore.storedInput(reader))
                }
            } : nil
            try begin()
            let run = (try db.scalar("SELECT coalesce(max(id), 0) + 1 FROM runs")?.int) ?? 1
            // Resolution looks documents up by key; walking the citations by key needs their
            // index too. The others are built after it, on the citations' final values.
            try IndexSchema.createIndexes(db, lookupOnly: true)
            let order = try resolutionOrder ?? CitationResolution.order(db)
            if order == .byKeys { try IndexSchema.createIndexes(db) }
            summary.changes = try CitationResolution.resolve(db, run: run, chunkKeys: resolutionChunk, order: order)
            try IndexSchema.createIndexes(db)
            if let packing {
                try SnapshotStore.store(packing.value.get(), in: db)
            } else {
                try SnapshotStore.rebuild(db)
            }
            summary.documents = try db.scalar("SELECT count(*) FROM documents")?.int ?? 0
            summary.citations = try db.scalar("SELECT count(*) FROM citations")?.int ?? 0
            summary.unmatched = try db.scalar("SELECT count(*) FROM citations WHERE cited_document IS NULL")?.int ?? 0
            let resolved = summary.changes.filter(\.nowResolves).reduce(0) { $0 + $1.citations }
            let unresolved = summary.changes.filter { !$0.nowResolves }.reduce(0) { $0 + $1.citations }
            try db.run("INSERT INTO runs(id, finished, added, updated, removed, unchanged, resolved, unresolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       .int(run), .text(ISO8601DateFormatter().string(from: Date())), .int(summary.added),
                       .int(summary.updated), .int(summary.removed), .int(summary.unchanged), .int(resolved), .int(unresolved))
            try db.run("DELETE FROM meta WHERE key = 'dirty'")
            try commit()
        } else {
            // Nothing changed (the indexes are missing only if the tables are empty); the
            // mapped copy of the snapshot may still be missing or stale.
            try IndexSchema.createIndexes(db)
            try SnapshotStore.refreshMapped(db)
            summary.documents = try db.scalar("SELECT count(*) FROM documents")?.int ?? 0
            summary.citations = try db.scalar("SELECT count(*) FROM citations")?.int ?? 0
            summary.unmatched = try db.scalar("SELECT count(*) FROM citations WHERE cited_document IS NULL")?.int ?? 0
        }
        summary.duplicateClaims = try duplicateClaims()
    }

    /// Texts of the index that claim one symbol in one language (the warning `CorpusLoader`
    /// gives for texts read directly: the versions of a resolution in each official language
    /// are one document, not duplicates).
    func duplicateClaims() throws(IndexError) -> [DuplicateClaim] {
        let s = try db.statement("""
            SELECT d.symbol_key, coalesce(d.language, ''), d.symbol, d.source FROM documents d
            JOIN (SELECT symbol_key, coalesce(language, '') AS language FROM documents
                  WHERE symbol IS NOT NULL AND symbol <> '' GROUP BY 1, 2 HAVING count(*) > 1) c
              ON c.symbol_key = d.symbol_key AND c.language = coalesce(d.language, '')
            WHERE d.symbol IS NOT NULL AND d.symbol <> ''
            ORDER BY d.symbol_key, 2, d.source
            """)
        var claims: [DuplicateClaim] = []
        var last: (key: String?, language: String?) = (nil, nil)
        while try s.step() {
            let key = s.text(0), language = s.text(1)
            if key != last.key || language != last.language {
                claims.append(DuplicateClaim(symbol: s.text(2) ?? "", sources: []))
                last = (key, language)
            }
            claims[claims.count - 1].sources.append(s.text(3) ?? "")
        }
        return claims.map { DuplicateClaim(symbol: $0.symbol, sources: $0.sources.sorted()) }.sorted { $0.symbol < $1.symbol }
    }
}
