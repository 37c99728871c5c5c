/// Writes the JSON of `citegraph extract --format json` straight into bytes.
///
/// The output is byte for byte what Foundation's `JSONEncoder` writes for an
/// `ExtractionReport` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`:
/// two-space indentation, `" : "` between a key and its value, keys in UTF-8
/// order, `null` for every absent value, empty arrays as `[` newline newline `]`,
/// and the encoder's string escapes (`\"`, `\\`, `\b \f \n \r \t`, `\u00xx` for
/// the other control characters, everything else as UTF-8). The tests hold it to
/// that on the golden file and on random documents.
///
/// Going through `Codable` cost a quarter of `extract`'s time: the encoder builds a
/// dictionary for every object and sorts its keys each time. This writer knows the
/// schema, so it writes the keys in their sorted order directly into one buffer,
/// and it takes documents one at a time, so the command can print each document
/// as soon as it is extracted instead of holding the whole report.
///
/// ```swift
/// var json = ExtractionJSONWriter()
/// for doc in documents { json.append(doc) }
/// json.finish()
/// json.drain { print(String(decoding: $0, as: UTF8.self)) }
/// ```
public struct ExtractionJSONWriter: Sendable {
    /// Bytes written and not yet taken.
    public private(set) var bytes: [UInt8] = []
    private var documents = 0
    private var started = false

    public init() {}

    /// The whole report as `JSONEncoder` would encode it (no trailing newline).
    public static func encode(_ report: ExtractionReport) -> [UInt8] {
        var writer = ExtractionJSONWriter()
        for doc in report.documents { writer.append(doc) }
        writer.finish()
        return writer.bytes
    }

    /// Hands what has been written so far to `write` and empties the buffer,
    /// keeping its storage for what follows, so that a caller can print a long
    /// report in pieces without a new buffer for each.
    public mutating func drain(_ write: ([UInt8]) throws -> Void) rethrows {
        try write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Adds one document to the `documents` array.
    public mutating func append(_ doc: ExtractedDocument) {
        startIfNeeded()
        if documents > 0 { raw(",\n") }
        documents += 1
        indent(2)
        document(doc)
    }

    /// Closes the array and the top-level object; call once, after the last document.
    public mutating func finish() {
        startIfNeeded()
        raw("\n  ]\n}")
    }

    private mutating func startIfNeeded() {
        guard !started else { return }
        started = true
        raw("{\n  \"documents\" : [\n")
    }

    // MARK: The schema, keys in sorted (UTF-8) order

    /// What goes before a member's value: `,` and a newline (a newline alone for the
    /// first member), the indentation of `level`, and `"name" : `. Built once per key,
    /// so that writing a key is one copy.
    private static func member(_ name: String, _ level: Int, first: Bool = false) -> [UInt8] {
        Array(((first ? "\n" : ",\n") + String(repeating: "  ", count: level) + "\"" + name + "\" : ").utf8)
    }

    /// A newline, the indentation of `level` and `closing`: the end of an object or array.
    private static func close(_ closing: String, _ level: Int) -> [UInt8] {
        Array(("\n" + String(repeating: "  ", count: level) + closing).utf8)
    }

    /// Documents are at level 2, their members at 3, citations at 4, theirs at 5, a range's at 6.
    private static let documentKeys = (
        adopted: member("adopted", 3, first: true), agendaItem: member("agenda_item", 3), body: member("body", 3),
        citations: member("citations", 3), distributed: member("distributed", 3), jobNumber: member("job_number", 3),
        kind: member("kind", 3), language: member("language", 3), linkConflicts: member("link_conflicts", 3), meeting: member("meeting", 3), notes: member("notes", 3),
        rejected: member("rejected", 3), session: member("session", 3),
        source: member("source", 3), symbol: member("symbol", 3), symbolSource: member("symbol_source", 3),
        title: member("title", 3),
        unresolved: member("unresolved", 3), end: close("}", 2), arrayEnd: close("]", 3),
        nextElement: Array((",\n" + String(repeating: "  ", count: 4)).utf8))
    private static let citationKeys = (
        adopted: member("adopted", 5, first: true), footnote: member("footnote", 5), kind: member("kind", 5),
        location: member("location", 5), origin: member("origin", 5), pinpoint: member("pinpoint", 5),
        range: member("range", 5),
        rangeEnd: member("end", 6, first: true), rangeStart: member("start", 6), rangeClose: close("}", 5),
        relation: member("relation", 5), target: member("target", 5), text: member("text", 5),
        unLink: member("un_link", 5), end: close("}", 4))
    private static let conflictKeys = (
        href: member("href", 5, first: true), linked: member("linked", 5), location: member("location", 5),
        read: member("read", 5), text: member("text", 5), readEnd: close("]", 5), end: close("}", 4),
        readIndent: Array(String(repeating: "  ", count: 6).utf8))
    private static let unresolvedKeys = (
        location: member("location", 5, first: true), range: member("range", 5), reason: member("reason", 5),
        text: member("text", 5), end: close("}", 4))

    /// A document at indentation level 2.
    private mutating func document(_ d: ExtractedDocument) {
        let keys = Self.documentKeys
        raw("{")
        bytes += keys.adopted; optional(d.adopted)
        bytes += keys.agendaItem; optional(d.agendaItem)
        bytes += keys.body; optional(d.body)
        bytes += keys.citations
        array(d.citations) { $0.citation($1) }
        bytes += keys.distributed; optional(d.distributed)
        bytes += keys.jobNumber; optional(d.jobNumber)
        bytes += keys.kind; optional(d.kind?.rawValue)
        bytes += keys.language; optional(d.language?.rawValue)
        bytes += keys.linkConflicts
        array(d.linkConflicts) { $0.conflict($1) }
        bytes += keys.meeting; optional(d.meeting)
        bytes += keys.notes
        strings(d.notes)
        bytes += keys.rejected
        array(d.rejected) { $0.rejected($1) }
        bytes += keys.session; optional(d.session)
        bytes += keys.source; string(d.source)
        bytes += keys.symbol; optional(d.symbol)
        bytes += keys.symbolSource; optional(d.symbolSource?.rawValue)
        bytes += keys.title; optional(d.title)
        bytes += keys.unresolved
        array(d.unresolved) { $0.unresolved($1) }
        bytes += keys.end
    }

    /// An array of objects at level 4 inside a document: the citations, the unresolved references.
    private mutating func array<Element>(_ items: [Element], _ write: (inout ExtractionJSONWriter, Element) -> Void) {
        let keys = Self.documentKeys
        raw("[\n")
        for (k, item) in items.enumerated() {
            bytes += k > 0 ? keys.nextElement : Self.indent4
            write(&self, item)
        }
        bytes += keys.arrayEnd
    }

    private static let indent4 = Array(String(repeating: "  ", count: 4).utf8)

    /// A citation at level 4.
    private mutating func citation(_ c: Citation) {
        let keys = Self.citationKeys
        raw("{")
        bytes += keys.adopted; optional(c.adopted)
        bytes += keys.footnote; optional(c.footnote)
        bytes += keys.kind; string(c.kind.rawValue)
        bytes += keys.location; location(c.location)
        bytes += keys.origin; string(c.origin.rawValue)
        bytes += keys.pinpoint; optional(c.pinpoint)
        bytes += keys.range
        range(c.range)
        bytes += keys.relation; string(c.relation.rawValue)
        bytes += keys.target; string(c.target)
        bytes += keys.text; string(c.text)
        bytes += keys.unLink; optional(c.unLink)
        bytes += keys.end
    }

    /// A link conflict at level 4; its `read` strings at level 6.
    private mutating func conflict(_ c: LinkConflict) {
        let keys = Self.conflictKeys
        raw("{")
        bytes += keys.href; string(c.href)
        bytes += keys.linked; string(c.linked)
        bytes += keys.location; location(c.location)
        bytes += keys.read
        raw("[\n")
        for (k, r) in c.read.enumerated() {
            if k > 0 { raw(",\n") }
            bytes += keys.readIndent
            string(r)
        }
        bytes += keys.readEnd
        bytes += keys.text; string(c.text)
        bytes += keys.end
    }

    private mutating func unresolved(_ u: UnresolvedReference) {
        let keys = Self.unresolvedKeys
        raw("{")
        bytes += keys.location; location(u.location)
        bytes += keys.range
        if let r = u.range { range(r) } else { raw("null") }
        bytes += keys.reason; string(u.reason)
        bytes += keys.text; string(u.text)
        bytes += keys.end
    }

    /// A rejected candidate at level 4: the same members as an unresolved reference.
    private mutating func rejected(_ r: RejectedCandidate) {
        let keys = Self.unresolvedKeys
        raw("{")
        bytes += keys.location; location(r.location)
        bytes += keys.range; range(r.range)
        bytes += keys.reason; string(r.reason.rawValue)
        bytes += keys.text; string(r.text)
        bytes += keys.end
    }

    /// A range object at level 5 (its members at 6).
    private mutating func range(_ r: TextRange) {
        let keys = Self.citationKeys
        raw("{")
        bytes += keys.rangeEnd; integer(r.end)
        bytes += keys.rangeStart; integer(r.start)
        bytes += keys.rangeClose
    }

    /// An array of strings at level 3 (its elements at 4).
    private mutating func strings(_ items: [String]) {
        guard !items.isEmpty else { raw("[\n\n"); indent(3); raw("]"); return }
        raw("[\n")
        for (k, item) in items.enumerated() {
            if k > 0 { raw(",\n") }
            indent(4)
            string(item)
        }
        bytes += Self.documentKeys.arrayEnd
    }

    // MARK: Pieces

    /// `Location.description` as a JSON string, without making the String.
    private mutating func location(_ l: Location) {
        switch l {
        case .header: raw("\"HEADER\"")
        case .preambular(let n): raw("\"PP"); integer(n); bytes.append(Self.quote)
        case .operative(let n): raw("\"OP"); integer(n); bytes.append(Self.quote)
        case .footnote(let n): raw("\"FN"); integer(n); bytes.append(Self.quote)
        }
    }

    private mutating func indent(_ level: Int) {
        for _ in 0..<level { raw("  ") }
    }

    private mutating func raw(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private mutating func optional(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    private mutating func optional(_ n: Int?) {
        if let n { integer(n) } else { raw("null") }
    }

    private mutating func integer(_ n: Int) {
        guard n >= 0 else { bytes.append(contentsOf: String(n).utf8); return }
        var divisor = 1
        while divisor <= n / 10 { divisor *= 10 }
        var v = n
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: v / divisor) &+ UInt8(ascii: "0"))
            v %= divisor
            divisor /= 10
        }
    }

    /// A JSON string with the encoder's escapes; runs that need none are copied whole.
    private mutating func string(_ s: String) {
        bytes.append(Self.quote)
        var s = s
        s.withUTF8 { utf8 in
            var mark = 0
            for i in 0..<utf8.count {
                let c = utf8[i]
                guard c < 0x20 || c == Self.quote || c == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<i]))
                mark = i + 1
                switch c {
                case Self.quote: raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                default:
                    raw("\\u00")
                    bytes.append(Self.hex[Int(c >> 4)])
                    bytes.append(Self.hex[Int(c & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        bytes.append(Self.quote)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
