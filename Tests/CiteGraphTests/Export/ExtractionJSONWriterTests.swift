import CiteGraphTestSupport
import CiteGraph
import Foundation
import Testing

/// `ExtractionJSONWriter` must write exactly the bytes `JSONEncoder` writes with the
/// command's options: the JSON is a contract, and the golden file was made by the encoder.
@Suite("Extraction JSON writer")
struct ExtractionJSONWriterTests {
    static func encoder(_ report: ExtractionReport) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(report))
    }

    /// Compares without printing both outputs in full: a failure shows the first difference.
    static func expectSame(_ written: [UInt8], _ expected: [UInt8], _ context: String = "",
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let same = written == expected
        #expect(same, "\(context)\(same ? "" : firstDifference(written, expected))", sourceLocation: sourceLocation)
    }

    /// Where the two differ, a window around the first difference.
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        func window(_ x: [UInt8]) -> String {
            String(decoding: x[max(0, at - 60)..<min(x.count, at + 60)], as: UTF8.self)
        }
        return "at byte \(at):\nwriter:  \(window(a))\nencoder: \(window(b))"
    }

    @Test func goldenFileOfTheSeed() throws {
        var doc = try Fixtures.extract(file: Fixtures.seed)
        doc.source = "Samples/A_RES_67_195.txt"
        let golden = Fixtures.packageRoot.appendingPathComponent("Tests/CiteGraphTests/Golden/A_RES_67_195.json")
        let expected = Array(try Data(contentsOf: golden))
        let written = ExtractionJSONWriter.encode(ExtractionReport(documents: [doc])) + [0x0A]
        Self.expectSame(written, expected)
    }

    @Test func emptyReportAndEmptyArrays() throws {
        for report in [ExtractionReport(documents: []), ExtractionReport(documents: [ExtractedDocument(source: "")])] {
            let written = ExtractionJSONWriter.encode(report)
            let expected = try Self.encoder(report)
            Self.expectSame(written, expected)
        }
    }

    /// Every character class the encoder treats specially, one string at a time.
    @Test(arguments: ["\"", "\\", "/", "\u{0}", "\u{1}", "\u{8}", "\u{9}", "\u{A}", "\u{B}", "\u{C}", "\u{D}", "\u{F}",
                      "\u{10}", "\u{1F}", "\u{7F}", "\u{80}", "\u{A0}", "é", "e\u{301}", "\u{2028}", "\u{2029}", "\u{FEFF}",
                      "\u{1F600}", "\r\n", "a\"b\\c/d\u{1}e", "日本語", ""])
    func escapes(_ text: String) throws {
        let doc = ExtractedDocument(source: text, title: text, unresolved: [
            UnresolvedReference(text: text, location: .footnote(3), reason: text),
        ])
        let report = ExtractionReport(documents: [doc])
        let written = ExtractionJSONWriter.encode(report)
        let expected = try Self.encoder(report)
        Self.expectSame(written, expected)
    }

    /// Random documents, random strings full of quotes, backslashes, control
    /// characters and non-ASCII text, random absent values: always the encoder's bytes.
    @Test func randomDocumentsMatchTheEncoder() throws {
        var random = SplitMix64(seed: 0x5EED_C17E)
        for round in 0..<300 {
            let report = ExtractionReport(documents: (0..<random.int(below: 4)).map { _ in randomDocument(&random) })
            let written = ExtractionJSONWriter.encode(report)
            let expected = try Self.encoder(report)
            Self.expectSame(written, expected, "round \(round): ")
            if written != expected { return }
        }
    }

    /// Draining the bytes between documents and joining the pieces gives the whole report.
    @Test func piecesJoinToTheWhole() {
        var random = SplitMix64(seed: 42)
        let docs = (0..<5).map { _ in randomDocument(&random) }
        var writer = ExtractionJSONWriter()
        var pieces: [UInt8] = []
        for doc in docs {
            writer.append(doc)
            writer.drain { pieces += $0 }
            #expect(writer.bytes.isEmpty)
        }
        writer.finish()
        writer.drain { pieces += $0 }
        #expect(pieces == ExtractionJSONWriter.encode(ExtractionReport(documents: docs)))
    }

    /// What the command prints for the whole reference corpus, labelled and unlabelled.
    @Test(.enabled(if: Fixtures.shared != nil, "../shared is absent: the corpus is not encoded"))
    func referenceCorpusMatchesTheEncoder() throws {
        let corpus = try #require(Fixtures.shared).appendingPathComponent("corpus")
        let reader = CorpusReader()
        var docs: [ExtractedDocument] = []
        for result in reader.readAll([corpus.path]) {
            docs.append(CitationExtractor().extract(try result.get()))
        }
        #expect(docs.count >= 15)
        let report = ExtractionReport(documents: docs)
        let written = ExtractionJSONWriter.encode(report)
        let expected = try Self.encoder(report)
        Self.expectSame(written, expected)
    }

    // MARK: Random documents

    private func randomDocument(_ r: inout SplitMix64) -> ExtractedDocument {
        ExtractedDocument(
            source: randomString(&r), symbol: r.maybe { randomString(&$0) },
            kind: r.maybe { CitationKind.allCases[$0.int(below: CitationKind.allCases.count)] },
            title: r.maybe { randomString(&$0) }, body: r.maybe { randomString(&$0) },
            adopted: r.maybe { randomString(&$0) }, session: r.maybe { randomInt(&$0) },
            agendaItem: r.maybe { randomString(&$0) }, meeting: r.maybe { randomString(&$0) },
            distributed: r.maybe { randomString(&$0) }, jobNumber: r.maybe { randomString(&$0) },
            citations: (0..<r.int(below: 6)).map { _ in randomCitation(&r) },
            unresolved: (0..<r.int(below: 3)).map { _ in
                UnresolvedReference(text: randomString(&r), location: randomLocation(&r), reason: randomString(&r))
            })
    }

    private func randomCitation(_ r: inout SplitMix64) -> Citation {
        Citation(target: randomString(&r), kind: CitationKind.allCases[r.int(below: CitationKind.allCases.count)],
                 relation: Relation.allCases[r.int(below: Relation.allCases.count)], location: randomLocation(&r),
                 footnote: r.maybe { randomInt(&$0) }, pinpoint: r.maybe { randomString(&$0) },
                 adopted: r.maybe { randomString(&$0) }, text: randomString(&r),
                 range: TextRange(start: randomInt(&r), end: randomInt(&r)))
    }

    private func randomLocation(_ r: inout SplitMix64) -> Location {
        switch r.int(below: 4) {
        case 0: .header
        case 1: .preambular(r.int(below: 40))
        case 2: .operative(r.int(below: 400))
        default: .footnote(r.int(below: 2000))
        }
    }

    private func randomInt(_ r: inout SplitMix64) -> Int {
        switch r.int(below: 5) {
        case 0: 0
        case 1: r.int(below: 10)
        case 2: -r.int(below: 100_000)
        case 3: Int(truncatingIfNeeded: r.next())
        default: r.int(below: 10_000_000)
        }
    }

    /// Pieces that exercise every escape and several UTF-8 lengths.
    private static let alphabet: [String] = [
        "a", "Z", " ", "0", "9", "/", "\"", "\\", "\u{7F}", "é", "e\u{301}", "ß", "–", "—", "“", "”", "\u{A0}", "\u{AD}",
        "\u{2011}", "\u{2028}", "\u{FEFF}", "日", "\u{1F600}", "\u{10FFFF}", "A/RES/56/183", "\\u0041", "\\n",
    ] + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }

    private func randomString(_ r: inout SplitMix64) -> String {
        var s = ""
        for _ in 0..<r.int(below: 24) {
            if r.int(below: 4) == 0 {
                // Any scalar at all, surrogates excepted.
                let v = UInt32(truncatingIfNeeded: r.next() % 0x11_0000)
                if let u = UnicodeScalar(v) { s.unicodeScalars.append(u) }
            } else {
                s += Self.alphabet[r.int(below: Self.alphabet.count)]
            }
        }
        return s
    }
}
