import Foundation

/// Recognises the page furniture of UN documents: what the document system
/// prints on every page and that is no part of the text.
///
/// A line at the top or bottom of a page is furniture when each of its pieces
/// is one of the system's marks (page number "2/8", job number "18-16895 (E)
/// 241018", barcode "*1816895*", "Please recycle", the document's own symbol)
/// or recurs at the edge of other pages (the running title). Pages after the
/// first also set their running header smaller than the body, which decides
/// short documents where nothing can recur.
struct PageFurniture: Sendable {
    /// The document's own symbol, from the first page's heading.
    var ownSymbol: String?
    /// Each piece of an edge line, with the pages and heights it stands at.
    private var edgeText: [String: [(page: Int, y: Double)]] = [:]
    private let bodyFontSize: Double

    /// How far from the page's top and bottom edges (as a fraction of its height)
    /// running headers and footers are looked for.
    static let band = 0.12

    init(pages: [(page: PDFPage, lines: [PDFLine])], bodyFontSize: Double) {
        self.bodyFontSize = bodyFontSize
        ownSymbol = pages.first.flatMap { Self.symbol(inHeadingOf: $0.lines) }
        for (page, lines) in pages {
            for line in lines where Self.inBand(line, of: page) {
                for segment in line.segments {
                    edgeText[Self.text(of: segment), default: []].append((page.number, line.core.minY))
                }
            }
        }
    }

    /// Splits a page's lines into the running header, the text, and the running footer.
    func strip(_ lines: [PDFLine], of page: PDFPage) -> (header: [PDFLine], body: [PDFLine], footer: [PDFLine]) {
        var start = 0
        while start < lines.count, Self.inBand(lines[start], of: page),
              isFurniture(lines[start], of: page, atTop: true) {
            start += 1
        }
        var end = lines.count
        while end > start, Self.inBand(lines[end - 1], of: page),
              isFurniture(lines[end - 1], of: page, atTop: false) {
            end -= 1
        }
        return (Array(lines[..<start]), Array(lines[start..<end]), Array(lines[end...]))
    }

    func isFurniture(_ line: PDFLine, of page: PDFPage, atTop: Bool) -> Bool {
        // A note at the foot of the page opens with its marker; it is text.
        if FootnoteArea.leadingNumber(of: line) != nil { return false }
        let segments = line.segments
        if segments.allSatisfy({ isMark(Self.text(of: $0), page: page) }) { return true }
        // The heading of the first page holds the symbol and title once; keep it.
        guard page.number > 1 else { return false }
        if segments.allSatisfy({ isMark(Self.text(of: $0), page: page) || recurs($0, at: line, on: page) }) {
            return true
        }
        return atTop && line.fontSize < bodyFontSize * 0.95
    }

    /// The same words at the same height on another page: a running line.
    private func recurs(_ segment: [PDFWord], at line: PDFLine, on page: PDFPage) -> Bool {
        (edgeText[Self.text(of: segment)] ?? []).contains {
            $0.page != page.number && abs($0.y - line.core.minY) < 3
        }
    }

    static func text(of segment: [PDFWord]) -> String {
        segment.map(\.text).joined(separator: " ")
    }

    /// The marks the UN document system prints on pages. The document's own
    /// symbol counts as a mark only after the first page, where it heads the text.
    func isMark(_ text: String, page: PDFPage) -> Bool {
        if Self.matches(text, Self.pageNumber) || Self.matches(text, Self.jobNumber)
            || Self.matches(text, Self.barcode) || Self.matches(text, Self.recycle) {
            return true
        }
        if page.number > 1, let ownSymbol, text == ownSymbol { return true }
        return false
    }

    static func inBand(_ line: PDFLine, of page: PDFPage) -> Bool {
        guard page.height > 0 else { return false }
        return line.core.maxY < page.height * band || line.core.minY > page.height * (1 - band)
    }

    /// The first symbol-shaped piece of the first page's top lines ("A/RES/73/3").
    static func symbol(inHeadingOf lines: [PDFLine]) -> String? {
        for line in lines.prefix(4) {
            for segment in line.segments {
                let text = segment.map(\.text).joined(separator: " ")
                if matches(text, symbolShape) { return text }
            }
        }
        return nil
    }

    static func matches(_ text: String, _ regex: NSRegularExpression) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func regex(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression {
        // The patterns are constants of this file; a typo is a programming error.
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    static let pageNumber = regex(#"^\d{1,4}\s*/\s*\d{1,4}$"#)
    /// "18-16895", "18-16895 (E)", "18-16895 (E)    241018", "241018" beside it.
    static let jobNumber = regex(#"^(\d{2}-\d{5}\s*(\([A-Z]\))?\s*(\d{6})?|\d{6})$"#)
    static let barcode = regex(#"^\*\d{7,}\*$"#)
    static let recycle = regex(#"^\W*please\s+recycle\W*$"#)
    /// A masthead symbol: an upper-case organ prefix, slash-separated parts, and for the
    /// Security Council the year ("A/RES/73/3", "A/C.2/73/L.4", "S/RES/2719 (2023)").
    static let symbolShape = regex(#"^[A-Z]{1,6}(/[A-Za-z0-9.\-]+)+( \(\d{4}\))?$"#, caseInsensitive: false)
}
