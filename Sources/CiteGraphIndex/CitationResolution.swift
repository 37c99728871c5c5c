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

    /// Resolves the citations of the keys in `resolve_chunk`. Driven by the chunk's keys
    /// through `citations_target_key`: written as `UPDATE … FROM`, SQLite's plan scanned every
    /// citation for every chunk (quadratic: a million documents took 1,190 s instead of 622 s).
    static let updateChunk = """
        UPDATE citations SET cited_document = (SELECT w.document FROM resolve_chunk w WHERE w.key = citations.target_key),
                             fresh = 0
          WHERE target_key IN (SELECT key FROM resolve_chunk)
            AND (fresh = 1 OR cited_document IS NOT (SELECT w.document FROM resolve_chunk w WHERE w.key = citations.target_key))
        """

    /// Keys resolved per statement (see `resolve`).
    static let defaultChunkKeys = 5_000

    static func resolve(_ db: SQLiteDatabase, run: Int, chunkKeys: Int = defaultChunkKeys) throws(IndexError) -> [ResolutionChange] {
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
            CREATE TEMP TABLE IF NOT EXISTS resolve_chunk(key TEXT PRIMARY KEY, document INTEGER) WITHOUT ROWID;
            """)
        // One statement over every key gathered every row it would change before changing
        // one (as `UPDATE … FROM`, about 160 bytes a row: 200 MB for the 1.3M citations of
        // 100,000 documents, 1.6 GB at a million), so the keys go through in chunks, each its
        // own statement: memory is bounded by the citations of one chunk, and an incremental
        // run's few keys are one.
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
            try db.execute(updateChunk)
            after = last
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
}
