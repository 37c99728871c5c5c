import CSQLite

/// The tables of a citegraph index (documented with example queries in docs/INDEX.md).
///
/// Symbols are looked up through `*_key` columns holding `SymbolIdentity.normalize`
/// of the symbol, with ordinary B-tree indexes: full-text tokenizers would split
/// "A/RES/67/195" at its slashes.
enum IndexSchema {
    /// `PRAGMA application_id`: "CGIX". A database without it is not ours.
    static let applicationID: Int32 = 0x4347_4958
    /// `PRAGMA user_version`: bumped whenever a table changes shape.
    static let version = 2

    /// The indexes that only speed lookups up (no constraint rests on them), by name.
    ///
    /// A first build or a `--rebuild` writes its rows without them and creates them at
    /// the end (`IndexWriter.prepareTables`, `finish`): SQLite then builds each by one sort of the finished
    /// table instead of updating it row by row, in key order at random places.
    /// The lookup ones (`lookup`) are created before the citations are resolved, which
    /// searches documents by key; the others after, on the citations' final values.
    static let secondaryIndexes: [(name: String, lookup: Bool, definition: String)] = [
        ("documents_symbol_key", true, "documents(symbol_key)"),
        ("aliases_document", true, "aliases(document)"),
        ("citations_document", false, "citations(document, ordinal)"),
        ("citations_target_key", false, "citations(target_key)"),
        ("citations_cited_document", false, "citations(cited_document)"),
        ("citations_fresh", false, "citations(fresh) WHERE fresh = 1"),
    ]

    /// Creates the secondary indexes that are missing (only the lookup ones when `lookupOnly`).
    static func createIndexes(_ db: SQLiteDatabase, lookupOnly: Bool = false) throws(IndexError) {
        for index in secondaryIndexes where index.lookup || !lookupOnly {
            try db.execute("CREATE INDEX IF NOT EXISTS \(index.name) ON \(index.definition)")
        }
    }

    /// Drops every secondary index, for a run that is about to write every row.
    static func dropIndexes(_ db: SQLiteDatabase) throws(IndexError) {
        for index in secondaryIndexes { try db.execute("DROP INDEX IF EXISTS \(index.name)") }
    }

    static let tables = """
        CREATE TABLE meta(
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        -- One row per file read. `path` (absolute) is the file's identity;
        -- `source` is the path as the user typed it, the name outputs show.
        CREATE TABLE documents(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            symbol TEXT,
            symbol_key TEXT NOT NULL,
            symbol_source TEXT,
            kind TEXT,
            organ TEXT,
            title TEXT,
            adopted TEXT,
            session INTEGER,
            agenda_item TEXT,
            meeting TEXT,
            distributed TEXT,
            job_number TEXT,
            format TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            language TEXT
        );

        -- Every occurrence of a citation, in the order of the citing text.
        -- `cited_document` is NULL while the cited symbol has no document in the
        -- index (an unmatched citation); `fresh` marks rows written by a run
        -- that has not yet resolved them.
        CREATE TABLE citations(
            id INTEGER PRIMARY KEY,
            document INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            target TEXT NOT NULL,
            target_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            relation TEXT NOT NULL,
            location TEXT NOT NULL,
            footnote INTEGER,
            pinpoint TEXT,
            cited_date TEXT,
            text TEXT NOT NULL,
            range_start INTEGER NOT NULL,
            range_end INTEGER NOT NULL,
            linked INTEGER,
            cited_document INTEGER,
            fresh INTEGER NOT NULL DEFAULT 1
        );

        -- Other keys that name a document: each half of a joint symbol
        -- ("A/67/66" of "A/67/66-E/2012/49"), and the short form users type ("67/195").
        CREATE TABLE aliases(
            key TEXT NOT NULL,
            document INTEGER NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY(key, document)
        ) WITHOUT ROWID;

        -- Candidates extraction saw that are not citations, with the reason:
        -- 'unresolved' (a reference it could not turn into a UN symbol) or
        -- 'rejected' (the rule that says it is no citation).
        CREATE TABLE candidates(
            document INTEGER NOT NULL,
            status TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            location TEXT NOT NULL,
            reason TEXT NOT NULL,
            range_start INTEGER,
            range_end INTEGER,
            PRIMARY KEY(document, status, ordinal)
        ) WITHOUT ROWID;

        -- Keys whose documents appeared or disappeared in a run not yet finished:
        -- the citations to them are resolved again when it finishes (or when the
        -- next run does, after an interruption).
        CREATE TABLE pending_keys(key TEXT PRIMARY KEY) WITHOUT ROWID;

        -- Each finished run and what it did.
        CREATE TABLE runs(
            id INTEGER PRIMARY KEY,
            finished TEXT NOT NULL,
            added INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            resolved INTEGER NOT NULL,
            unresolved INTEGER NOT NULL
        );

        -- Citations whose state a run changed: `before`/`after` are the cited
        -- document (NULL = unmatched).
        CREATE TABLE resolution_changes(
            run INTEGER NOT NULL,
            citation INTEGER NOT NULL,
            target TEXT NOT NULL,
            before INTEGER,
            after INTEGER
        );
        CREATE INDEX resolution_changes_run ON resolution_changes(run);

        -- The graph as the query commands load it: flat arrays (little-endian
        -- Int32 blobs for the CSR rows) and packed node records; see GraphSnapshot.
        CREATE TABLE snapshot(
            part TEXT PRIMARY KEY,
            data BLOB NOT NULL
        ) WITHOUT ROWID;
        """

    /// Turns a fresh, empty database into an index.
    static func create(_ db: SQLiteDatabase) throws(IndexError) {
        try db.execute("BEGIN IMMEDIATE")
        do {
            try db.execute(tables)
            try createIndexes(db)
            try db.execute("PRAGMA application_id = \(applicationID); PRAGMA user_version = \(version)")
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// Checks that `db` is an index this version reads; creates the tables when
    /// the file is new and `create` is allowed. A file that is not SQLite, or a
    /// SQLite database of another application, is refused in one clear error.
    static func check(_ db: SQLiteDatabase, create: Bool) throws(IndexError) {
        let applicationID: Int
        let userVersion: Int
        let tableCount: Int
        do {
            applicationID = try db.scalar("PRAGMA application_id")?.int ?? 0
            userVersion = try db.scalar("PRAGMA user_version")?.int ?? 0
            tableCount = try db.scalar("SELECT count(*) FROM sqlite_schema")?.int ?? 0
        } catch {
            throw Self.explain(error, path: db.path)
        }
        if applicationID == 0 && tableCount == 0 {
            guard create else { throw .empty(path: db.path) }
            try Self.create(db)
            return
        }
        guard applicationID == Int(Self.applicationID) else {
            throw .notAnIndex(path: db.path, reason: tableCount == 0 ? "an empty SQLite database of another application"
                                                                     : "a SQLite database of another application, with \(tableCount) tables")
        }
        guard userVersion <= version else {
            throw .unsupportedVersion(path: db.path, found: userVersion, supported: version)
        }
        guard userVersion == version else {
            throw .corrupt(path: db.path, reason: "index format \(userVersion) is older than this citegraph's \(version)")
        }
    }

    /// SQLite's codes for "not a database" and "damaged", said in our words.
    static func explain(_ error: IndexError, path: String) -> IndexError {
        guard case .sqlite(_, let code, let message) = error else { return error }
        switch code & 0xFF {
        case SQLITE_NOTADB: return .notAnIndex(path: path, reason: "not an SQLite database")
        case SQLITE_CORRUPT: return .corrupt(path: path, reason: message)
        default: return error
        }
    }
}
