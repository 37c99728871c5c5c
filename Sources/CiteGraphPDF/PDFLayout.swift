/// The whole layout analysis, from poppler's words to the extractor's text.
enum PDFLayout {
    static func text(of pages: [PDFPage]) -> PDFTextAssembler.Output {
        let lined = pages.map { ($0, LineBuilder.lines(of: $0)) }
        let bodySize = bodyFontSize(pages)
        let furniture = PageFurniture(pages: lined, bodyFontSize: bodySize)
        let analysed = lined.map { page, lines in
            let body = furniture.strip(lines, of: page).body
            let split = FootnoteArea.split(body, of: page, bodyFontSize: bodySize)
            return PageText(page: page, lines: split.text, notes: split.notes, bodyFontSize: bodySize)
        }
        return PDFTextAssembler.assemble(analysed)
    }

    /// The size most characters of the document are set in.
    static func bodyFontSize(_ pages: [PDFPage]) -> Double {
        LineBuilder.dominantSize(pages.flatMap(\.words))
    }
}
