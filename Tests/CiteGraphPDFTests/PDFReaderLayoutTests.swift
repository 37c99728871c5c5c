import CiteGraph
import Foundation
import Testing
@testable import CiteGraphPDF

/// The layout rules on a generated two-page resolution, so each rule is
/// checked without the reference corpus.
@Suite struct PDFReaderLayoutTests {
    let text: DocumentText

    init() throws {
        let dir = try Fixtures.temporaryDirectory()
        let url = dir.appendingPathComponent("A_RES_99_1.pdf")
        try Fixtures.resolution().write(to: url)
        text = try PDFReader().read(url)
    }

    @Test func formatIsPDF() {
        #expect(text.format == .pdf)
        #expect(text.warnings.isEmpty)
    }

    @Test func headingKeptWithTheDocumentsOwnSymbol() {
        // Short one-line pieces of the heading stay on consecutive lines.
        #expect(text.text.hasPrefix("United Nations\nA/RES/99/1\nResolution adopted by the General Assembly\n\n1. Recalls"))
    }

    @Test func runningHeaderFooterJobNumberBarcodeAndPageNumberRemoved() {
        for furniture in ["18-12345", "241018", "*1812345*", "2/2", "Work of non-governmental organizations"] {
            #expect(!text.text.contains(furniture), "\(furniture) left in the text")
        }
        #expect(text.text.components(separatedBy: "A/RES/99/1").count == 2, "own symbol only once, in the heading")
    }

    @Test func citationBrokenAtLineEndRejoined() {
        #expect(text.text.contains("resolutions 68/1 and 70/1 of 25 September 2015"))
    }

    @Test func citationBrokenAcrossThePageBreakRejoined() {
        #expect(text.text.contains("resolutions 51/17 of 12 November 1996 and 52/10 of 1997;[^2]"))
    }

    @Test func lineEndHyphenKeptAndJoined() {
        #expect(text.text.contains("on the work of non-governmental organizations and bodies;"))
    }

    @Test func superscriptMarkersGluedWhereTheyStand() {
        #expect(text.text.contains("the declaration[^1] on the work"))
    }

    @Test func paragraphsSeparatedByBlankLines() {
        let paragraphs = text.text.components(separatedBy: "\n\n")
        #expect(paragraphs.contains { $0.hasPrefix("1. Recalls") && $0.hasSuffix("bodies;") })
        #expect(paragraphs.contains { $0.hasPrefix("2. Notes") && $0.hasSuffix("of 1997;[^2]") })
        #expect(paragraphs.contains("3. Decides to remain seized of the matter."))
    }

    @Test func notesCollectedAtTheEnd() {
        #expect(text.text.hasSuffix("\n\n[^1]: Resolution 60/1.\n[^2]: See A/99/2 and A/99/2/Corr.1.\n"))
        #expect(!text.text.contains("____"))
    }
}

/// Markers that the PDF sets right after a word, with no space between them.
@Suite struct PDFMarkerSpacingTests {
    @Test func markerWithoutSpaceIsStillAMarker() throws {
        typealias Run = MiniPDF.Run
        var pdf = MiniPDF()
        pdf.pages.append([
            Run(x: 147, y: 150, size: 10, text: "1. Reaffirms the 2030 Agenda,",
                then: "/F1 6.5 Tf 3.5 Ts (2) Tj /F1 10 Tf 0 Ts ( including the Addis Ababa Action Agenda;) Tj"),
            Run(x: 123, y: 162, size: 10, text: "which the Assembly endorsed in its resolution 69/313 of 27 July 2015."),
            Run(x: 99, y: 640, size: 8, text: "__________________"),
            Run(x: 117, y: 655, size: 5.5, text: "2", rise: 2.5,
                then: "/F1 8.5 Tf 0 Ts (Resolution 70/1.) Tj"),
        ])
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("glued.pdf")
        try pdf.write(to: url)
        let text = try PDFReader().read(url)
        #expect(text.text.contains("the 2030 Agenda,[^2] including the Addis Ababa Action Agenda; which the Assembly"))
        #expect(text.text.hasSuffix("\n\n[^2]: Resolution 70/1.\n"))
        #expect(text.warnings.isEmpty)
    }
}

/// The document's own symbol is read from the masthead, in the shapes the UN prints it.
@Suite struct MastheadSymbolTests {
    private func line(_ pieces: [(x: Double, text: String)]) -> PDFLine {
        let words = pieces.flatMap { piece in
            piece.text.split(separator: " ").enumerated().map { i, word in
                PDFWord(text: String(word), box: Box(minX: piece.x + Double(i) * 40, minY: 50,
                                                     maxX: piece.x + Double(i) * 40 + 30, maxY: 61), fontSize: 10)
            }
        }
        return PDFLine(words: words, core: Box(minX: 0, minY: 50, maxX: 600, maxY: 61), fontSize: 10)
    }

    @Test(arguments: ["A/RES/73/3", "A/C.2/73/L.4", "S/RES/2719 (2023)", "E/CN.4/2005/L.10/Add.11"])
    func symbolBesideTheOrgansName(symbol: String) {
        let heading = [line([(123, "United Nations"), (470, symbol)])]
        #expect(PageFurniture.symbol(inHeadingOf: heading) == symbol)
    }

    @Test func wordsWithSlashesAreNoSymbol() {
        #expect(PageFurniture.symbol(inHeadingOf: [line([(123, "and/or"), (470, "Distr./General")])]) == nil)
    }
}

/// Notes that run on to the next page, and note areas without a rule.
@Suite struct PDFFootnoteAreaTests {
    typealias Run = MiniPDF.Run

    private func read(_ pdf: MiniPDF) throws -> DocumentText {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("notes.pdf")
        try pdf.write(to: url)
        return try PDFReader().read(url)
    }

    @Test func noteContinuedOnTheNextPageIsOneNote() throws {
        var pdf = MiniPDF()
        pdf.pages.append([
            Run(x: 147, y: 150, size: 10, text: "Recalling the reports of the Secretary-General,"),
            Run(x: 364, y: 150, size: 6.5, text: "1", rise: 3.5),
            Run(x: 123, y: 162, size: 10, text: "and the outcome of the Conference on Financing for Development,"),
            Run(x: 99, y: 640, size: 8, text: "__________________"),
            Run(x: 117, y: 655, size: 5.5, text: "1", rise: 2.5),
            Run(x: 123, y: 655, size: 8.5, text: "A/73/334, A/73/335 and"),
        ])
        pdf.pages.append([
            Run(x: 147, y: 80, size: 10, text: "Noting the declaration adopted at the meeting,"),
            Run(x: 346, y: 80, size: 6.5, text: "2", rise: 3.5),
            Run(x: 99, y: 640, size: 8, text: "__________________"),
            Run(x: 123, y: 655, size: 8.5, text: "A/73/336/Add.1."),
            Run(x: 117, y: 666, size: 5.5, text: "2", rise: 2.5),
            Run(x: 123, y: 666, size: 8.5, text: "Resolution 69/313, annex."),
        ])
        let text = try read(pdf)
        #expect(text.text.hasSuffix("[^1]: A/73/334, A/73/335 and A/73/336/Add.1.\n[^2]: Resolution 69/313, annex.\n"))
        #expect(text.warnings.isEmpty)
    }

    @Test func smallerBlockOpeningWithANoteNumberIsTheNoteAreaWithoutARule() throws {
        var pdf = MiniPDF()
        pdf.pages.append([
            Run(x: 147, y: 150, size: 10, text: "Recalling its resolution 70/1,"),
            Run(x: 275, y: 150, size: 6.5, text: "3", rise: 3.5),
            Run(x: 123, y: 162, size: 10, text: "and all its previous resolutions on the question,"),
            Run(x: 147, y: 180, size: 10, text: "Reaffirming the purposes and principles of the Charter of the United Nations,"),
            Run(x: 147, y: 198, size: 10, text: "1. Decides to remain actively seized of the matter."),
            Run(x: 117, y: 655, size: 5.5, text: "3", rise: 2.5),
            Run(x: 123, y: 655, size: 8.5, text: "Official Records of the General Assembly,"),
            Run(x: 123, y: 666, size: 8.5, text: "Seventy-third Session, Supplement No. 53 (A/73/53)."),
        ])
        let text = try read(pdf)
        #expect(text.text.hasSuffix("\n\n[^3]: Official Records of the General Assembly, Seventy-third Session, Supplement No. 53 (A/73/53).\n"))
        #expect(!text.text.contains("question, Official"))
    }

    @Test func smallTextWithoutANoteNumberStaysText() throws {
        var pdf = MiniPDF()
        pdf.pages.append([
            Run(x: 147, y: 150, size: 10, text: "Decides to include in the provisional agenda of its seventy-fourth session"),
            Run(x: 123, y: 162, size: 10, text: "the item entitled \"Report of the International Criminal Court\"."),
            Run(x: 400, y: 655, size: 8.5, text: "28th plenary meeting"),
        ])
        let text = try read(pdf)
        #expect(text.text.hasSuffix("Criminal Court\".\n\n28th plenary meeting\n"))
    }
}
