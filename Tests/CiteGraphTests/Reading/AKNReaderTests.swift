@testable import CiteGraph
import Foundation
import Testing

@Suite("AKN4UN reader")
struct AKNReaderTests {
    static func read(_ xml: String = AKNFixture.xml, path: String = "fixture.xml") throws -> DocumentText {
        try AKNReader.read(Data(xml.utf8), path: path)
    }

    static func extracted() throws -> ExtractedDocument { CitationExtractor().extract(try read()) }

    @Test("the text is the one akn_crosscheck.py writes")
    func textAsTheToolWritesIt() throws {
        let doc = try Self.read()
        #expect(doc.text == AKNFixture.text)
        #expect(doc.format == .akn)
    }

    @Test("AKN4UN: identity from the FRBR work URI, dates and the cover page")
    func identity() throws {
        let doc = try Self.extracted()
        #expect(doc.symbol == "A/RES/76/84")
        #expect(doc.kind == .gaResolution)
        #expect(doc.body == "General Assembly")
        #expect(doc.adopted == "2021-12-09")
        #expect(doc.distributed == "2021-12-15")
        #expect(doc.session == 76)
        #expect(doc.agendaItem == "39")
        #expect(doc.title == "Peaceful settlement of questions")
        #expect(doc.meeting == "48th plenary meeting")
    }

    @Test("AKN4UN: FRBR work URIs name the resolution", arguments: [
        ("/akn/un/statement/deliberation/unga/2021-12-01/76-10/!main/", "A/RES/76/10"),
        ("/akn/un/statement/deliberation/unga/2022-03-02/ES-11-1/!main/", "A/RES/ES-11/1"),
        ("/akn/un/statement/deliberation/unecosoc/2021-07-23/2022-1/!main/", "E/RES/2022/1"),
        ("/akn/un/statement/deliberation/unga/2021-12-09/76-84A-B/!main/", "A/RES/76/84"),
        ("/akn/un/statement/deliberation/unga/2022-04-07/76-247A/!main/annex", "A/RES/76/247"),
        ("/akn/un/statement/deliberation/unsc/2016-12-23/2334-2016/!main/", "S/RES/2334 (2016)"),
        ("/akn/un/statement/deliberation/unhrc/2021-10-08/48-13/!main/", "A/HRC/RES/48/13"),
    ])
    func workURI(uri: String, symbol: String) {
        #expect(AKNIdentity.symbol(fromWorkURI: uri)?.symbol == symbol)
    }

    @Test("AKN4UN: a URI without a body and a date names nothing")
    func workURIWithoutBody() {
        #expect(AKNIdentity.symbol(fromWorkURI: "/akn/un/statement/deliberation/76-10/") == nil)
        #expect(AKNIdentity.symbol(fromWorkURI: "/akn/un/statement/deliberation/unga/2021-12-01/!main/") == nil)
    }

    @Test("undocs.org addresses name a symbol in every language", arguments: [
        ("https://undocs.org/en/A/RES/2205(XXI)", "A/RES/2205(XXI)"),
        ("https://undocs.org/ch/A/RES/75/22", "A/RES/75/22"),
        ("https://undocs.org/zh/A/RES/75/22", "A/RES/75/22"),
        ("http://www.undocs.org/fr/S/RES/242(1967)", "S/RES/242(1967)"),
        ("https://undocs.org/A/76/6(Sect.%202)", "A/76/6(Sect. 2)"),
        ("https://undocs.org/en/A/RES/59/126a-b", "A/RES/59/126"),
        ("https://undocs.org/en/A/76/48(supp)", "A/76/48"),
        ("https://undocs.org/en/A/RES/76/1/", "A/RES/76/1"),
        ("https://undocs.org//en/A/RES/217 (III)", "A/RES/217 (III)"),
        // White space inside an address is one space (a tab kept in the attribute; found by the akn fuzz target).
        ("https://undocs.org/en/A/RES/217\t\t(III)", "A/RES/217 (III)"),
        ("https://undocs.org/en/A/RES/217%20%20(III)", "A/RES/217 (III)"),
        ("https://undocs.org/en/A/76/48 (supp)", "A/76/48"),
    ])
    func undocs(href: String, symbol: String) {
        #expect(UNDocsLink.symbol(href) == symbol)
    }

    @Test("addresses that are not undocs.org symbols are not links to documents", arguments: [
        "https://www.un.org/en/conferences", "https://undocs.org/en/", "mailto:ldcportal@un.org", "https://undocs.org/en/12345",
    ])
    func notUndocs(href: String) {
        #expect(UNDocsLink.symbol(href) == nil)
    }

    @Test("AKN4UN: locations from the structure: preamble containers, numbered paragraphs, the marker's paragraph")
    func locations() throws {
        let doc = try Self.extracted()
        func location(_ target: String) -> [String] { doc.citations.filter { $0.target == target }.map(\.location.description) }
        #expect(location("A/76/L.14") == ["HEADER"])
        #expect(location("A/RES/73/89") == ["PP1"])
        #expect(location("A/RES/58/292") == ["PP2"])
        #expect(location("A/RES/70/1") == ["PP3"])
        #expect(location("A/76/299-S/2021/749") == ["PP5"])
        #expect(doc.citations.first { $0.target == "A/76/299-S/2021/749" }?.footnote == 1)
        #expect(location("S/RES/2334 (2016)") == ["OP1"])
        #expect(location("E/RES/2022/1") == ["OP2"])
        #expect(location("FCCC/CP/2015/10/Add.1") == ["OP2"])
    }

    @Test("AKN4UN: a link the words agree with marks the citation linked; split links are one")
    func linkedCitations() throws {
        let doc = try Self.extracted()
        let linked = doc.citations.filter { $0.unLink != nil }
        #expect(doc.citations.first { $0.target == "A/RES/73/89" }?.unLink == "https://undocs.org/en/A/RES/73/89")
        #expect(doc.citations.filter { $0.target == "A/RES/58/292" }.count == 1)
        #expect(doc.citations.first { $0.target == "A/RES/58/292" }?.origin == .text)
        // A joint symbol in the words, one half linked.
        #expect(doc.citations.first { $0.target == "A/76/299-S/2021/749" }?.unLink == "https://undocs.org/en/A/76/299")
        #expect(doc.citations.first { $0.target == "E/RES/2022/1" }?.unLink == "https://undocs.org/ch/E/RES/2022/1")
        // Nobody linked the draft in the header.
        #expect(doc.citations.first { $0.target == "A/76/L.14" }?.unLink == nil)
        #expect(linked.allSatisfy { $0.origin == .text || $0.origin == .unLink })
    }

    @Test("AKN4UN: a link on words the grammar does not read becomes a citation of its own")
    func linkOnly() throws {
        let doc = try Self.extracted()
        let agenda = try #require(doc.citations.first { $0.target == "A/RES/70/1" })
        #expect(agenda.origin == .unLink)
        #expect(agenda.kind == .gaResolution)
        #expect(agenda.relation == .reaffirms)
        #expect(agenda.text == "the 2030 Agenda for Sustainable Development")
        let start = AKNFixture.text.unicodeScalars.count - AKNFixture.text[AKNFixture.text.range(of: "the 2030 Agenda")!.lowerBound...].unicodeScalars.count
        #expect(agenda.range.start == start)
    }

    @Test("AKN4UN: a link the words contradict is reported and the words' reading kept")
    func conflict() throws {
        let doc = try Self.extracted()
        #expect(doc.citations.contains { $0.target == "A/RES/2205 (XXI)" && $0.unLink == nil })
        #expect(!doc.citations.contains { $0.target.hasPrefix("A/RES/2250") })
        #expect(doc.linkConflicts == [LinkConflict(href: "https://undocs.org/en/A/RES/2250(XXI)", linked: "A/RES/2250 (XXI)",
                                                   text: "2205 (XXI)", read: ["A/RES/2205 (XXI)"], location: .preambular(4))])
        #expect(doc.warnings.contains { $0.contains("the UN links \"2205 (XXI)\" to A/RES/2250 (XXI)") })
    }

    @Test("the XML and its text give the extractor the same targets")
    func sameTargetsAsText() throws {
        let fromXML = try Self.extracted()
        let fromText = CitationExtractor().extract(DocumentText(source: "fixture.txt", text: AKNFixture.text, format: .plainText))
        let words = fromXML.citations.filter { $0.origin == .text }
        #expect(words.map(\.target).sorted() == fromText.citations.map(\.target).filter { $0 != "A/RES/76/84" }.sorted())
        #expect(Set(words.map(\.range)) == Set(fromText.citations.filter { $0.target != "A/RES/76/84" }.map(\.range)))
    }

    @Test("a file that is not well-formed XML is one error naming the file and the line")
    func malformed() throws {
        let broken = AKNFixture.xml.replacingOccurrences(of: "<num>1.</num>", with: "<num>1.</nim>")
        let line = broken.components(separatedBy: "\n").firstIndex { $0.contains("</nim>") }! + 1
        let result = Result { () throws(ReadError) in try AKNReader.read(Data(broken.utf8), path: "bad.xml") }
        guard case .failure(let error) = result, case .malformedXML(let path, let at, _) = error else {
            Issue.record("not a malformed-XML error: \(result)")
            return
        }
        #expect(path == "bad.xml")
        #expect(at == line)
        #expect(error.localizedDescription.hasPrefix("bad.xml:\(line): not well-formed XML ("))
    }

    @Test("well-formed XML that is not Akoma Ntoso, and an empty file, are refused")
    func notAKN() {
        #expect(throws: ReadError.notAkomaNtoso(path: "x.xml", reason: "the root element is <html>, not <akomaNtoso>")) {
            try Self.read("<html><p>A/RES/76/1</p></html>", path: "x.xml")
        }
        #expect(throws: ReadError.empty(path: "e.xml")) { try Self.read("  \n", path: "e.xml") }
    }

    @Test("a folder walk reads .xml files, and one bad file does not stop the batch")
    func batch() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("akn-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(AKNFixture.xml.utf8).write(to: dir.appendingPathComponent("a.xml"))
        try Data("<akomaNtoso><statement>".utf8).write(to: dir.appendingPathComponent("b.xml"))
        try Data(AKNFixture.text.utf8).write(to: dir.appendingPathComponent("c.txt"))
        let results = CorpusReader().readAll([dir.path])
        #expect(results.count == 3)
        #expect((try? results[0].get())?.markup?.identity.symbol == "A/RES/76/84")
        guard case .failure(.malformedXML(let path, _, _)) = results[1] else { Issue.record("b.xml: \(results[1])"); return }
        #expect(path.hasSuffix("b.xml"))
        #expect((try? results[2].get())?.format == .plainText)
    }
}

@Suite("AKN4UN JSON")
struct AKNJSONTests {
    @Test("the JSON of the fixture: un_link, origin and link_conflicts")
    func golden() throws {
        let doc = try AKNReaderTests.extracted()
        let json = String(decoding: ExtractionJSONWriter.encode(ExtractionReport(documents: [doc])) + [0x0A], as: UTF8.self)
        try GoldenFile.check(json, against: "akn-fixture.json")
    }

    @Test("a report with links reads back as it was written")
    func roundTrip() throws {
        let doc = try AKNReaderTests.extracted()
        let bytes = ExtractionJSONWriter.encode(ExtractionReport(documents: [doc]))
        let back = try JSONDecoder().decode(ExtractionReport.self, from: Data(bytes))
        // A citation's language is the document's, written once per document and given back to each.
        #expect(back.documents == [doc])
    }
}

/// Found by the akn fuzz target: bytes that are not UTF-8 after an XML declaration made
/// FoundationXML trap; they are one clear error naming the file instead.
@Suite("AKN4UN reader on bytes that are not UTF-8")
struct AKNInvalidUTF8Tests {
    @Test func invalidBytesAreAMalformedXMLError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-akn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.xml")
        try Data(Array("<?xml vers".utf8) + [UInt8](repeating: 0xFF, count: 279)).write(to: file)
        #expect(throws: ReadError.self) { try AKNReader().read(file) }
        do { _ = try AKNReader().read(file) } catch {
            guard case .malformedXML(let path, let line, let reason) = error else { Issue.record("\(error)"); return }
            #expect(path == file.path && line == 1 && reason.contains("not valid UTF-8"))
        }
    }
}

/// Found by the akn fuzz target: a processing instruction without data made
/// FoundationXML call strlen on nothing; such an input is one clear error, no crash.
@Suite("AKN4UN reader on an empty processing instruction")
struct AKNEmptyProcessingInstructionTests {
    @Test(arguments: [("<?xml.?><htmn>", false), ("<?xml version=\"1.0\"?><akomaNtoso><?pi?></akomaNtoso>", true)])
    func noCrash(_ text: String, reads: Bool) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-akn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("pi.xml")
        try Data(text.utf8).write(to: file)
        // Not Akoma Ntoso: one error. An Akoma Ntoso root with an empty instruction inside: read.
        let result = Result { () throws(ReadError) in try AKNReader().read(file) }
        let read = (try? result.get()) != nil
        #expect(read == reads)
    }

    /// The Arabic and Chinese markup of 76/150 link another body's "resolution 14/221" to
    /// A/RES/14/221, a number the Assembly's series never had (it has numbered by session only
    /// since its thirty-first session): the link is reported, and no such node enters the graph.
    @Test("AKN4UN: a link to a number its series never had is reported, not cited")
    func impossibleLink() throws {
        let paragraph = #"its resolution <a href="https://undocs.org/en/A/RES/2250(XXI)">2205 (XXI)</a>,"#
        #expect(AKNFixture.xml.contains(paragraph))
        let xml = AKNFixture.xml.replacingOccurrences(of: paragraph,
            with: #"League of Arab States resolution <a href="https://undocs.org/en/A/RES/14/221">14/221</a>,"#)
        let doc = CitationExtractor().extract(try AKNReader.read(Data(xml.utf8), path: "fixture.xml"))
        #expect(!doc.citations.contains { $0.target == "A/RES/14/221" })
        let conflict = try #require(doc.linkConflicts.first { $0.linked == "A/RES/14/221" })
        #expect(conflict.text == "14/221")
        #expect(conflict.read.first?.contains("thirty-first session") == true)
    }
}
