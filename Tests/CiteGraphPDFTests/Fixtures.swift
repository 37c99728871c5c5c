import CiteGraphTestSupport
import Foundation

/// Where tests find files: generated ones in a fresh temporary directory,
/// committed ones next to this file, reference data in ../shared.
enum Fixtures {
    static func temporaryDirectory() throws -> URL {
        try ScratchDirectory.make("citegraph-pdf-tests")
    }

    /// Files committed under Tests/CiteGraphPDFTests/Fixtures.
    static func committed(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// ../shared relative to the package root; nil where it is absent.
    static var shared: URL? {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/pdf").path) ? shared : nil
    }

    /// A two-page resolution in the UN layout: heading, running header and
    /// footer, job number and barcode, raised footnote markers, a rule and notes,
    /// and a citation broken across a line end and another across the page break.
    static func resolution() -> MiniPDF {
        typealias Run = MiniPDF.Run
        var pdf = MiniPDF()
        pdf.pages.append([
            Run(x: 123, y: 58, size: 10, text: "United Nations"),
            Run(x: 470, y: 58, size: 16, text: "A/RES/99/1"),
            Run(x: 123, y: 110, size: 10, text: "Resolution adopted by the General Assembly"),
            Run(x: 147, y: 150, size: 10, text: "1. Recalls its resolutions 68/1 and 70/"),
            Run(x: 123, y: 162, size: 10, text: "1 of 25 September 2015 and the declaration"),
            Run(x: 304, y: 162, size: 6.5, text: "1", rise: 3.5),
            Run(x: 123, y: 174, size: 10, text: "on the work of non-"),
            Run(x: 123, y: 186, size: 10, text: "governmental organizations and bodies;"),
            Run(x: 147, y: 204, size: 10, text: "2. Notes the report of the Secretary-General and"),
            Run(x: 123, y: 216, size: 10, text: "recalling resolutions 51/17 of 12 November"),
            Run(x: 99, y: 640, size: 8, text: "__________________"),
            Run(x: 117, y: 655, size: 5.5, text: "1", rise: 2.5),
            Run(x: 123, y: 655, size: 8.5, text: "Resolution 60/1."),
            Run(x: 65, y: 745, size: 8, text: "18-12345 (E)    241018"),
            Run(x: 65, y: 760, size: 10, text: "*1812345*"),
        ])
        pdf.pages.append([
            Run(x: 60, y: 50, size: 8.5, text: "A/RES/99/1"),
            Run(x: 300, y: 50, size: 8.5, text: "Work of non-governmental organizations"),
            Run(x: 123, y: 80, size: 10, text: "1996 and 52/10 of 1997;"),
            Run(x: 225, y: 80, size: 6.5, text: "2", rise: 3.5),
            Run(x: 147, y: 98, size: 10, text: "3. Decides to remain seized of the matter."),
            Run(x: 99, y: 640, size: 8, text: "__________________"),
            Run(x: 117, y: 655, size: 5.5, text: "2", rise: 2.5),
            Run(x: 123, y: 655, size: 8.5, text: "See A/99/2 and"),
            Run(x: 123, y: 666, size: 8.5, text: "A/99/2/Corr.1."),
            Run(x: 60, y: 760, size: 8.5, text: "2/2"),
            Run(x: 500, y: 760, size: 7, text: "18-12345"),
        ])
        return pdf
    }
}
