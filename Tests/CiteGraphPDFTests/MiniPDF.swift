import Foundation
@testable import CiteGraphPDF

/// Writes small PDFs by hand for tests: pages of text drawn with Times at
/// chosen sizes and positions, so that layout rules (running headers, raised
/// markers, a rule and notes at the foot) can be tested without reference files.
struct MiniPDF {
    /// One run of text: top-left origin coordinates like poppler's, a size,
    /// and a rise for superscripts.
    struct Run {
        var x: Double
        var y: Double
        var size: Double
        var text: String
        var rise: Double = 0
        /// Text-showing operators placed inside this run's BT ... ET after the
        /// run's text, for runs that change size mid-line without a gap.
        var then: String = ""
    }

    var width = 612.0
    var height = 792.0
    var pages: [[Run]] = []
    /// Raw content streams for pages that draw something other than text.
    var rawPages: [String] = []

    func data() -> Data {
        var objects: [String] = []
        let pageCount = pages.count + rawPages.count
        // 1: catalog, 2: pages, 3: font, then page/content pairs.
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        let kids = (0..<pageCount).map { "\(4 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>")
        let streams = pages.map(contentStream) + rawPages
        for (i, stream) in streams.enumerated() {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(Int(width)) \(Int(height))] "
                + "/Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + 2 * i) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        return Data(PopplerLibrary.pdfFile(objects: objects))
    }

    private func contentStream(_ runs: [Run]) -> String {
        runs.map { run in
            let escaped = run.text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
            let baseline = height - run.y
            return "BT /F1 \(run.size) Tf \(run.rise) Ts \(run.x) \(baseline) Td (\(escaped)) Tj \(run.then) ET"
        }.joined(separator: "\n")
    }

    /// A page with only an image: what a scan without OCR looks like.
    static func imageOnlyPage() -> String {
        "q 200 0 0 200 100 400 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u{7F}\u{7F}\u{7F}\u{7F} EI Q"
    }

    func write(to url: URL) throws {
        try data().write(to: url)
    }
}
