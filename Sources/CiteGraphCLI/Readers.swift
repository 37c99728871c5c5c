import CiteGraph
import CiteGraphPDF

/// The document readers the command line offers: text and Markdown from the
/// core library, PDF from the poppler-backed `CiteGraphPDF`.
enum Readers {
    static func corpusReader(excludes: [String] = []) -> CorpusReader {
        CorpusReader(readers: [TextFileReader(), PDFReader(), AKNReader()], excludes: excludes)
    }
}
