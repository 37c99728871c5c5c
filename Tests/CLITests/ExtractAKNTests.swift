import Foundation
import Testing

/// `citegraph extract` on Akoma Ntoso (AKN4UN) XML, run as a built binary.
@Suite struct ExtractAKNTests {
    static let xml = """
    <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
    <meta><identification><FRBRWork>
    <FRBRthis value="/akn/un/statement/deliberation/unga/2021-12-01/76-10/!main/"/>
    <FRBRdate date="2021-12-01" name="adoption"/></FRBRWork></identification></meta>
    <preamble><formula><p>The General Assembly,</p></formula>
    <container><p>Recalling its resolution <a href="https://undocs.org/en/A/RES/73/89">73/89</a> of 6 December 2018,</p></container>
    <container><p>Reaffirming <a href="https://undocs.org/en/A/RES/70/1">the 2030 Agenda</a>,</p></container>
    </preamble>
    <mainBody><paragraph><num>1.</num><content><p>Recalls Security Council resolution <a href="https://undocs.org/en/S/RES/2334(2016)">2334 (2016)</a>;</p></content></paragraph></mainBody>
    </statement></akomaNtoso>
    """

    static let text = """
    The General Assembly,

    Recalling its resolution 73/89 of 6 December 2018,

    Reaffirming the 2030 Agenda,

    1. Recalls Security Council resolution 2334 (2016);

    """

    static func citations(_ run: CitegraphProcess.Result) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        return documents.flatMap { $0["citations"] as? [[String: Any]] ?? [] }
    }

    @Test func xmlInAFolderIsReadAndABrokenOneReportedWithItsLine() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        try Data(Self.xml.utf8).write(to: dir.appendingPathComponent("A_RES_76_10.xml"))
        try Data("<akomaNtoso>\n<statement>\n</akomaNtoso>\n".utf8).write(to: dir.appendingPathComponent("broken.xml"))
        let run = try CitegraphProcess.run(["extract", "--format", "json", dir.path])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(documents.first?["symbol"] as? String == "A/RES/76/10")
        #expect(documents.first?["adopted"] as? String == "2021-12-01")
        let lines = run.stderrLines.map(String.init)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("citegraph: error: \(dir.appendingPathComponent("broken.xml").path):3: not well-formed XML (") == true)
        let citations = try Self.citations(run)
        let recalled = try #require(citations.first { $0["target"] as? String == "A/RES/73/89" })
        #expect(recalled["un_link"] as? String == "https://undocs.org/en/A/RES/73/89")
        #expect(recalled["origin"] as? String == "text")
        #expect(recalled["location"] as? String == "PP1")
        let agenda = try #require(citations.first { $0["target"] as? String == "A/RES/70/1" })
        #expect(agenda["origin"] as? String == "un-link")
        #expect(citations.first { $0["target"] as? String == "S/RES/2334 (2016)" }?["location"] as? String == "OP1")
    }

    @Test func theXMLGivesTheTargetsOfItsText() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        try Data(Self.xml.utf8).write(to: dir.appendingPathComponent("r.xml"))
        try Data(Self.text.utf8).write(to: dir.appendingPathComponent("r.txt"))
        let xml = try Self.citations(try CitegraphProcess.run(["extract", "--format", "json", dir.appendingPathComponent("r.xml").path]))
        let text = try Self.citations(try CitegraphProcess.run(["extract", "--format", "json", dir.appendingPathComponent("r.txt").path]))
        let fromWords = xml.filter { $0["origin"] as? String == "text" }
        #expect(fromWords.compactMap { $0["target"] as? String }.sorted() == text.compactMap { $0["target"] as? String }.sorted())
        #expect(fromWords.compactMap { $0["range"] as? [String: Int] } == text.compactMap { $0["range"] as? [String: Int] })
        #expect(text.allSatisfy { $0["un_link"] is NSNull && $0["origin"] as? String == "text" })
    }
}
