import CiteGraph

/// The document readers the command line offers.
enum Readers {
    static func corpusReader() -> CorpusReader {
        CorpusReader(readers: [TextFileReader()])
    }
}
