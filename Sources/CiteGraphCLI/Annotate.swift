import ArgumentParser
import CiteGraph
import Foundation

/// `citegraph annotate`: the documents' text with every citation marked and
/// linked, as one HTML page. Reading, extraction and the page are the library's;
/// this parses arguments and writes.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "annotate",
        abstract: "Write documents' text as HTML with every citation marked and linked to undocs.org.",
        discussion: """
            The text is what citegraph read (for a PDF, the text of its pages; for XML, the text of its \
            elements). Each citation links to the cited document, with its symbol, relation and location \
            in a tooltip; references that could not be resolved to a symbol are marked differently, with \
            the reason. Several files give one page with a section each. Unreadable inputs are reported on \
            stderr and the others are still annotated; the exit status is 1 when any input failed.
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write; '-' for standard output.", valueName: "file"))
    var output: String = "-"

    @Argument(help: "Files or directories to read.")
    var paths: [String]

    func run() throws {
        let reader = Readers.corpusReader()
        let extractor = CitationExtractor()
        var inputs: [AnnotatedTextWriter.Input] = []
        var failed = false
        for result in reader.lazilyReadAll(paths) {
            switch result {
            case .success(let text):
                for warning in text.warnings { Diagnostics.warn(warning) }
                let document = extractor.extract(text)
                for warning in document.warnings { Diagnostics.warn(warning) }
                inputs.append(.init(text: text, document: document))
            case .failure(let error):
                Diagnostics.error(error)
                failed = true
            }
        }
        if inputs.isEmpty {
            if !failed { Diagnostics.error(CorpusError.nothingToExtract(paths: paths, extensions: reader.extensions)) }
            throw ExitCode(1)
        }
        let bytes = Array(AnnotatedTextWriter().write(inputs).utf8)
        do {
            if output == "-" {
                try Printer.output(bytes)
            } else {
                try AtomicOutput.write([(output, bytes)])
            }
        } catch {
            Diagnostics.error(error)
            throw ExitCode(1)
        }
        if failed { throw ExitCode(1) }
    }
}
