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
    /// How files are read: which formats, which files a walk leaves out.
    public var reader: CorpusReader
    /// How texts become documents.
    public var extractor: CitationExtractor

    /// What an input said on the way: a warning about a document that was
    /// still read, or the error of one that could not be.
    public enum Event: Sendable, Hashable {
        /// A document that was read, with something the user should know (a repair, a guess).
        case warning(String)
        /// An input that could not be read; the rest are still loaded.
        case failure(ReadError)
        /// A file a directory walk found that is not a UN document (see
        /// `CorpusLoader.isCompanion`), left out of the corpus.
        case skipped(path: String)
    }

    /// A loader with the given reader; the default reads text and Markdown only (the command line adds PDF).
    public init(reader: CorpusReader = CorpusReader(), extractor: CitationExtractor = CitationExtractor()) {
        self.reader = reader
        self.extractor = extractor
    }

    /// Every document the paths give: the reports' documents first, then the
    /// texts', each group in the order of the paths.
    public func documents(_ paths: [String], report: (Event) -> Void) -> [ExtractedDocument] {
        var documents: [ExtractedDocument] = []
        forEachDocument(paths, report: report) { documents.append($0) }
        return documents
    }

    /// What the graph reads of every document the paths give, in the order `documents`
    /// gives them, each document dropped once packed: `CitationGraph(_:)` of this is
    /// `CitationGraph(documents:)` of those, in a fraction of the memory.
    public func graphInput(_ paths: [String], report: (Event) -> Void) -> GraphInput {
        var input = GraphInput()
        forEachDocument(paths, report: report) { input.add($0) }
        return input
    }

    /// Hands each document to `body` as it is read, reporting what happens on the way,
    /// then the texts that claim one symbol.
    private func forEachDocument(_ paths: [String], report: (Event) -> Void, _ body: (ExtractedDocument) -> Void) {
        var claims = DuplicateClaim.Collector()
        let reports = paths.filter(Self.isExtractionReport)
        for path in reports {
            do {
                for document in try ExtractionReport.read(contentsOf: URL(fileURLWithPath: path)).documents {
                    claims.add(document)
                    body(document)
                }
            } catch {
                report(.failure(error))
            }
        }
        let texts = paths.filter { !Self.isExtractionReport($0) }
        let named = Set(texts)
        // One text at a time: a large corpus is never held in memory as text.
        for result in reader.lazilyReadAll(texts) {
            switch result {
            case .success(let text):
                let document = extractor.extract(text)
                if !named.contains(text.source), Self.isCompanion(document) {
                    report(.skipped(path: text.source))
                    continue
                }
                for warning in text.warnings { report(.warning(warning)) }
                for warning in document.warnings { report(.warning(warning)) }
                claims.add(document)
                body(document)
            case .failure(let error):
                report(.failure(error))
            }
        }
        for claim in claims.claims() { report(.warning(claim.warning)) }
    }

    /// A file that sits among UN documents without being one: no symbol in its
    /// text and none spelled by its name (`SOURCES.md`, `README.md`). A walk
    /// leaves it out rather than making a node named by its path with edges to
    /// everything it lists; naming the file explicitly still reads it.
    public static func isCompanion(_ document: ExtractedDocument) -> Bool {
        document.symbol == nil && !UNFileName.spellsSymbol(document.source)
    }

    /// A `.json` path that is not a directory ("corpus.json/" is searched like any directory).
    public static func isExtractionReport(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.lowercased().hasSuffix(".json")
            && !(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
