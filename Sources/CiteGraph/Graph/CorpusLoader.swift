import Foundation

/// The documents of a corpus named by paths, read the way every graph query
/// reads them, so that a Swift program gets the same corpus as the command line.
///
/// A `.json` file is an extraction report (what `citegraph extract --format
/// json` writes) and is taken as it is: its texts were read once already.
/// Every other path is read with `reader` (directories recursively) and
/// extracted. One bad input never stops the others: each problem is handed to
/// the caller as it happens, and the rest is read.
public struct CorpusLoader: Sendable {
    public var reader: CorpusReader
    public var extractor: CitationExtractor

    /// What an input said on the way: a warning about a document that was
    /// still read, or the error of one that could not be.
    public enum Event: Sendable, Hashable {
        case warning(String)
        case failure(ReadError)
    }

    public init(reader: CorpusReader = CorpusReader(), extractor: CitationExtractor = CitationExtractor()) {
        self.reader = reader
        self.extractor = extractor
    }

    /// Every document the paths give: the reports' documents first, then the
    /// texts', each group in the order of the paths.
    public func documents(_ paths: [String], report: (Event) -> Void) -> [ExtractedDocument] {
        var documents: [ExtractedDocument] = []
        let reports = paths.filter(Self.isExtractionReport)
        for path in reports {
            do { documents += try ExtractionReport.read(contentsOf: URL(fileURLWithPath: path)).documents } catch {
                report(.failure(error))
            }
        }
        let texts = paths.filter { !Self.isExtractionReport($0) }
        // One text at a time: a large corpus is never held in memory as text.
        for result in reader.lazilyReadAll(texts) {
            switch result {
            case .success(let text):
                for warning in text.warnings { report(.warning(warning)) }
                let document = extractor.extract(text)
                for warning in document.warnings { report(.warning(warning)) }
                documents.append(document)
            case .failure(let error):
                report(.failure(error))
            }
        }
        for claim in DuplicateClaim.find(in: documents) { report(.warning(claim.warning)) }
        return documents
    }

    /// A `.json` path that is not a directory ("corpus.json/" is searched like any directory).
    public static func isExtractionReport(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.lowercased().hasSuffix(".json")
            && !(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
