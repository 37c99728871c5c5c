/// The text answers of the graph queries, for a person at a terminal: a
/// heading that says which way the query walked, then one aligned row per
/// document (depth, symbol, date, kind, title) and the occurrences under it.
public enum GraphText {
    /// A query's answer as the aligned table a person reads in a terminal, under `heading`.
    public static func render(_ report: QueryReport, heading: String) -> String {
        var out = heading + "\n"
        guard !report.results.isEmpty else { return out + "  (none)\n" }
        let showDepth = report.results.contains { $0.depth != nil }
        let showScore = report.results.contains { $0.score != nil }
        let symbolWidth = min(40, report.results.map(\.symbol.count).max() ?? 0)
        var header: [String] = []
        if showDepth { header.append("depth") }
        if showScore { header.append(pad("cited by", 8)); header.append(pad("score", 10)) }
        header += [pad("symbol", symbolWidth), pad("adopted", 10), pad("kind", 17), "title"]
        out += header.joined(separator: "  ") + "\n"
        for r in report.results {
            var cells: [String] = []
            if showDepth { cells.append(pad(r.depth.map(String.init) ?? "", 5)) }
            if showScore {
                cells.append(pad(r.citedBy.map(String.init) ?? "", 8))
                cells.append(pad(r.score.map(formatScore) ?? "", 10))
            }
            cells += [pad(r.symbol, symbolWidth), pad(r.adopted ?? "-", 10), pad(r.kind?.rawValue ?? "-", 17),
                      r.title ?? (r.read ? "-" : "(known only by citation)")]
            out += cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            for o in r.occurrences ?? [] {
                var line = "      \(o.relation.rawValue) at \(o.location)"
                if let f = o.footnote { line += " via footnote \(f)" }
                if let p = o.pinpoint { line += " (\(p))" }
                out += line + "\n"
            }
        }
        return out
    }

    /// A chain written as one step per line: "A cites B", with each document's date.
    public static func renderChain(_ report: QueryReport, heading: String) -> String {
        var out = heading + "\n"
        for (i, r) in report.results.enumerated() {
            let arrow = i == 0 ? "  " : "  → "
            out += arrow + r.symbol + (r.adopted.map { "  (\($0))" } ?? "") + (r.title.map { "  \($0)" } ?? "") + "\n"
        }
        return out
    }

    /// The cycles as text: each ring written out, so the citation that closes it can be checked in the texts.
    public static func render(_ report: CyclesReport) -> String {
        guard !report.cycles.isEmpty else { return "No citation cycles: no documents cite each other.\n" }
        var out = "\(report.cycles.count) group(s) of documents citing each other:\n"
        for (i, group) in report.cycles.enumerated() {
            out += "\(i + 1). \(group.members.count) documents: \(group.members.map(\.symbol).joined(separator: ", "))\n"
            out += "   cycle: \((group.witness + [group.witness[0]]).joined(separator: " → "))\n"
        }
        return out
    }

    /// The statistics as text, the first look at a new corpus.
    public static func render(_ s: StatisticsReport) -> String {
        var out = """
            documents     \(s.nodes) (\(s.read) read, \(s.onlyCited) known only by citation)
            citations     \(s.edges) citing → cited pairs, \(s.occurrences) occurrences
            unresolved    \(s.unresolved) references not resolved to a symbol
            cycles        \(s.cycles) groups of documents citing each other

            """
        out += "documents by kind\n"
        for k in s.nodesByKind { out += "  \(pad(k.kind, 18)) \(k.count)\n" }
        out += "citations by relation (pairs, occurrences)\n"
        for r in s.edgesByRelation { out += "  \(pad(r.relation.rawValue, 18)) \(r.edges), \(r.occurrences)\n" }
        return out
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    private static func formatScore(_ x: Double) -> String {
        x == x.rounded() && x < 1e9 ? String(Int(x)) : String(format6(x))
    }

    /// Six significant decimals without Foundation's locale-dependent formatting.
    private static func format6(_ x: Double) -> String {
        let scaled = (x * 1_000_000).rounded() / 1_000_000
        return "\(scaled)"
    }
}
