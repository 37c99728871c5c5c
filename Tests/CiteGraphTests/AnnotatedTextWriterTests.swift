import Foundation
import Testing
@testable import CiteGraph

@Suite struct AnnotatedTextWriterTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/A_RES_67_195.txt")

    static func annotate(_ text: DocumentText) -> String {
        AnnotatedTextWriter().write([.init(text: text, document: CitationExtractor().extract(text))])
    }

    /// The seed's annotated text, byte for byte. It changes when extraction
    /// changes what it finds: regenerate with CITEGRAPH_UPDATE_GOLDEN=1 and review the diff.
    @Test func seedMatchesGolden() throws {
        var text = try TextFileReader().read(Self.sample)
        // Named as the command line names it from the package root, so the golden file holds no absolute path.
        text.source = "Samples/A_RES_67_195.txt"
        try GoldenFile.check(Self.annotate(text), against: "A_RES_67_195.annotated.html")
    }

    /// Every citation is inside an anchor to its document, and the text between
    /// the marks is the document's text, unchanged but for escaping.
    @Test func everyCitationIsMarkedAndTheTextIsKept() throws {
        let text = try TextFileReader().read(Self.sample)
        let document = CitationExtractor().extract(text)
        let html = Self.annotate(text)
        for citation in document.citations {
            #expect(html.contains("href=\"\(DiagramStyle.documentURL(citation.target))\"") || html.contains(AnnotatedTextWriter.tooltip(citation)),
                    "\(citation.target)")
            #expect(html.contains(AnnotatedTextWriter.tooltip(citation)), "\(citation.target) has no tooltip")
        }
        let pre = try #require(html.range(of: "<pre class=\"text\">")).upperBound
        let end = try #require(html.range(of: "</pre>")).lowerBound
        let stripped = String(html[pre..<end]).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        #expect(stripped == text.text)
    }

    /// Both of the seed's unresolved references are found in the text and marked as such.
    @Test func unresolvedReferencesAreMarkedDifferently() throws {
        let text = try TextFileReader().read(Self.sample)
        let document = CitationExtractor().extract(text)
        let html = Self.annotate(text)
        #expect(document.unresolved.count == 2)
        #expect(html.components(separatedBy: "<mark class=\"unresolved\"").count - 1 == 2)
        #expect(html.contains("title=\"unresolved: resolution 25 · a resolution number with no session or year, which no GA, ECOSOC or HRC series uses · FN9\">resolution 25</mark>"))
        #expect(!html.contains("class=\"unplaced\""))
    }

    @Test func markupInTheTextIsShownAsText() {
        let text = DocumentText(source: "<evil>.txt",
                                text: "The General Assembly,\n<script>alert(\"x\")</script> Recalling its resolution 56/183 of 21 December 2001 & <b>more</b>,\n",
                                format: .plainText)
        let html = Self.annotate(text)
        #expect(html.components(separatedBy: "<script").count == 1)
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("&amp; &lt;b&gt;more&lt;/b&gt;"))
        #expect(html.contains("<h1>&lt;evil&gt;.txt</h1>"))
        #expect(html.contains("href=\"https://undocs.org/A/RES/56/183\""))
    }

    /// Overlapping citations (a symbol and its addendum read from one span) become one anchor naming both.
    @Test func overlappingCitationsShareOneAnchor() {
        let range = TextRange(start: 4, end: 14)
        let document = ExtractedDocument(source: "x", citations: [
            Citation(target: "A/67/66", kind: .document, relation: .takesNote, location: .operative(1), text: "A/67/66", range: .init(start: 4, end: 11)),
            Citation(target: "A/67/66/Add.1", kind: .document, relation: .takesNote, location: .operative(1), text: "A/67/66/Add.1", range: range),
        ])
        let marks = AnnotatedTextWriter.marks(document, in: Array("see A/67/66/Add.1 now".unicodeScalars))
        #expect(marks.count == 1)
        #expect(marks.first.map { ($0.start, $0.end) } ?? (0, 0) == (4, 14))
        // The outer span comes first and is the link.
        #expect(marks.first?.tooltip == "A/67/66/Add.1 · takes-note · OP1\nA/67/66 · takes-note · OP1")
        #expect(marks.first?.target == "A/67/66/Add.1")
    }

    @Test(arguments: [("resolution 25", "a resolution 25 here", 2..<15), ("its decision that", "its\n  decision that", 0..<19),
                      ("x y", "x", nil)])
    func referencesAreFoundAcrossLineBreaks(pattern: String, text: String, expected: Range<Int>?) {
        #expect(AnnotatedTextWriter.find(Array(pattern.unicodeScalars), in: Array(text.unicodeScalars), from: 0) == expected)
    }
}
