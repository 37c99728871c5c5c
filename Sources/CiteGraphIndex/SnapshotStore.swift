import CiteGraph
import Foundation

/// Stores the graph snapshot at the end of a run, and loads it for a query.
///
/// The graph is built once per run by the same code that builds it from texts
/// (`CitationGraph(documents:)`), from the stored rows, so a query answered
/// from the index gives exactly what the same query over the texts gives.
///
/// The packed snapshot (`GraphSnapshot`) is kept twice: in the database's
/// `snapshot` table, which makes the database self-contained, and in a file
/// beside it (`FILE-graph`) that queries map into memory and read in place.
/// The database records the snapshot's size and fingerprint; a query uses the
/// mapped file only when it matches them, and otherwise reads the snapshot from
/// the table (a copied or moved database, a run killed between the two writes).
enum SnapshotStore {
    /// Rows of the `snapshot` table: the packed graph in chunks, its byte count
    /// and fingerprint, and the version. The table is `WITHOUT ROWID`, whose
    /// B-tree compares whole rows: looking up `size` next to a chunk of 256 MB read
    /// all 256 MB from disk (0.5 s of a query at a million documents). Chunks of
    /// 64 KB keep every lookup to a few pages.
    static let chunkSize = 64 << 10

    /// The mapped copy of `databasePath`'s snapshot.
    static func mappedPath(_ databasePath: String) -> String { databasePath + "-graph" }

    static func rebuild(_ db: SQLiteDatabase) throws {
        // The input lives only while the graph is built: the graph and its packed bytes
        // are what the rest of the transaction holds.
        try store(packed(try storedInput(db)), in: db)
    }

    /// The snapshot of the graph `input` gives.
    static func packed(_ input: GraphInput) -> [UInt8] {
        GraphSnapshot.encode(CitationGraph(input))
    }

    /// Replaces the stored snapshot by `graph`'s (inside the caller's transaction).
    static func store(_ graph: CitationGraph, in db: SQLiteDatabase) throws {
        try store(GraphSnapshot.encode(graph), in: db)
    }

    /// Replaces the stored snapshot by `bytes`, a packed graph (inside the caller's transaction).
    static func store(_ bytes: [UInt8], in db: SQLiteDatabase) throws {
        let fingerprint = bytes.withUnsafeBytes { GraphSnapshot.recordedFingerprint($0)! }
        try db.run("DELETE FROM snapshot")
        var chunk = 0
        repeat {
            let start = chunk * chunkSize
            try db.run("INSERT INTO snapshot(part, data) VALUES (?, ?)", .text("graph.\(chunk)"),
                       .blob(Array(bytes[start..<min(bytes.count, start + chunkSize)])))
            chunk += 1
        } while chunk * chunkSize < bytes.count
        try db.run("INSERT INTO snapshot(part, data) VALUES ('size', ?)", .blob(Array(String(bytes.count).utf8)))
        try db.run("INSERT INTO snapshot(part, data) VALUES ('fingerprint', ?)", .blob(Array(String(fingerprint, radix: 16).utf8)))
        try db.run("INSERT INTO snapshot(part, data) VALUES ('version', ?)", .blob(Array(String(GraphSnapshot.version).utf8)))
        // Written before the transaction commits: a run killed in between leaves a
        // file whose fingerprint the database does not hold yet, which queries ignore.
        writeMapped(bytes, for: db.path)
    }

    /// Writes the mapped copy atomically (a temporary file renamed over it). A
    /// failure only costs speed: queries then read the snapshot from the table.
    static func writeMapped(_ bytes: [UInt8], for databasePath: String) {
        let target = mappedPath(databasePath), temporary = target + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return }
        var written = 0
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                written += n
            }
            return fsync(fd) == 0
        }
        close(fd)
        if !ok || rename(temporary, target) != 0 { unlink(temporary) }
    }

    /// Writes the mapped copy again when it is missing or stale (deleted, or left by a killed run).
    static func refreshMapped(_ db: SQLiteDatabase) throws {
        let (size, fingerprint) = try identity(db)
        guard let size, let fingerprint else { return }
        if let mapped = map(mappedPath(db.path), size: size, fingerprint: fingerprint) {
            _ = mapped
            return
        }
        guard let bytes = try storedBytes(db, size: size) else { return }
        bytes.raw.withMemoryRebound(to: UInt8.self) { writeMapped(Array($0), for: db.path) }
    }

    /// The snapshot's byte count and fingerprint as the database records them.
    static func identity(_ db: SQLiteDatabase) throws -> (Int?, UInt64?) {
        let s = try db.statement("SELECT part, data FROM snapshot WHERE part IN ('size', 'fingerprint', 'version')")
        var found: [String: String] = [:]
        do {
            while try s.step() { found[s.text(0) ?? ""] = String(decoding: s.blob(1), as: UTF8.self) }
        } catch {
            throw IndexSchema.explain(error, path: db.path)
        }
        if found.isEmpty {
            // No graph stored, or one of an earlier packing.
            if try db.scalar("SELECT count(*) FROM snapshot")?.int ?? 0 == 0 { throw IndexError.empty(path: db.path) }
        }
        guard found["version"] == String(GraphSnapshot.version) else {
            throw IndexError.corrupt(path: db.path, reason: "graph snapshot of another version; run `citegraph index` again")
        }
        return (found["size"].flatMap { Int($0) }, found["fingerprint"].flatMap { UInt64($0, radix: 16) })
    }

    /// The mapped file, if it holds exactly the snapshot the database describes.
    static func map(_ path: String, size: Int, fingerprint: UInt64) -> SnapshotBytes? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, Int(st.st_size) == size, size >= GraphSnapshot.headerSize else { return nil }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        let bytes = SnapshotBytes(raw: UnsafeRawBufferPointer(start: base, count: size)) { munmap(base, size) }
        // The header records the fingerprint of the sections it was written with, so a
        // file left by another run (or another database) differs here without a page of
        // the sections being read.
        guard GraphSnapshot.recordedFingerprint(bytes.raw) == fingerprint else { return nil }
        return bytes
    }

    /// The snapshot as the table holds it, copied into one buffer.
    static func storedBytes(_ db: SQLiteDatabase, size: Int) throws -> SnapshotBytes? {
        let s = try db.statement("SELECT data FROM snapshot WHERE part LIKE 'graph.%' ORDER BY CAST(substr(part, 7) AS INTEGER)")
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(size, 8), alignment: 16)
        var filled = 0
        do {
            while try s.step() {
                try s.withBlob(0) { chunk in
                    guard chunk.count <= size - filled else {
                        throw IndexError.corrupt(path: db.path, reason: "graph snapshot larger than recorded")
                    }
                    if chunk.count > 0 { (buffer.baseAddress! + filled).copyMemory(from: chunk.baseAddress!, byteCount: chunk.count) }
                    filled += chunk.count
                }
            }
        } catch let error as IndexError {
            buffer.deallocate()
            throw IndexSchema.explain(error, path: db.path)
        } catch {
            buffer.deallocate()
            throw error
        }
        guard filled == size else {
            buffer.deallocate()
            throw IndexError.corrupt(path: db.path, reason: "graph snapshot incomplete")
        }
        return SnapshotBytes(raw: UnsafeRawBufferPointer(rebasing: buffer[0..<size])) { buffer.deallocate() }
    }

    static func load(_ db: SQLiteDatabase) throws -> CitationGraph {
        let (size, fingerprint) = try identity(db)
        guard let size, let fingerprint else {
            throw IndexError.corrupt(path: db.path, reason: "graph snapshot incomplete")
        }
        let bytes: SnapshotBytes
        // The mapped file is read in place, each row checked as a query reads it, so a
        // query's cost does not grow with the graph; a damaged file found then ends the
        // process with this message. The table's copy is checked whole (it is copied anyway).
        let checking: GraphSnapshot.Checking
        let file: String
        if let mapped = map(mappedPath(db.path), size: size, fingerprint: fingerprint) {
            (bytes, checking, file) = (mapped, .asRead, mappedPath(db.path))
        } else if let stored = try storedBytes(db, size: size) {
            (bytes, checking, file) = (stored, .whole, db.path)
        } else {
            throw IndexError.corrupt(path: db.path, reason: "graph snapshot incomplete")
        }
        let source = StoredGraphSource(damageMessage:
            "the index's graph snapshot in \(file) is damaged; rebuild it with `citegraph index --rebuild --db \(db.path)`")
        do {
            return try GraphSnapshot.decode(bytes, checking: checking, source: source)
        } catch {
            throw IndexError.corrupt(path: db.path, reason: "graph snapshot part '\(error.part)' does not decode")
        }
    }

    /// What the graph reads of the stored documents, streamed from the rows in document
    /// order (a merge of three ordered scans), so that no document is held whole: at a
    /// million documents this is the difference between 22 bytes a citation and the
    /// hundreds an `ExtractedDocument` costs.
    static func storedInput(_ db: SQLiteDatabase) throws -> GraphInput {
        var input = GraphInput()
        if let documents = try db.scalar("SELECT count(*) FROM documents")?.int,
           let citations = try db.scalar("SELECT count(*) FROM citations")?.int {
            input.reserveCapacity(documents: documents, citations: citations)
        }
        let d = try db.statement("SELECT id, source, symbol, kind, organ, title, adopted, session, agenda_item, language FROM documents ORDER BY id")
        let c = try db.statement("""
            SELECT document, target, kind, relation, location, footnote, pinpoint, cited_date
            FROM citations ORDER BY document, ordinal
            """)
        let u = try db.statement("SELECT document, count(*) FROM candidates WHERE status = 'unresolved' GROUP BY document ORDER BY document")
        let orphan = IndexError.corrupt(path: db.path, reason: "a citation row names no document, kind, relation or location")
        var citation = try c.step(), unresolved = try u.step()
        while try d.step() {
            let id = d.int(0)!
            // Counts of documents that are gone (none in a sound index) are passed over, as before.
            while unresolved && u.int(0)! < id { unresolved = try u.step() }
            var unresolvedCount = 0
            if unresolved && u.int(0)! == id {
                unresolvedCount = u.int(1) ?? 0
                unresolved = try u.step()
            }
            input.addDocument(source: d.text(1) ?? "", symbol: d.text(2), kind: d.text(3).flatMap(CitationKind.init(rawValue:)),
                              title: d.text(5), body: d.text(4), adopted: d.text(6), session: d.int(7),
                              agendaItem: d.text(8), language: d.text(9).flatMap(Language.init(rawValue:)),
                              unresolvedCount: unresolvedCount)
            guard !citation || c.int(0)! >= id else { throw orphan }
            while citation && c.int(0)! == id {
                guard let kind = c.text(2).flatMap(CitationKind.init(rawValue:)),
                      let relation = c.text(3).flatMap(Relation.init(rawValue:)),
                      let location = c.withText(4, { Location(utf8: $0) }) else { throw orphan }
                input.addCitation(target: c.text(1) ?? "", kind: kind, relation: relation, location: location,
                                  footnote: c.int(5), pinpoint: c.text(6), adopted: c.text(7))
                citation = try c.step()
            }
        }
        guard !citation else { throw orphan }
        return input
    }
}
