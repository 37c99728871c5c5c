import ArgumentParser
import CiteGraph
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the citations of UN documents (files or directories, searched recursively).",
        discussion: "Reads .txt, .md and .pdf files. Unreadable inputs are reported on stderr and the others are still processed; the exit status is 1 when any input failed."
    )

    @Option(name: .shortAndLong, help: "Output format: text (a table) or json (the documented contract).")
    var format: OutputFormat = .text

    @Argument(help: "Files or directories to read.")
    var paths: [String]

    func run() throws {
        let reader = Readers.corpusReader()
        let extractor = CitationExtractor()
        var documents: [ExtractedDocument] = []
        var failed = false
        for result in reader.readAll(paths) {
            switch result {
            case .success(let text):
                for warning in text.warnings { Diagnostics.warn(warning) }
                documents.append(extractor.extract(text))
            case .failure(let error):
                Diagnostics.error(error)
                failed = true
            }
        }
        switch format {
        case .json: try Printer.json(ExtractionReport(documents: documents))
        case .text: print(ExtractionTable.render(documents), terminator: "")
        }
        if failed { throw ExitCode(1) }
    }
}
