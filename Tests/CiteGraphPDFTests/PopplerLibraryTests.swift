import CiteGraph
import Foundation
import Testing
@testable import CiteGraphPDF

/// The small document `PopplerLibrary` keeps open so that poppler's global
/// parameters outlive each PDF read: it must be one poppler opens as written.
@Suite struct PopplerLibraryTests {
    /// Every entry of the cross-reference table points at the object it names,
    /// and `startxref` at the table: a PDF poppler reads without repairing.
    @Test func theResidentPDFsCrossReferencesPointAtItsObjects() throws {
        let bytes = PopplerLibrary.residentPDF
        let text = try #require(String(bytes: bytes, encoding: .ascii))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "startxref"))
        let table = try #require(Int(lines[start + 1]))
        #expect(text.utf8.dropFirst(table).starts(with: "xref\n".utf8))

        let xref = try #require(lines.firstIndex(of: "xref"))
        let header = lines[xref + 1].split(separator: " ")
        #expect(header.first == "0")
        let count = try #require(header.last.flatMap { Int($0) })
        #expect(count == 4)
        #expect(lines[xref + 2] == "0000000000 65535 f ")
        for object in 1..<count {
            let entry = lines[xref + 2 + object]
            #expect(entry.utf8.count == 19, "an entry is 20 bytes with its end of line")
            let offset = try #require(Int(entry.prefix(10)))
            #expect(entry.hasSuffix(" 00000 n "))
            #expect(text.utf8.dropFirst(offset).starts(with: "\(object) 0 obj\n".utf8), "object \(object)")
        }
        #expect(text.hasSuffix("%%EOF\n"))
    }

    @Test func popplerReadsTheResidentPDFAsOneEmptyPage() throws {
        let dir = try Fixtures.temporaryDirectory()
        let url = dir.appendingPathComponent("resident.pdf")
        try Data(PopplerLibrary.residentPDF).write(to: url)
        let pages = try PopplerDocument.pages(of: url)
        #expect(pages == [PDFPage(number: 1, width: 1, height: 1, words: [])])
    }
}
