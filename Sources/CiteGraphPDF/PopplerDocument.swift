internal import CPoppler
import CiteGraph
import Foundation

/// Reads a PDF's pages through poppler-glib into plain Swift values.
///
/// All poppler objects live only inside `pages(of:)`: each is released on
/// every path out (`defer`), so nothing from C escapes into the value types
/// the layout analysis works on, and those values are `Sendable`.
enum PopplerDocument {
    static func pages(of url: URL) throws(ReadError) -> [PDFPage] {
        // Messages name the file as the user typed it; poppler needs the absolute path.
        let path = url.relativePath
        let pp = try PopplerLibrary.api(reading: path)
        guard let uri = pp.g_filename_to_uri!(url.path, nil, nil) else {
            throw .unreadable(path: path, reason: "the path cannot be turned into a file URI")
        }
        defer { pp.g_free!(uri) }

        var error: UnsafeMutablePointer<GError>?
        guard let document = pp.poppler_document_new_from_file!(uri, nil, &error) else {
            throw .pdf(path: path, reason: openFailure(error, pp))
        }
        defer { pp.g_object_unref!(UnsafeMutableRawPointer(document)) }

        let count = Int(pp.poppler_document_get_n_pages!(document))
        var pages: [PDFPage] = []
        pages.reserveCapacity(count)
        for index in 0..<count {
            guard let page = pp.poppler_document_get_page!(document, Int32(index)) else {
                throw .pdf(path: path, reason: "page \(index + 1) cannot be read (damaged PDF)")
            }
            defer { pp.g_object_unref!(UnsafeMutableRawPointer(page)) }
            pages.append(read(page, number: index + 1, pp))
        }
        return pages
    }

    /// Turns poppler's GError into one sentence a user can act on, freeing it.
    private static func openFailure(_ error: UnsafeMutablePointer<GError>?, _ pp: CGPopplerAPI) -> String {
        guard let error else { return "not a readable PDF" }
        defer { pp.g_error_free!(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        if error.pointee.domain == pp.poppler_error_quark!() {
            switch Int(error.pointee.code) {
            case Int(POPPLER_ERROR_ENCRYPTED.rawValue):
                return "encrypted PDF: it needs a password, which citegraph does not ask for (\(message))"
            case Int(POPPLER_ERROR_DAMAGED.rawValue), Int(POPPLER_ERROR_INVALID.rawValue):
                return "damaged or truncated PDF (\(message))"
            default:
                break
            }
        }
        return "not a readable PDF (\(message))"
    }

    private static func read(_ page: OpaquePointer, number: Int, _ pp: CGPopplerAPI) -> PDFPage {
        var width = 0.0, height = 0.0
        pp.poppler_page_get_size!(page, &width, &height)

        guard let cText = pp.poppler_page_get_text!(page) else {
            return PDFPage(number: number, width: width, height: height, words: [])
        }
        defer { pp.g_free!(cText) }
        let scalars = Array(String(cString: cText).unicodeScalars)

        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var rectCount: guint = 0
        let haveLayout = pp.poppler_page_get_text_layout!(page, &rects, &rectCount) != 0
        defer { pp.g_free!(rects) }
        guard haveLayout, let rects, Int(rectCount) >= scalars.count else {
            return PDFPage(number: number, width: width, height: height, words: [])
        }

        let sizes = fontSizes(of: page, count: scalars.count, pp)
        var words: [PDFWord] = []
        var current = ""
        var box: Box?
        var size = 0.0
        var attached = false
        func flush() {
            if let box, !current.isEmpty {
                words.append(PDFWord(text: current, box: box, fontSize: size, attached: attached))
            }
            current = ""
            box = nil
            attached = false
        }
        for (i, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace {
                if !isSpuriousSpace(at: i, scalars: scalars, rects: rects, sizes: sizes) { flush() }
                continue
            }
            // A marker set without a space after its word starts a word of its own.
            if box != nil, abs(sizes[i] - size) > max(size, sizes[i]) * 0.15 {
                flush()
                attached = true
            }
            let r = rects[i]
            let charBox = Box(minX: r.x1, minY: r.y1, maxX: r.x2, maxY: r.y2)
            if box == nil { size = sizes[i] }
            box = box.map { $0.union(charBox) } ?? charBox
            current.unicodeScalars.append(scalar)
        }
        flush()
        return PDFPage(number: number, width: width, height: height, words: words)
    }

    /// A space poppler inserted inside a word ("framew ork", "o n"): justified
    /// Word output positions pieces of a word separately and poppler reads the
    /// sliver between them as a space. A real space is at least a fifth of the
    /// font size wide; this one is far narrower, between same-size letters.
    private static func isSpuriousSpace(at i: Int, scalars: [Unicode.Scalar],
                                        rects: UnsafeMutablePointer<PopplerRectangle>, sizes: [Double]) -> Bool {
        guard scalars[i] == " ", i > 0, i + 1 < scalars.count,
              !scalars[i - 1].properties.isWhitespace, !scalars[i + 1].properties.isWhitespace,
              sizes[i - 1] > 0, sizes[i - 1] == sizes[i + 1] else { return false }
        let gap = rects[i + 1].x1 - rects[i - 1].x2
        let sameLine = abs(rects[i + 1].y2 - rects[i - 1].y2) < sizes[i - 1] * 0.1
        return sameLine && gap >= 0 && gap < sizes[i - 1] * 0.15
    }

    /// The font size of every character, from poppler's attribute runs
    /// (start and end indices are inclusive, counted in characters).
    private static func fontSizes(of page: OpaquePointer, count: Int, _ pp: CGPopplerAPI) -> [Double] {
        var sizes = [Double](repeating: 0, count: count)
        guard let list = pp.poppler_page_get_text_attributes!(page) else { return sizes }
        defer { pp.poppler_page_free_text_attributes!(list) }
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let attributes = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let start = max(0, Int(attributes.start_index))
                let end = min(count - 1, Int(attributes.end_index))
                if start <= end {
                    for i in start...end { sizes[i] = attributes.font_size }
                }
            }
            node = current.pointee.next
        }
        return sizes
    }
}
