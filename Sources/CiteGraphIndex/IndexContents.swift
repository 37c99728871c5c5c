extension CorpusIndex {
    /// Everything the index holds about the corpus, as text in a canonical
    /// order and without row numbers or run history: two indexes of the same
    /// files give the same text however they were built (fresh, incrementally,
    /// interrupted and resumed, with any number of workers). Tests compare it.
    public func contents() throws -> String {
        let db = try IndexConnection.open(path, readOnly: true)
        var out: [String] = []
        func dump(_ title: String, _ sql: String) throws {
            out.append("# \(title)")
            let s = try db.database.statement(sql)
            while try s.step() {
                out.append((0..<s.columnCount).map { column -> String in
                    switch s.value(column) {
                    case .null: "∅"
                    case .integer(let v): String(v)
                    case .real(let v): String(v)
                    case .text(let v): v
                    case .blob(let v): "blob:\(v.count):\(ContentHash.of(String(decoding: v, as: UTF8.self)))"
                    }
                }.joined(separator: "\t"))
            }
        }
        try dump("documents", """
            SELECT path, source, symbol, symbol_key, symbol_source, kind, organ, title, adopted, session, agenda_item, meeting,
            distributed, job_number, format, size, mtime_ns, content_hash FROM documents ORDER BY path
            """)
        try dump("citations", """
            SELECT d.path, c.ordinal, c.target, c.target_key, c.kind, c.relation, c.location, c.footnote, c.pinpoint,
            c.cited_date, c.text, c.range_start, c.range_end, c.linked, t.path, c.fresh
            FROM citations c JOIN documents d ON d.id = c.document LEFT JOIN documents t ON t.id = c.cited_document
            ORDER BY d.path, c.ordinal
            """)
        try dump("aliases", "SELECT a.key, d.path, a.kind FROM aliases a JOIN documents d ON d.id = a.document ORDER BY a.key, d.path")
        try dump("candidates", """
            SELECT d.path, c.status, c.ordinal, c.text, c.location, c.reason, c.range_start, c.range_end FROM candidates c
            JOIN documents d ON d.id = c.document ORDER BY d.path, c.status, c.ordinal
            """)
        try dump("pending", "SELECT key FROM pending_keys ORDER BY key")
        try dump("orphans", """
            SELECT 'citation', id FROM citations WHERE document NOT IN (SELECT id FROM documents)
            UNION ALL SELECT 'alias', key FROM aliases WHERE document NOT IN (SELECT id FROM documents)
            UNION ALL SELECT 'candidate', ordinal FROM candidates WHERE document NOT IN (SELECT id FROM documents)
            """)
        try dump("meta", "SELECT key, value FROM meta ORDER BY key")
        // The indexes too: a run that wrote without them must have put every one back.
        try dump("schema", "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        try dump("snapshot", "SELECT part, data FROM snapshot ORDER BY part")
        return out.joined(separator: "\n") + "\n"
    }
}
