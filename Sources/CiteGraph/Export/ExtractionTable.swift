/// A plain-text table of extracted citations, for a person at a terminal.
public enum ExtractionTable {
    /// A file name on one line, its breaks shown as `\n` and `\r` as the warnings show them,
    /// so that a name cannot start a row of its own.
    static func oneLine(_ name: String) -> String {
        name.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }

    public static func render(_ documents: [ExtractedDocument]) -> String {
        var out = ""
        for doc in documents {
            let header = [doc.symbol ?? "(unknown symbol)", doc.title, doc.adopted].compactMap { $0 }
            out += "\(oneLine(doc.source)): \(header.joined(separator: " — "))\n"
            let rows = doc.citations.map { c -> [String] in
                [c.location.description + (c.footnote.map { " fn\($0)" } ?? ""), c.relation.rawValue,
                 c.target, c.kind.rawValue, c.adopted ?? "", c.pinpoint ?? ""]
            }
            let heading = ["where", "relation", "target", "kind", "adopted", "pinpoint"]
            let table = [heading] + rows
            let widths = heading.indices.map { i in table.map { $0[i].count }.max() ?? 0 }
            for row in table {
                let cells = row.enumerated().map { i, cell in
                    i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                }
                out += "  " + cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            }
            let targets = Set(doc.citations.map(\.target)).count
            out += "  \(doc.citations.count) citations of \(targets) documents"
            out += doc.unresolved.isEmpty ? "\n" : ", \(doc.unresolved.count) unresolved references\n"
            for u in doc.unresolved {
                out += "  unresolved \(u.location): \(u.text) (\(u.reason))\n"
            }
            out += "\n"
        }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
