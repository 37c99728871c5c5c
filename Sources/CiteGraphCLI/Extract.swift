import ArgumentParser
import CiteGraph
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the citations of UN documents (files or directories, searched recursively).",
        discussion: "Directories are searched for .txt, .text, .md, .markdown, .pdf and .xml (Akoma Ntoso) files; a file named explicitly is read whatever its extension (as text unless .pdf or .xml). Unreadable inputs are reported on stderr and the others are still processed; the exit status is 1 when any input failed."
    )

    @Option(name: .shortAndLong, help: "Output format: text (a table) or json (the documented contract).")
    var format: OutputFormat = .text

    @Argument(help: "Files or directories to read.")
    var paths: [String]

    /// JSON is printed in pieces of about this many bytes, as documents are extracted.
    static let flushBytes = 1 << 20

    func run() throws {
        let reader = Readers.corpusReader()
        let extractor = CitationExtractor()
        var documents: [ExtractedDocument] = []
        var json = ExtractionJSONWriter()
        var failed = false
        var read = 0
        // One file at a time: read, extract, and (for JSON) print, so that neither
        // the texts nor the report of a large corpus are held in memory at once.
        for result in reader.lazilyReadAll(paths) {
            switch result {
            case .success(let text):
                read += 1
                for warning in text.warnings { Diagnostics.warn(warning) }
                let document = extractor.extract(text)
                for warning in document.warnings { Diagnostics.warn(warning) }
                switch format {
                case .json:
                    json.append(document)
                    if json.bytes.count >= Self.flushBytes { try json.drain(Printer.output) }
                case .text:
                    documents.append(document)
                }
            case .failure(let error):
                Diagnostics.error(error)
                failed = true
            }
        }
        switch format {
        case .json:
            json.finish()
            try json.drain(Printer.output)
            try Printer.output([0x0A])
        case .text:
            try Printer.text(ExtractionTable.render(documents))
        }
        if read == 0 && !failed {
            Diagnostics.error(CorpusError.nothingToExtract(paths: paths, extensions: reader.extensions))
            throw ExitCode(1)
        }
        if failed { throw ExitCode(1) }
    }
}
