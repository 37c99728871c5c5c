import ArgumentParser
import CiteGraph
import Foundation

/// The corpus a graph query runs on: the files and directories to read.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or directories (searched recursively) making up the corpus; a .json file is read as the output of `citegraph extract --format json`.",
              completion: .file())
    var paths: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Leave out files a folder walk finds whose path below the folder or whose name matches this shell pattern (repeatable): 'drafts/*', '*.md'.",
        valueName: "glob"))
    var excludes: [String] = []

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or directory to build the graph from") }
    }

    /// Reads and extracts every input (`CorpusLoader`), reporting each
    /// unreadable one on stderr (one line each), and builds the graph from the rest.
    func loadGraph() throws -> LoadedGraph {
        var failed = false
        var log = WarningLog(mode: diagnostics.mode)
        let documents = CorpusLoader(reader: Readers.corpusReader(excludes: excludes)).documents(paths) { event in
            switch event {
            case .warning(let warning): log.warn(warning)
            case .skipped(let path): log.skip(path)
            case .failure(let error):
                Diagnostics.error(error)
                failed = true
            }
        }
        log.finish()
        guard !documents.isEmpty else {
            // When every input failed, its own line already says why; one more would only repeat it.
            if failed { throw ExitCode(1) }
            throw CorpusError.emptyCorpus(paths: paths)
        }
        return LoadedGraph(graph: CitationGraph(documents: documents), someInputsFailed: failed)
    }
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
