import CiteGraph
import Foundation
import Testing
@testable import CiteGraphPDF

/// Damaged, locked and image-only PDFs: each ends in one clear error (or a
/// warning) that names the file, never a crash or a hang.
@Suite struct PDFReaderRobustnessTests {
    let dir: URL

    init() throws {
        dir = try Fixtures.temporaryDirectory()
    }

    private func write(_ data: Data, _ name: String) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// The error a read throws, or nil when it succeeds.
    private func readError(_ url: URL) -> ReadError? {
        do {
            _ = try PDFReader().read(url)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [0.2, 0.45, 0.7, 0.95])
    func truncatedPDFIsAnErrorNamingTheFile(keeping fraction: Double) throws {
        let whole = Fixtures.resolution().data()
        let url = try write(whole.prefix(Int(Double(whole.count) * fraction)), "truncated.pdf")
        // poppler may rebuild a damaged cross-reference table; whatever it recovers
        // must be a normal result, and whatever it cannot must be a named error.
        do {
            let text = try PDFReader().read(url)
            #expect(text.source == url.path)
            #expect(!text.text.contains("18-12345"))
        } catch {
            #expect(error.path == url.path)
            #expect(error.errorDescription?.hasPrefix(url.path + ": ") == true)
        }
    }

    @Test func truncatedBeforeAnyPageIsAnError() throws {
        let whole = Fixtures.resolution().data()
        let url = try write(whole.prefix(120), "cut.pdf")
        let error = try #require(readError(url))
        guard case .pdf(let path, let reason) = error else {
            Issue.record("expected a PDF error, got \(error)")
            return
        }
        #expect(path == url.path)
        #expect(reason.contains("damaged") || reason.contains("not a readable PDF") || reason.contains("no pages"))
    }

    @Test func truncatedRealResolution() throws {
        guard let shared = Fixtures.shared else { return }
        let original = try Data(contentsOf: shared.appendingPathComponent("corpus/pdf/A_RES_73_7.pdf"))
        let url = try write(original.prefix(original.count / 2), "A_RES_73_7_half.pdf")
        do {
            let text = try PDFReader().read(url)
            #expect(text.format == .pdf)
        } catch {
            #expect(error.path == url.path)
        }
    }

    @Test func encryptedPDFNeedsAPassword() throws {
        let url = Fixtures.committed("encrypted.pdf")
        let error = try #require(readError(url))
        guard case .pdf(let path, let reason) = error else {
            Issue.record("expected a PDF error, got \(error)")
            return
        }
        #expect(path == url.path)
        #expect(reason.hasPrefix("encrypted PDF"))
        #expect(error.errorDescription?.hasPrefix(url.path + ": encrypted PDF") == true)
    }

    @Test func scannedPDFWithoutTextLayerIsAnError() throws {
        var pdf = MiniPDF()
        pdf.rawPages = [MiniPDF.imageOnlyPage(), MiniPDF.imageOnlyPage()]
        let url = dir.appendingPathComponent("scan.pdf")
        try pdf.write(to: url)
        let error = try #require(readError(url))
        #expect(error == .pdf(path: url.path, reason: "no text layer (a scanned image?); run OCR on it first"))
    }

    @Test func pageWithoutTextIsAWarning() throws {
        var pdf = Fixtures.resolution()
        pdf.rawPages = [MiniPDF.imageOnlyPage()]
        let url = dir.appendingPathComponent("partly-scanned.pdf")
        try pdf.write(to: url)
        let text = try PDFReader().read(url)
        #expect(text.warnings == ["\(url.path): no text on page 3 (scanned?); that page was skipped"])
        #expect(text.text.contains("3. Decides to remain seized of the matter."))
    }

    @Test func textFileNamedPDFIsNotAPDF() throws {
        let url = try write(Data("Recalling its resolution 70/1,\n".utf8), "fake.pdf")
        #expect(readError(url) == .pdf(path: url.path, reason: "not a PDF (no %PDF- header); wrong file extension?"))
    }

    @Test func emptyAndMissingFiles() throws {
        let empty = try write(Data(), "empty.pdf")
        #expect(readError(empty) == .empty(path: empty.path))
        let missing = dir.appendingPathComponent("missing.pdf")
        #expect(readError(missing) == .notFound(path: missing.path))
    }

    @Test func markerWithoutNoteIsAWarning() throws {
        var pdf = Fixtures.resolution()
        pdf.pages[1].removeAll { $0.y >= 640 && $0.y < 700 }
        let url = dir.appendingPathComponent("lost-note.pdf")
        try pdf.write(to: url)
        let text = try PDFReader().read(url)
        #expect(text.warnings == ["\(url.path): footnote marker 2 found in the text but no note text"])
    }
}
