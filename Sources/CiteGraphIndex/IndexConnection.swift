import Foundation

/// An open, checked index file: its format verified before anything is read or
/// written, so that a foreign or damaged file is one clear error and is never
/// changed (not even switched to WAL).
struct IndexConnection {
    let database: SQLiteDatabase
    let readOnly: Bool

    static func open(_ path: String, readOnly: Bool) throws(IndexError) -> IndexConnection {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a directory") }
        if readOnly && !exists { throw .missing(path: path) }
        let db = try SQLiteDatabase(path: path, readOnly: readOnly, create: !readOnly)
        do {
            try IndexSchema.check(db, create: !readOnly)
            if !readOnly {
                // WAL while writing: readers keep answering from the last commit,
                // and a killed writer leaves only uncommitted frames behind.
                // NORMAL sync is durable against a killed process (not a power cut's last batch).
                try db.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY")
            }
        } catch {
            db.close()
            throw IndexSchema.explain(error, path: path)
        }
        return IndexConnection(database: db, readOnly: readOnly)
    }

    /// Leaves a finished index as one self-contained file: the WAL folded in and
    /// the journal back to rollback mode, which a reader on a read-only disk or
    /// of a read-only copy can open. When a query holds the file open the mode
    /// stays WAL, which is as correct.
    func closeAfterWriting() {
        if !readOnly {
            try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            try? database.execute("PRAGMA journal_mode = DELETE")
        }
        database.close()
    }
}
