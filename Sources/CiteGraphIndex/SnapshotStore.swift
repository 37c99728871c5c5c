import CiteGraph

/// Stores the graph snapshot at the end of a run, and loads it for a query.
///
/// The graph is built once per run by the same code that builds it from texts
/// (`CitationGraph(documents:)`), from the stored rows, so a query answered
/// from the index gives exactly what the same query over the texts gives.
enum SnapshotStore {
    static let partNames = ["nodes", "forward_offsets", "forward_targets", "occurrence_offsets", "occurrences", "aliases"]

    static func rebuild(_ db: SQLiteDatabase) throws {
        let graph = CitationGraph(documents: try storedDocuments(db))
        let parts = GraphSnapshot.encode(graph)
        let values = [parts.nodes, parts.forwardOffsets, parts.forwardTargets, parts.occurrenceOffsets,
                      parts.occurrences, parts.aliases]
        try db.run("DELETE FROM snapshot")
        for (name, bytes) in zip(partNames, values) {
            try db.run("INSERT INTO snapshot(part, data) VALUES (?, ?)", .text(name), .blob(bytes))
        }
        try db.run("INSERT INTO snapshot(part, data) VALUES ('version', ?)", .blob(Array(String(GraphSnapshot.version).utf8)))
    }

    /// The documents as extraction gave them, with what the graph reads of them
    /// (a citation's matched text and range stay in the table: the graph does not keep them).
    static func storedDocuments(_ db: SQLiteDatabase) throws -> [ExtractedDocument] {
        var documents: [ExtractedDocument] = []
        var position: [Int: Int] = [:]
        let d = try db.statement("SELECT id, source, symbol, kind, organ, title, adopted, session, agenda_item, symbol_source, language FROM documents ORDER BY id")
        while try d.step() {
            position[d.int(0)!] = documents.count
            documents.append(ExtractedDocument(source: d.text(1) ?? "", symbol: d.text(2),
                                               kind: d.text(3).flatMap(CitationKind.init(rawValue:)),
                                               title: d.text(5), body: d.text(4), adopted: d.text(6),
                                               session: d.int(7), agendaItem: d.text(8),
                                               language: d.text(10).flatMap(Language.init(rawValue:)),
                                               symbolSource: d.text(9).flatMap(SymbolSource.init(rawValue:))))
        }
        let c = try db.statement("""
            SELECT document, target, kind, relation, location, footnote, pinpoint, cited_date
            FROM citations ORDER BY document, ordinal
            """)
        while try c.step() {
            guard let i = position[c.int(0)!], let kind = c.text(2).flatMap(CitationKind.init(rawValue:)),
                  let relation = c.text(3).flatMap(Relation.init(rawValue:)),
                  let location = c.text(4).flatMap({ Location($0) }) else {
                throw IndexError.corrupt(path: db.path, reason: "a citation row names no document, kind, relation or location")
            }
            documents[i].citations.append(Citation(target: c.text(1) ?? "", kind: kind, relation: relation,
                                                   location: location, footnote: c.int(5), pinpoint: c.text(6),
                                                   adopted: c.text(7), text: "", range: TextRange(start: 0, end: 0),
                                                   language: documents[i].language))
        }
        let u = try db.statement("SELECT document, text, location, reason FROM candidates WHERE status = 'unresolved' ORDER BY document, ordinal")
        while try u.step() {
            guard let i = position[u.int(0)!] else { continue }
            documents[i].unresolved.append(UnresolvedReference(text: u.text(1) ?? "",
                                                               location: u.text(2).flatMap { Location($0) } ?? .header,
                                                               reason: u.text(3) ?? ""))
        }
        return documents
    }

    static func load(_ db: SQLiteDatabase) throws -> CitationGraph {
        let s = try db.statement("SELECT part, data FROM snapshot")
        var found: [String: [UInt8]] = [:]
        do {
            while try s.step() { found[s.text(0) ?? ""] = s.blob(1) }
        } catch {
            throw IndexSchema.explain(error, path: db.path)
        }
        if found.isEmpty { throw IndexError.empty(path: db.path) }
        guard found["version"] == Array(String(GraphSnapshot.version).utf8) else {
            throw IndexError.corrupt(path: db.path, reason: "graph snapshot of another version; run `citegraph index` again")
        }
        guard partNames.allSatisfy({ found[$0] != nil }) else {
            throw IndexError.corrupt(path: db.path, reason: "graph snapshot incomplete")
        }
        let parts = GraphSnapshot.Parts(nodes: found["nodes"]!, forwardOffsets: found["forward_offsets"]!,
                                        forwardTargets: found["forward_targets"]!,
                                        occurrenceOffsets: found["occurrence_offsets"]!,
                                        occurrences: found["occurrences"]!, aliases: found["aliases"]!)
        do {
            return try GraphSnapshot.decode(parts)
        } catch {
            throw IndexError.corrupt(path: db.path, reason: "graph snapshot part '\(error.part)' does not decode")
        }
    }
}
