import CiteGraph
import Foundation

/// Reads PDF files in-process through poppler, keeping only the document's own
/// text: running headers and footers removed, footnote markers written as
/// `[^n]` where they stand and the notes as `[^n]: ...` lines at the end (see
/// docs/INPUTS.md for the whole contract).
public struct PDFReader: DocumentReader {
    /// A reader holds no state; poppler is opened per file.
    public init() {}

    /// PDF only.
    public var extensions: Set<String> { ["pdf"] }

    /// The text of the PDF, page furniture removed and footnotes written as Markdown notes, or why it cannot be read.
    public func read(_ url: URL) throws(ReadError) -> DocumentText {
        let path = url.relativePath
        try Self.checkFile(at: path)
        let pages = try PopplerDocument.pages(of: url)
        var warnings: [String] = []

        let wordCount = pages.reduce(0) { $0 + $1.words.count }
        if wordCount == 0 {
            throw .pdf(path: path, reason: pages.isEmpty
                ? "the PDF has no pages"
                : "no text layer (a scanned image?); run OCR on it first")
        }
        let blank = pages.filter(\.words.isEmpty).map(\.number)
        if !blank.isEmpty {
            warnings.append("\(path): no text on page\(blank.count > 1 ? "s" : "") "
                + blank.map(String.init).joined(separator: ", ")
                + (blank.count > 1 ? " (scanned?); those pages were skipped" : " (scanned?); that page was skipped"))
        }

        let text = PDFLayout.text(of: pages)
        let missing = Set(text.markers).subtracting(text.noteNumbers).sorted()
        if !missing.isEmpty {
            warnings.append("\(path): footnote marker\(missing.count > 1 ? "s" : "") "
                + missing.map(String.init).joined(separator: ", ") + " found in the text but no note text")
        }
        return DocumentText(source: path, text: text.text, format: .pdf, warnings: warnings)
    }

    /// Missing, unreadable and empty files get the same errors as text files.
    private static func checkFile(at path: String) throws(ReadError) {
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else { throw .notFound(path: path) }
        guard fm.isReadableFile(atPath: path) else { throw .unreadable(path: path, reason: "permission denied") }
        let size = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if size == 0 { throw .empty(path: path) }
        // poppler calls anything it cannot parse "damaged"; a file that never
        // was a PDF deserves its own message. The header may follow some junk.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "cannot be opened")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        guard head.range(of: Data("%PDF-".utf8)) != nil else {
            throw .pdf(path: path, reason: "not a PDF (no %PDF- header); wrong file extension?")
        }
    }
}
