/// Writes one CSV row per citation occurrence, what `citegraph extract
/// --format csv` prints: the flat table a spreadsheet, pandas
/// (`pd.read_csv`) or R opens directly, where the JSON report would need a
/// program to flatten its nesting first.
///
/// Columns: `source` (the file), `document` (its symbol), `target`, `kind`,
/// `relation`, `location`, `footnote`, `pinpoint`, `adopted`, `text`,
/// `start`, `end` (the citation's Unicode scalar offsets in the text, as in
/// the JSON). Unknown values are empty fields. Quoting follows RFC 4180: a
/// field holding a comma, a double quote or a line break is quoted, its quotes
/// doubled; lines end with LF. Rows are in document order, then text order,
/// so the same input gives the same bytes.
public struct CitationCSVWriter: Sendable {
    public static let header = "source,document,target,kind,relation,location,footnote,pinpoint,adopted,text,start,end\n"

    public init() {}

    /// The header line followed by every document's rows.
    public func write(_ documents: [ExtractedDocument]) -> String {
        Self.header + documents.map(rows).joined()
    }

    /// One document's rows, without the header, so that a caller printing a
    /// large corpus can write each document as soon as it is extracted.
    public func rows(_ document: ExtractedDocument) -> String {
        var out = ""
        for citation in document.citations {
            let fields: [String] = [
                document.source, document.symbol ?? "", citation.target, citation.kind.rawValue,
                citation.relation.rawValue, citation.location.description,
                citation.footnote.map(String.init) ?? "", citation.pinpoint ?? "", citation.adopted ?? "",
                citation.text, String(citation.range.start), String(citation.range.end),
            ]
            out += fields.map(Self.field).joined(separator: ",")
            out += "\n"
        }
        return out
    }

    /// RFC 4180: quoted when the field holds a separator, a quote or a line break; quotes doubled.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
