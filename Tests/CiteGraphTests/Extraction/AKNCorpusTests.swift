import CiteGraph
import CiteGraphTestSupport
import Foundation
import Testing

/// The UN's own links over ../shared/corpus/akn (337 GA and ECOSOC resolutions in
/// AKN4UN XML), measured as `../shared/tools/akn_crosscheck.py` measures them:
/// each resolution written as plain text without its links (`AKNCrosscheck.text`,
/// the tool's `to_text`), extracted, and its targets compared with the editors'
/// links. Skipped where ../shared is absent.
@Suite("AKN corpus")
struct AKNCorpusTests {
    /// Raised as the extractor improves; never lowered.
    static let floorIdentity = 1.0
    static let floorCoverage = 0.998

    static var corpus: URL? {
        guard let shared = Fixtures.shared else { return nil }
        let dir = shared.appendingPathComponent("corpus/akn")
        return FileManager.default.fileExists(atPath: dir.path) ? dir : nil
    }

    static func files(_ dir: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            .filter { $0.lowercased().hasSuffix(".xml") }.map { dir.appendingPathComponent($0) }
    }

    @Test("text mode: identity and link coverage at or above the floors",
          .enabled(if: corpus != nil, "../shared/corpus/akn is absent: AKN coverage not measured"))
    func textMode() throws {
        let dir = try #require(Self.corpus)
        var tally = AKNCrosscheck.Tally()
        let extractor = CitationExtractor()
        for url in try Self.files(dir) {
            let file = try AKNCrosscheck.read(url)
            let stem = url.deletingPathExtension().lastPathComponent
            let doc = extractor.extract(DocumentText(source: stem + ".txt", text: file.text, format: .plainText))
            AKNCrosscheck.tally(file, symbol: doc.symbol, targets: doc.citations.map(\.target), into: &tally)
        }
        for miss in tally.misses.prefix(15) { print("akn missed link: \(miss)") }
        for wrong in tally.wrongIdentity.prefix(15) { print("akn wrong identity: \(wrong)") }
        print("akn text mode: " + tally.description.replacingOccurrences(of: "\n", with: "; "))
        #expect(tally.documents >= 337)
        #expect(tally.identity >= Self.floorIdentity)
        #expect(tally.coverage >= Self.floorCoverage)
    }

    @Test("the reader writes each resolution's text as the tool does, and the XML gives the text's targets",
          .enabled(if: corpus != nil, "../shared/corpus/akn is absent"))
    func readerAgreesWithTheTool() throws {
        let dir = try #require(Self.corpus)
        let extractor = CitationExtractor()
        var tally = AKNCrosscheck.Tally()
        var differing: [String] = []
        var mismatched: [String] = []
        var linkOnly = 0, conflicts = 0
        var unexplained: [String] = []
        for url in try Self.files(dir) {
            let file = try AKNCrosscheck.read(url)
            let read = try AKNReader().read(url)
            if read.text != file.text { differing.append(url.lastPathComponent) }
            let fromXML = extractor.extract(read)
            let fromText = extractor.extract(DocumentText(source: "t.txt", text: file.text, format: .plainText))
            // The words' citations are the same from the XML as from the text (the text's own
            // symbol may be another reading of the identity, which the XML's metadata settles).
            let own = fromXML.symbol.map(SymbolKey.init)
            let words = fromXML.citations.filter { $0.origin == .text }.map(\.target).sorted()
            let text = fromText.citations.map(\.target).filter { t in own.map { !SymbolKey(t).overlaps($0) } ?? true }.sorted()
            if words != text { mismatched.append(url.lastPathComponent) }
            linkOnly += fromXML.citations.count { $0.origin == .unLink }
            conflicts += fromXML.linkConflicts.count
            let before = tally.misses.count
            AKNCrosscheck.tally(file, symbol: fromXML.symbol, targets: fromXML.citations.map(\.target), into: &tally)
            // A link the tool finds uncited is one the words contradict (reported), one whose
            // words the reader matched by rules the tool does not have (a link to parts B-F of
            // 55/5 on the words "55/5"), or one the tool reads differently ("undocs.org//en/...").
            for miss in tally.misses[before...] {
                let key = SymbolKey(miss.symbol)
                let reported = fromXML.linkConflicts.contains { $0.href == miss.href }
                let matched = fromXML.citations.contains { $0.unLink == miss.href }
                let readOtherwise = UNDocsLink.symbol(miss.href).map { SymbolKey($0) != key } ?? true
                if !reported && !matched && !readOtherwise { unexplained.append("\(miss)") }
            }
        }
        print("akn xml mode: " + tally.description.replacingOccurrences(of: "\n", with: "; ")
              + "; citations from links only \(linkOnly), link conflicts \(conflicts)")
        #expect(differing.isEmpty, "texts differ from the tool's: \(differing.prefix(10))")
        #expect(mismatched.isEmpty, "XML and text give different targets: \(mismatched.prefix(10))")
        #expect(tally.identity >= 1.0)
        #expect(tally.coverage >= Self.floorCoverage)
        // Every link the words do not contradict is a citation when the XML is read.
        #expect(unexplained.isEmpty, "links neither cited nor reported: \(unexplained.prefix(10))")
    }

    @Test("the other languages read with their identity",
          .enabled(if: Fixtures.shared.map { FileManager.default.fileExists(atPath: $0.appendingPathComponent("corpus/akn-lang").path) } ?? false))
    func otherLanguages() throws {
        let root = try #require(Fixtures.shared).appendingPathComponent("corpus/akn-lang")
        let reader = CorpusReader()
        var read = 0, identified = 0, failed: [String] = []
        for result in reader.lazilyReadAll([root.path]) {
            switch result {
            case .success(let doc):
                read += 1
                let own = try AKNCrosscheck.read(URL(fileURLWithPath: doc.source)).own
                if let own, CitationExtractor().extract(doc).symbol.map({ SymbolKey($0).overlaps(SymbolKey(own)) }) == true { identified += 1 }
            case .failure(let error):
                failed.append(error.localizedDescription)
            }
        }
        print("akn other languages: read \(read), identity \(identified)/\(read), failed \(failed.count): \(failed.prefix(3))")
        #expect(read + failed.count >= 600)
        #expect(identified == read)
        // Each failure names the file and its line.
        #expect(failed.allSatisfy { $0.contains(".xml:") && $0.contains("not well-formed XML") })
    }
}
