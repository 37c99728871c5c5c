@testable import CiteGraph
import CiteGraphTestSupport
import Testing

/// `SymbolKey` works out ASCII symbols on bytes and everything else on `Character`s;
/// the two must agree wherever both apply.
@Suite("Symbol keys")
struct SymbolKeyTests {
    @Test func jointSymbolsSplitAtANewSeries() {
        #expect(SymbolKey("A/67/66-E/2012/49").halves == ["A/67/66", "E/2012/49"])
        #expect(SymbolKey("A/RES/S-10/2").halves == ["A/RES/S-10/2"])
        #expect(SymbolKey("A/RES/ES-10/14").halves == ["A/RES/ES-10/14"])
        #expect(SymbolKey("s/res/1325 (2000)").halves == ["S/RES/1325(2000)"])
        #expect(SymbolKey("A/67/66-E/2012/49").overlaps(SymbolKey("E/2012/49")))
        #expect(!SymbolKey("A/RES/56/183").overlaps(SymbolKey("A/RES/56/18")))
    }

    @Test func asciiBytesAgreeWithCharacters() {
        var random = SplitMix64(seed: 0x5E7_4B)
        let pieces = ["A", "E", "S", "ES", "RES", "CN.4", "/", "-", "--", " ", "\t", "\n", "\r", "1", "10", "2012", "a", "res",
                      "s", "es", "(2000)", "Add.1", "Corr", "ABCDEFGHIJ", ".", "-E/", "/S", "/ES", "-S-", "x"]
        for _ in 0..<3000 {
            var symbol = ""
            for _ in 0..<random.int(below: 12) { symbol += pieces[random.int(below: pieces.count)] }
            let bytes = SymbolKey.asciiHalves(symbol)
            #expect(bytes == SymbolKey.halves(symbol), "\(symbol.debugDescription)")
        }
    }

    @Test func nonASCIIIsLeftToCharacters() {
        #expect(SymbolKey.asciiHalves("A/RES/80\u{2011}4") == nil)
        #expect(SymbolKey("A\u{2011}/RES/80/4").halves == SymbolKey.halves("A-/RES/80/4"))
        #expect(SymbolKey("A/67/66\u{2010}E/2012/49").halves == ["A/67/66", "E/2012/49"])
    }
}

/// `CanonicalSymbol` classifies ASCII symbols on bytes and others through String; the two must agree.
@Suite("Symbol kinds")
struct SymbolKindTests {
    @Test func asciiBytesAgreeWithStrings() {
        var random = SplitMix64(seed: 2012)
        let pieces = ["A", "E", "S", "a", "e", "s", "/", "RES", "res", "DEC", "HRC", "-", "S-", "ES-", "10", "2", " ", "(Vol. I)",
                      "CN.4", "Add.1", "PRST", "/RES/", "/res/s-", "Res", "/DEC/", "/Corr.", "/add.", "Rev.", "/Amend."]
        for _ in 0..<5000 {
            var symbol = ""
            for _ in 0..<random.int(below: 9) { symbol += pieces[random.int(below: pieces.count)] }
            #expect(CanonicalSymbol.asciiKind(symbol) == CanonicalSymbol.kind(symbol), "\(symbol.debugDescription)")
        }
        #expect(CanonicalSymbol.asciiKind("A/RES/80/4 (Vol. \u{C9})") == nil)
        #expect(CanonicalSymbol.classify(symbol: "A/67/66-E/2012/49").kind == .document)
        #expect(CanonicalSymbol.classify(symbol: "A/RES/ES-10/14").kind == .gaResolution)
    }

    /// Another body's decision written in full has the kind the same decision has when read from
    /// the words ("Human Rights Council decision 3/1" gives A/HRC/DEC/3/1, other-resolution),
    /// so a graph node's kind does not depend on which way the first citation wrote it.
    @Test(arguments: [
        ("A/HRC/DEC/3/1", CitationKind.otherResolution), ("E/CN.3/DEC/51/101", .otherResolution),
        ("CBD/NP/MOP/DEC/2/7", .otherResolution), ("A/DEC/77/512", .gaDecision), ("E/DEC/2012/230", .ecosocDecision),
        ("A/HRC/DEC/3/1-E/2012/49", .document), ("A/76/DECISIONS", .document),
        // A corrigendum or addendum of a resolution is a document, as "and Corr.1" after it gives.
        ("A/RES/60/1/Corr.1", .document), ("S/RES/1325 (2000)/Add.1", .document), ("E/RES/2006/46/Rev.1", .document),
        // A special or emergency special session's decision is the Assembly's, as its resolution is
        // ("decision ES-10/14" gave A/DEC/ES-10/14 classified as a joint document: found by the
        // extract fuzz target).
        ("A/DEC/S-28/11", .gaDecision), ("A/DEC/ES-10/14", .gaDecision), ("A/DEC/S-28/11-E/2012/49", .document),
        ("A/RES/S-10/2-E/2012/49", .document),
    ])
    func otherBodiesDecisionsWrittenInFull(symbol: String, kind: CitationKind) {
        #expect(CanonicalSymbol.classify(symbol: symbol).kind == kind)
        #expect(CanonicalSymbol.kind(symbol) == kind)
    }

    @Test func aDecisionReadFromTheWordsHasTheKindOfItsSymbolWrittenOut() {
        let doc = CitationExtractor().extract(DocumentText(source: "t.txt", text: "A/RES/80/1\n\nThe General Assembly,\n\nRecalling Human Rights Council decision 3/1 and A/HRC/DEC/3/2,\n", format: .plainText))
        let kinds = Dictionary(doc.citations.map { ($0.target, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["A/HRC/DEC/3/1"] == .otherResolution)
        #expect(kinds["A/HRC/DEC/3/2"] == .otherResolution)
    }
}
