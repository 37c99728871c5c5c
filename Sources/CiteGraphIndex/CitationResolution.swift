/// The lifecycle of a citation: **unmatched** while no indexed document has
/// the symbol it cites, **resolved** once one does (and unmatched again if that
/// document is removed). Each run re-resolves only the citations that can have
/// changed — the ones it wrote (`fresh`) and the ones citing a key whose
/// document appeared or disappeared (`pending_keys`) — and records, for the
/// citations that existed before the run, which ones changed state.
enum CitationResolution {
    /// The document a key names: one whose own symbol it is (the first by
    /// source when several are), else the joint document it is a half of
    /// (the smallest joint symbol, as the graph chooses).
    static let lookup = """
        coalesce(
          (SELECT d.id FROM documents d WHERE d.symbol_key = w.key ORDER BY d.source LIMIT 1),
          (SELECT a.document FROM aliases a JOIN documents d ON d.id = a.document
             WHERE a.key = w.key AND a.kind = 'joint-half' ORDER BY d.symbol_key, d.source LIMIT 1))
        """

    /// How the last transaction walks the citations it resolves. Both give the same rows;
    /// they differ in which pages they touch.
    enum Order: Sendable {
        /// A chunk of cited keys at a time, their citations found through
        /// `citations_target_key`: for an incremental run, whose few keys name a few
        /// citations scattered over the table.
        case byKeys
        /// A range of citation ids at a time, in table order: for a run that wrote most of
        /// the citations (a first build, `--rebuild`). Going by keys there visits the
        /// table's pages in random order, and each page, evicted from the cache and
        /// touched again, is written to the WAL again: at a million documents the
        /// keyed walk took 850 s where one pass in table order took 622 s.
        case byRows
    }

    /// Resolves the citations of the keys in `resolve_chunk`: a plan that scans the
    /// citations here (as `UPDATE … FROM` did) makes resolution quadratic in the corpus.
    static let updateKeyChunk = """
        UPDATE citations SET cited_document = (SELECT w.document FROM resolve_chunk w WHERE w.key = citations.target_key),
                             fresh = 0
          WHERE target_key IN (SELECT key FROM resolve_chunk)
            AND (fresh = 1 OR cited_document IS NOT (SELECT w.document FROM resolve_chunk w WHERE w.key = citations.target_key))
        """

    /// Resolves the citations with ids in [?1, ?2) whose keys are in `resolve_keys`; the
    /// unary `+` keeps SQLite on the id range rather than on `citations_target_key`.
    static let updateRowChunk = """
        UPDATE citations SET cited_document = (SELECT w.document FROM resolve_keys w WHERE w.key = citations.target_key),
                             fresh = 0
          WHERE id >= ?1 AND id < ?2 AND +target_key IN (SELECT key FROM resolve_keys)
            AND (fresh = 1 OR cited_document IS NOT (SELECT w.document FROM resolve_keys w WHERE w.key = citations.target_key))
        """

    /// Keys resolved per statement by keys; citation ids per statement by rows are
    /// `rowsPerKey` times as many (a statement then changes about as many rows either way).
    static let defaultChunkKeys = 5_000
    static let rowsPerKey = 20

    /// The order for this run: by rows when at least a quarter of the citations are new.
    static func order(_ db: SQLiteDatabase) throws(IndexError) -> Order {
        let fresh = try db.scalar("SELECT count(*) FROM citations WHERE fresh = 1")?.int ?? 0
        let span = try db.scalar("SELECT coalesce(max(id), 0) - coalesce(min(id), 0) + 1 FROM citations")?.int ?? 0
        return fresh * 4 >= span ? .byRows : .byKeys
    }

    static func resolve(_ db: SQLiteDatabase, run: Int, chunkKeys: Int = defaultChunkKeys,
                        order forced: Order? = nil) throws(IndexError) -> [ResolutionChange] {
        try db.execute("""
            CREATE TEMP TABLE IF NOT EXISTS resolve_keys(key TEXT PRIMARY KEY, document INTEGER) WITHOUT ROWID;
            DELETE FROM resolve_keys;
            INSERT OR IGNORE INTO resolve_keys(key) SELECT key FROM pending_keys;
            INSERT OR IGNORE INTO resolve_keys(key) SELECT target_key FROM citations WHERE fresh = 1;
            UPDATE resolve_keys AS w SET document = \(lookup);
            INSERT INTO resolution_changes(run, citation, target, before, after)
              SELECT \(run), c.id, c.target, c.cited_document, w.document
              FROM citations c JOIN resolve_keys w ON w.key = c.target_key
              WHERE c.fresh = 0 AND c.cited_document IS NOT w.document;
            DELETE FROM pending_keys;
            """)
        // One statement over every citation gathered every row it would change before
        // changing one (as `UPDATE … FROM`, about 160 bytes a row: 200 MB for the 1.3M
        // citations of 100,000 documents, 1.6 GB at a million), so the work goes in chunks,
        // each its own statement: memory is bounded by one chunk.
        let chosen: Order
        if let forced { chosen = forced } else { chosen = try order(db) }
        switch chosen {
        case .byRows: try resolveByRows(db, chunkRows: chunkKeys * rowsPerKey)
        case .byKeys: try resolveByKeys(db, chunkKeys: chunkKeys)
        }
        // One line per cited symbol and direction, as the command reports it.
        let s = try db.statement("""
            SELECT r.target, r.after IS NOT NULL, count(*), d.source
            FROM resolution_changes r LEFT JOIN documents d ON d.id = r.after
            WHERE r.run = ? GROUP BY r.target, r.after IS NOT NULL, d.source ORDER BY r.target, 2 DESC
            """)
        try s.bind([.int(run)])
        var changes: [ResolutionChange] = []
        while try s.step() {
            changes.append(ResolutionChange(target: s.text(0) ?? "", citations: s.int(2) ?? 0,
                                            nowResolves: s.int(1) == 1, document: s.text(3)))
        }
        return changes
    }

    private static func resolveByKeys(_ db: SQLiteDatabase, chunkKeys: Int) throws(IndexError) {
        try db.execute("CREATE TEMP TABLE IF NOT EXISTS resolve_chunk(key TEXT PRIMARY KEY, document INTEGER) WITHOUT ROWID")
        var after: String?
        while true {
            try db.execute("DELETE FROM resolve_chunk")
            if let after {
                try db.run("INSERT INTO resolve_chunk SELECT key, document FROM resolve_keys WHERE key > ? ORDER BY key LIMIT ?",
                           .text(after), .int(chunkKeys))
            } else {
                // The first chunk from the smallest key, the empty one included.
                try db.run("INSERT INTO resolve_chunk SELECT key, document FROM resolve_keys ORDER BY key LIMIT ?", .int(chunkKeys))
            }
            guard db.changes > 0, let last = try db.scalar("SELECT max(key) FROM resolve_chunk")?.string else { break }
            try db.execute(updateKeyChunk)
            after = last
        }
    }

    private static func resolveByRows(_ db: SQLiteDatabase, chunkRows: Int) throws(IndexError) {
        guard let first = try db.scalar("SELECT min(id) FROM citations")?.int,
              let last = try db.scalar("SELECT max(id) FROM citations")?.int else { return }
        var start = first
        while start <= last {
            let end = start + chunkRows
            try db.run(updateRowChunk, .int(start), .int(end))
            start = end
        }
    }
}
