import ArgumentParser
import CiteGraph
import CiteGraphIndex
import Foundation

/// The corpus a graph query runs on: the files and directories to read, or an
/// index built by `citegraph index` (`--db`, or `./citegraph.sqlite` when no
/// path is given and that file exists).
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or directories (searched recursively) making up the corpus; a .json file is read as the output of `citegraph extract --format json`. Leave out to query an index.",
              completion: .file())
    var paths: [String] = []

    @Option(name: .customLong("db"), help: ArgumentHelp(
        "Answer from this index (built by `citegraph index`) without reading any text. Default when no path is given: ./\(CorpusIndex.defaultFileName), if it exists.",
        valueName: "file"))
    var database: String?

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Leave out files a folder walk finds whose path below the folder or whose name matches this shell pattern (repeatable): 'drafts/*', '*.md'.",
        valueName: "glob"))
    var excludes: [String] = []

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if !paths.isEmpty && database != nil {
            throw ValidationError("give either files and directories to read, or an index with --db, not both")
        }
        if paths.isEmpty && indexPath == nil {
            throw ValidationError("name at least one file or directory to build the graph from, or an index with --db (there is no ./\(CorpusIndex.defaultFileName) here)")
        }
    }

    /// The index to answer from: `--db`, or the default file when no path is given and it exists.
    var indexPath: String? {
        if let database { return database }
        guard paths.isEmpty, FileManager.default.fileExists(atPath: CorpusIndex.defaultFileName) else { return nil }
        return CorpusIndex.defaultFileName
    }

    /// The graph to query: mapped from the index when there is one, else read
    /// and extracted from every input (`CorpusLoader`), reporting each
    /// unreadable one on stderr (one line each), and built from the rest.
    func loadGraph() throws -> LoadedGraph {
        if let indexPath {
            let index = CorpusIndex(path: indexPath)
            let graph = try index.loadGraph()
            if (try? index.isUpdating()) == true {
                Diagnostics.warn("\(indexPath): an update is running or was interrupted; answering from the last completed one (run `citegraph index` again to finish it)")
            }
            // Kept to the end of the process: freeing a graph of a million nodes
            // string by string costs more than the query did, and exit frees it at once.
            IndexedGraph.kept = graph
            return LoadedGraph(graph: graph, someInputsFailed: false)
        }
        var failed = false
        var log = WarningLog(mode: diagnostics.mode)
        // Each document is packed as it is read: the graph needs 22 bytes of a citation, not the document.
        let input = CorpusLoader(reader: Readers.corpusReader(excludes: excludes)).graphInput(paths) { event in
            switch event {
            case .warning(let warning): log.warn(warning)
            case .skipped(let path): log.skip(path)
            case .failure(let error):
                Diagnostics.error(error)
                failed = true
            }
        }
        log.finish()
        guard input.documentCount > 0 else {
            // When every input failed, its own line already says why; one more would only repeat it.
            if failed { throw ExitCode(1) }
            throw CorpusError.emptyCorpus(paths: paths)
        }
        return LoadedGraph(graph: CitationGraph(input), someInputsFailed: failed)
    }
}

/// The graph mapped from an index, held until the process exits.
enum IndexedGraph {
    nonisolated(unsafe) static var kept: CitationGraph?
}

/// A graph ready to query, and whether some inputs could not be read (which
/// makes the exit status non-zero even when the query is answered).
struct LoadedGraph {
    let graph: CitationGraph
    let someInputsFailed: Bool

    func resolve(_ symbol: String) throws -> Int {
        try SymbolResolver(graph: graph).resolve(symbol)
    }
}

/// Runs a graph query: loads the corpus, calls `body`, and turns failures into
/// one line on stderr and exit status 1.
enum GraphQuery {
    static func run(_ corpus: CorpusOptions, _ body: (LoadedGraph) throws -> Bool) throws {
        do {
            let loaded = try corpus.loadGraph()
            let answered = try body(loaded)
            if !answered || loaded.someInputsFailed { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Diagnostics.error(error)
            throw ExitCode(1)
        }
    }
}
