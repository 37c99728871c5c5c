import ArgumentParser
import CiteGraph
import Foundation

/// What `extract` prints: a table for a person, the JSON contract, or one CSV row per citation.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json
    case csv
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "extract",
        abstract: "Extract the citations of UN documents (files or directories, searched recursively).",
        discussion: "Directories are searched for .txt, .text, .md, .markdown, .pdf and .xml (Akoma Ntoso) files; a file named explicitly is read whatever its extension (as text unless .pdf or .xml). Every file found is reported, even one that is not a UN document (the graph commands skip those in folders). Unreadable inputs are reported on stderr and the others are still processed; the exit status is 1 when any input failed."
    )

    @Option(name: .shortAndLong, help: "Output format: text (a table), json (the documented contract) or csv (one row per citation, RFC 4180).")
    var format: ExtractFormat = .text

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Leave out files a folder walk finds whose path below the folder or whose name matches this shell pattern (repeatable): 'drafts/*', '*.md'.",
        valueName: "glob"))
    var excludes: [String] = []

    @OptionGroup var diagnostics: DiagnosticOptions

    @Argument(help: "Files or directories to read.", completion: .file())
    var paths: [String]

    /// JSON and CSV are printed in pieces of about this many bytes, as documents are extracted.
    static let flushBytes = 1 << 20

    func run() throws {
        let reader = Readers.corpusReader(excludes: excludes)
        let extractor = CitationExtractor()
        var documents: [ExtractedDocument] = []
        var json = ExtractionJSONWriter()
        let csv = CitationCSVWriter()
        var csvBuffer = CitationCSVWriter.header
        var log = WarningLog(mode: diagnostics.mode)
        var failed = false
        var read = 0
        // One file at a time: read, extract, and (for JSON and CSV) print, so that neither
        // the texts nor the report of a large corpus are held in memory at once.
        for result in reader.lazilyReadAll(paths) {
            switch result {
            case .success(let text):
                let document = extractor.extract(text)
                read += 1
                for warning in text.warnings { log.warn(warning) }
                for warning in document.warnings { log.warn(warning) }
                switch format {
                case .json:
                    json.append(document)
                    if json.bytes.count >= Self.flushBytes { try json.drain(Printer.output) }
                case .csv:
                    csvBuffer += csv.rows(document)
                    if csvBuffer.utf8.count >= Self.flushBytes {
                        try Printer.output(Array(csvBuffer.utf8))
                        csvBuffer = ""
                    }
                case .text:
                    documents.append(document)
                }
            case .failure(let error):
                Diagnostics.error(error)
                failed = true
            }
        }
        log.finish()
        switch format {
        case .json:
            json.finish()
            try json.drain(Printer.output)
            try Printer.output([0x0A])
        case .csv:
            try Printer.output(Array(csvBuffer.utf8))
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
