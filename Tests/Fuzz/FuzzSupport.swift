// Shared by every fuzz target (scripts/fuzz.sh builds each with libFuzzer and
// AddressSanitizer): the invariants a target checks beyond "no crash". A broken
// invariant is a crash, so libFuzzer keeps the input that broke it.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import CiteGraph

enum Fuzz {
    /// FNV-1a of the input: which inputs get the checks a target runs on a share of them.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Stops the run with the input kept, naming the invariant.
    static func require(_ condition: @autoclosure () -> Bool, _ what: @autoclosure () -> String) {
        if !condition() {
            FileHandle.standardError.write(Data("fuzz invariant broken: \(what())\n".utf8))
            abort()
        }
    }

    static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Extracts `text` as `format` and checks what must hold on any input: every range lies in
    /// the text and its text is what stands there (white space folded, less the inner lines of
    /// a page break it runs across: `SpanText`), the same bytes give the
    /// same result, and the searches did linear work.
    @discardableResult
    static func checkedExtraction(_ text: String, format: DocumentFormat, source: String = "fuzz.txt",
                                  twice: Bool = true) -> ExtractedDocument {
        checkedExtraction(DocumentText(source: source, text: text, format: format), twice: twice)
    }

    /// `checkedExtraction` of a reader's whole output (an AKN text carries its markup).
    @discardableResult
    static func checkedExtraction(_ input: DocumentText, twice: Bool = true) -> ExtractedDocument {
        let text = input.text
        var work = ExtractionWork()
        let doc = CitationExtractor().extract(input, work: &work)
        let n = text.utf8.count
        require(work.total <= 8 * n + 4_096, "work \(work) on \(n) bytes")
        let scalars = Array(text.unicodeScalars)
        for c in doc.citations {
            require(0 <= c.range.start && c.range.start <= c.range.end && c.range.end <= scalars.count,
                    "range \(c.range) outside \(scalars.count) scalars")
            let slice = String(String.UnicodeScalarView(scalars[c.range.start..<c.range.end]))
            require(SpanText.isSlice(slice, lessInnerLines: c.text, fold: fold), "citation text '\(c.text)' is not the text at \(c.range): '\(slice)'")
            require(!c.target.isEmpty, "empty target")
            // A citation's kind is its target's kind, and the target is a canonical symbol:
            // normalising it again changes nothing.
            require(CanonicalSymbol.classify(symbol: c.target).kind == c.kind, "kind \(c.kind) for target \(c.target)")
            // A symbol has no line break, no run of spaces and nothing to trim; a document never
            // cites its own symbol (ANNOTATION.md).
            require(!c.target.contains("\n") && !c.target.contains("  ") && c.target == c.target.trimmingCharacters(in: .whitespacesAndNewlines),
                    "target '\(c.target)' holds white space out of place")
            require(c.target != doc.symbol, "the document cites its own symbol \(c.target)")
            let key = SymbolIdentity.normalize(c.target)
            require(SymbolIdentity.normalize(key) == key, "normalising \(c.target) twice gives \(SymbolIdentity.normalize(key)), not \(key)")
        }
        if twice {
            let again = CitationExtractor().extract(input)
            require(again == doc, "two extractions of the same text differ")
        }
        return doc
    }

    /// The text with what extraction folds folded (`NormalizedText`): typographic hyphens to
    /// "-", the other scripts' forms of symbol characters to ASCII (full-width forms,
    /// Arabic-Indic digits, the Arabic comma and semicolon), soft hyphens, zero-width spaces,
    /// direction marks, tatweel and Arabic vowel marks dropped, any run of white space
    /// (no-break and ideographic spaces too) one space.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for var u in text.unicodeScalars {
            let v = u.value
            if v == 0xAD || v == 0x200B || v == 0xFEFF || v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x0640 || (0x064B...0x0652).contains(v) { continue }
            if (0xFF01...0xFF5E).contains(v) { u = Unicode.Scalar(v - 0xFF01 + 0x21)! }
            else if (0x0660...0x0669).contains(v) { u = Unicode.Scalar(v - 0x0660 + 0x30)! }
            else if (0x06F0...0x06F9).contains(v) { u = Unicode.Scalar(v - 0x06F0 + 0x30)! }
            else if v == 0x060C { u = "," } else if v == 0x061B { u = ";" } else if v == 0x3000 { u = " " }
            if u.properties.isWhitespace || u == "\u{00A0}" || u == "\u{202F}" || u == "\u{2007}" || u.value == 0 {
                space = !out.isEmpty; continue
            }
            if space { out.append(" "); space = false }
            out.append([0x2010, 0x2011, 0x2012, 0x2013, 0x2212].contains(u.value) ? "-" : u)
        }
        return String(out)
    }

    /// Whether `text` is well-formed XML, by Foundation's parser (libxml2).
    static func wellFormedXML(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse()
    }

    /// The rows of a CSV file (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
    static func csvRows(_ text: String) -> [[String]]? {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, atStart = true
        var it = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? { if let p = pending { pending = nil; return p }; return it.next() }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let d = next() { if d == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = d } }
                    else { quoted = false }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"" where atStart: quoted = true; atStart = false
            case "\"": return nil
            case ",": row.append(field); field = ""; atStart = true
            case "\n": row.append(field); rows.append(row); row = []; field = ""; atStart = true
            case "\r": continue
            default: field.unicodeScalars.append(c); atStart = false
            }
        }
        if quoted { return nil }
        if !row.isEmpty || !field.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// Splits the input at NUL bytes into up to `limit` texts, decoded as the text reader does.
    static func documents(_ bytes: [UInt8], limit: Int = 4) -> [DocumentText] {
        var out: [DocumentText] = []
        for (k, part) in bytes.split(separator: 0, omittingEmptySubsequences: true).prefix(limit).enumerated() {
            guard let decoded = try? TextDecoding.decode(Data(part), path: "doc\(k).txt") else { continue }
            out.append(DocumentText(source: "doc\(k).txt", text: decoded.text, format: k % 2 == 0 ? .plainText : .markdown))
        }
        return out
    }
}

/// Reads fuzz bytes as the fields of documents, for the targets that test what comes after
/// extraction (graph building, the writers, the renderer): what a report file read back from
/// JSON can hold, which is any string in any field, not only what the extractor writes.
/// Running out of bytes gives zeros and empty strings, so every input is some set of documents.
struct FuzzFields {
    private let bytes: [UInt8]
    private var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { at >= bytes.count }

    mutating func byte() -> UInt8 {
        guard at < bytes.count else { return 0 }
        defer { at += 1 }
        return bytes[at]
    }

    /// A number in 0..<bound.
    mutating func pick(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(byte()) % bound }

    /// A string of up to 31 bytes taken as UTF-8 (ill-formed sequences repaired, as a decoder
    /// does): control characters, quotes, markup and any script.
    mutating func string() -> String {
        let n = Int(byte() & 31), end = min(bytes.count, at + n)
        defer { at = end }
        return String(decoding: bytes[min(at, end)..<end], as: UTF8.self)
    }

    /// A symbol: most often one of a small set (so citations meet the documents that are
    /// cited, and cycles form), sometimes a variant of one, sometimes any string.
    mutating func symbol() -> String {
        let pool = ["A/RES/67/195", "A/RES/56/183", "S/RES/1373 (2001)", "E/RES/2006/46", "A/67/66-E/2012/49",
                    "A/DEC/67/550", "S/2020/12", "A/HRC/RES/19/11", "S/RES/1269 (1999)", "A/RES/ES-10/13"]
        switch byte() % 8 {
        case 0: return string()
        case 1: return pool[pick(pool.count)] + string()
        default: return pool[pick(pool.count)]
        }
    }

    mutating func optional(_ make: (inout FuzzFields) -> String) -> String? {
        byte() & 1 == 0 ? nil : make(&self)
    }

    /// Up to six documents of up to eight citations each.
    mutating func documents() -> [ExtractedDocument] {
        var docs: [ExtractedDocument] = []
        for k in 0..<(1 + pick(6)) where !isAtEnd {
            var doc = ExtractedDocument(source: "doc\(k).txt", symbol: optional { $0.symbol() },
                                        kind: CitationKind.allCases[pick(CitationKind.allCases.count)],
                                        title: optional { $0.string() }, adopted: optional { $0.string() })
            for _ in 0..<pick(9) {
                let location: Location = switch byte() % 4 {
                case 0: .header
                case 1: .preambular(pick(40))
                case 2: .operative(pick(40))
                default: .footnote(pick(40))
                }
                let start = pick(200)
                doc.citations.append(Citation(target: symbol(), kind: CitationKind.allCases[pick(CitationKind.allCases.count)],
                                              relation: Relation.allCases[pick(Relation.allCases.count)], location: location,
                                              footnote: byte() & 1 == 0 ? nil : pick(40), pinpoint: optional { $0.string() },
                                              text: string(), range: TextRange(start: start, end: start + pick(60))))
            }
            docs.append(doc)
        }
        return docs
    }
}

/// Time spent inside one library call, for the targets whose rate a C library bounds (Graphviz's
/// layout, poppler): with FUZZ_TIMING=1 in the environment the share is printed at exit, so the
/// rate can be told apart from the harness's own cost.
enum FuzzTiming {
    nonisolated(unsafe) static var inside: UInt64 = 0
    nonisolated(unsafe) static var calls = 0
    nonisolated(unsafe) static var started: UInt64 = 0
    static let enabled: Bool = {
        guard ProcessInfo.processInfo.environment["FUZZ_TIMING"] == "1" else { return false }
        started = now()
        atexit {
            let total = Double(FuzzTiming.now() - FuzzTiming.started) / 1e9, spent = Double(FuzzTiming.inside) / 1e9
            FileHandle.standardError.write(Data(String(format: "fuzz timing: %d calls, %.2f s of %.2f s (%.0f%%) inside, %.2f ms a call\n",
                                                       FuzzTiming.calls, spent, total, 100 * spent / max(total, 1e-9),
                                                       1e3 * spent / Double(max(FuzzTiming.calls, 1))).utf8))
        }
        return true
    }()

    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// Runs `body`, counting its time when timing is on.
    static func measure<T>(_ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let t0 = now()
        defer { inside += now() - t0; calls += 1 }
        return try body()
    }
}
