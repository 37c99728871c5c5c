import CiteGraph
import Testing

/// One node per document: texts of one symbol are one node, and the user is told.
@Suite("Duplicate claims")
struct DuplicateClaimTests {
    @Test func twoTextsOfOneSymbolAreReportedAndOneNode() {
        let a = ExtractedDocument(source: "a/S_RES_0242_1967.txt", symbol: "S/RES/242 (1967)", kind: .scResolution)
        let b = ExtractedDocument(source: "b/copy.txt", symbol: "S/RES/242(1967)", kind: .scResolution)
        let c = ExtractedDocument(source: "c.txt", symbol: "S/RES/338 (1973)", kind: .scResolution,
                                  citations: [Citation(target: "S/RES/242 (1967)", kind: .scResolution, relation: .recalls,
                                                       location: .preambular(1), text: "242 (1967)", range: TextRange(start: 0, end: 10))])
        let claims = DuplicateClaim.find(in: [a, b, c])
        #expect(claims == [DuplicateClaim(symbol: "S/RES/242 (1967)", sources: ["a/S_RES_0242_1967.txt", "b/copy.txt"])])
        #expect(claims[0].warning.contains("2 texts claim S/RES/242 (1967)"))
        let g = CitationGraph(documents: [a, b, c])
        #expect(g.nodes.count == 2)
    }

    @Test func aWarningNamesTheFirstTenSourcesAndCountsTheRest() {
        let sources = (0..<105).map { String(format: "copies/%03d.txt", $0) }
        let claim = DuplicateClaim(symbol: "A/RES/67/195", sources: sources)
        #expect(claim.warning == "105 texts claim A/RES/67/195 and are one node of the graph: "
                + sources.prefix(10).joined(separator: ", ") + " and 95 more")
        let two = DuplicateClaim(symbol: "A/RES/67/195", sources: ["a.txt", "b.txt"])
        #expect(two.warning == "2 texts claim A/RES/67/195 and are one node of the graph: a.txt, b.txt")
    }

    @Test func versionsInTwoLanguagesAreNoClaim() {
        let en = ExtractedDocument(source: "en.txt", symbol: "A/RES/76/150", kind: .gaResolution, language: .en)
        let fr = ExtractedDocument(source: "fr.txt", symbol: "A/RES/76/150", kind: .gaResolution, language: .fr)
        let copy = ExtractedDocument(source: "en-copy.txt", symbol: "A/RES/76/150", kind: .gaResolution, language: .en)
        #expect(DuplicateClaim.find(in: [en, fr]).isEmpty)
        #expect(DuplicateClaim.find(in: [en, fr, copy]) == [DuplicateClaim(symbol: "A/RES/76/150", sources: ["en-copy.txt", "en.txt"])])
    }

    @Test func aDocumentNeverCitesItself() {
        let a = ExtractedDocument(source: "a.txt", symbol: "A/67/66-E/2012/49", kind: .document,
                                  citations: [Citation(target: "E/2012/49", kind: .document, relation: .references,
                                                       location: .footnote(1), text: "E/2012/49", range: TextRange(start: 0, end: 9))])
        let g = CitationGraph(documents: [a])
        #expect(g.nodes.count == 1)
        #expect(g.ancestors(of: 0).isEmpty)
    }
}
