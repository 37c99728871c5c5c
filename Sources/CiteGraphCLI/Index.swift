import ArgumentParser
import CiteGraph
import CiteGraphIndex
import Foundation

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "index",
        abstract: "Read a corpus once into an index that every query and render answers from (--db).",
        discussion: """
            Builds the index file, or brings it up to date: only files whose size or modification time \
            changed are read again, documents whose files are gone from under the paths are removed, \
            and citations to a document indexed later resolve to it (the command lists which). Files \
            are read and extracted on every core, by a bounded pool of workers, and written by one \
            writer in batches of one transaction each, so an interrupted run loses nothing that the \
            next run does not redo. Queries: `citegraph ancestors 67/195 --db FILE` (or with no --db, \
            ./\(CorpusIndex.defaultFileName)). Tables and example SQL: docs/INDEX.md.
            """)

    @Argument(help: "Files or directories (searched recursively) to index.")
    var paths: [String]

    @Option(name: .customLong("db"), help: ArgumentHelp("The index file to build or update.", valueName: "file"))
    var database: String = CorpusIndex.defaultFileName

    @Flag(help: "Forget what the index holds and read every file again.")
    var rebuild = false

    @Option(help: "Workers reading and extracting in parallel (default: one per core).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Leave out files a folder walk finds whose path below the folder or whose name matches this shell pattern (repeatable); files indexed before and now left out are removed.",
        valueName: "glob"))
    var excludes: [String] = []

    @OptionGroup var diagnostics: DiagnosticOptions

    @Option(help: ArgumentHelp("Documents written per transaction.", visibility: .hidden))
    var batchSize: Int = 500

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or directory to index") }
        if threads < 1 { throw ValidationError("--threads must be 1 or more (got \(threads))") }
        if batchSize < 1 { throw ValidationError("--batch-size must be 1 or more (got \(batchSize))") }
    }

    func run() throws {
        var failed = false
        var log = WarningLog(mode: diagnostics.mode)
        let summary: IndexSummary
        do {
            summary = try CorpusIndex(path: database).update(
                paths, reader: Readers.corpusReader(excludes: excludes),
                options: .init(workers: threads, rebuild: rebuild, batchSize: batchSize)) { event in
                    switch event {
                    case .warning(let warning): log.warn(warning)
                    case .skipped(let path): log.skip(path)
                    case .failure(let error):
                        Diagnostics.error(error)
                        failed = true
                    }
                }
        } catch {
            log.finish()
            Diagnostics.error(error)
            throw ExitCode(1)
        }
        for claim in summary.duplicateClaims { log.warn(claim.warning) }
        log.finish()
        var lines: [String] = []
        for change in summary.changes {
            let s = change.citations == 1 ? "citation" : "citations"
            if change.nowResolves {
                lines.append("resolved: \(change.citations) \(s) of \(change.target) now resolve to \(change.document ?? "?")")
            } else {
                lines.append("unmatched: \(change.citations) \(s) of \(change.target) no longer resolve (its document left the index)")
            }
        }
        lines.append("\(database): \(summary.documents) documents, \(summary.citations) citations (\(summary.unmatched) unmatched); "
                     + "this run: \(summary.added) added, \(summary.updated) updated, \(summary.removed) removed, "
                     + "\(summary.unchanged) unchanged, \(summary.failed) unreadable")
        try Printer.text(lines.joined(separator: "\n") + "\n")
        if failed { throw ExitCode(1) }
    }
}
