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
/// let bytes = json.takeBytes()
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

    /// Hands over what has been written so far, leaving the buffer empty, so
    /// that a caller can print a long report in pieces.
    public mutating func takeBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        swap(&out, &bytes)
        return out
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

    /// A document at indentation level 2, its keys at level 3.
    private mutating func document(_ d: ExtractedDocument) {
        raw("{\n")
        key("adopted", 3, first: true); optional(d.adopted)
        key("agenda_item", 3); optional(d.agendaItem)
        key("body", 3); optional(d.body)
        key("citations", 3)
        raw("[\n")
        for (k, c) in d.citations.enumerated() {
            if k > 0 { raw(",\n") }
            indent(4)
            citation(c)
        }
        raw("\n"); indent(3); raw("]")
        key("distributed", 3); optional(d.distributed)
        key("job_number", 3); optional(d.jobNumber)
        key("kind", 3); optional(d.kind?.rawValue)
        key("meeting", 3); optional(d.meeting)
        key("session", 3); optional(d.session)
        key("source", 3); string(d.source)
        key("symbol", 3); optional(d.symbol)
        key("title", 3); optional(d.title)
        key("unresolved", 3)
        raw("[\n")
        for (k, u) in d.unresolved.enumerated() {
            if k > 0 { raw(",\n") }
            indent(4)
            unresolved(u)
        }
        raw("\n"); indent(3); raw("]")
        raw("\n"); indent(2); raw("}")
    }

    /// A citation at level 4, its keys at level 5.
    private mutating func citation(_ c: Citation) {
        raw("{\n")
        key("adopted", 5, first: true); optional(c.adopted)
        key("footnote", 5); optional(c.footnote)
        key("kind", 5); string(c.kind.rawValue)
        key("location", 5); string(c.location.description)
        key("pinpoint", 5); optional(c.pinpoint)
        key("range", 5)
        raw("{\n")
        key("end", 6, first: true); integer(c.range.end)
        key("start", 6); integer(c.range.start)
        raw("\n"); indent(5); raw("}")
        key("relation", 5); string(c.relation.rawValue)
        key("target", 5); string(c.target)
        key("text", 5); string(c.text)
        raw("\n"); indent(4); raw("}")
    }

    private mutating func unresolved(_ u: UnresolvedReference) {
        raw("{\n")
        key("location", 5, first: true); string(u.location.description)
        key("reason", 5); string(u.reason)
        key("text", 5); string(u.text)
        raw("\n"); indent(4); raw("}")
    }

    // MARK: Pieces

    /// `"name" : ` at `level`, after the separator from the previous member.
    private mutating func key(_ name: StaticString, _ level: Int, first: Bool = false) {
        if !first { raw(",\n") }
        indent(level)
        bytes.append(Self.quote)
        raw(name)
        raw("\" : ")
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
