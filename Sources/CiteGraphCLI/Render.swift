import ArgumentParser
import CiteGraph
import CiteGraphRendering

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "render",
        abstract: "Draw or export what a query selects: DOT, SVG, PNG, PDF, GraphML, JSON, CSV (Neo4j), Mermaid, an HTML view.",
        discussion: """
            Arrows point from the citing document to the cited one; older documents are drawn at the \
            top (--rankdir LR: at the left). Pictures are laid out by Graphviz's library in this \
            process. Selections of more than 150 documents or 400 citations are drawn on a timeline \
            by adoption date, a lane per organ (positions computed by citegraph), and a note on stderr \
            says so. '-o view.html' writes an interactive view. See docs/EXPORTS.md and docs/VIEWS.md.
            """,
        subcommands: [RenderAncestors.self, RenderDescendants.self, RenderPath.self, RenderLineage.self, RenderGraph.self]
    )
}

/// The shared body of the `render` subcommands: check the destination, load
/// the corpus, select, export, write atomically. Every failure is one line on
/// stderr and exit status 1, with no output file left behind.
enum RenderRun {
    static func run(_ corpus: CorpusOptions, _ options: RenderOptions,
                    select: (LoadedGraph) throws -> CitationSubgraph) throws {
        do {
            let destination = try OutputDestination(output: options.output, format: options.format)
            let exporterOptions = try options.exporterOptions()
            try options.check(destination.format)
            if let engine = options.engine, destination.format.picture != nil {
                let engines = try DiagramExporter.availableEngines()
                guard engines.contains(engine) else { throw RenderError.unknownEngine(engine, available: engines) }
            }
            let loaded = try corpus.loadGraph()
            let selected = try select(loaded)
            let export = try DiagramExporter(options: exporterOptions).export(selected, as: destination.format)
            for note in export.notes { Diagnostics.note(note) }
            switch (destination.target, export.payload) {
            case (.standardOutput, .single(let bytes)):
                try Printer.output(bytes)
            case (.file(let path), .single(let bytes)):
                try AtomicOutput.write([(path, bytes)])
            case (.csvPair(let nodesPath, let edgesPath), .nodesAndEdges(let nodes, let edges)):
                try AtomicOutput.write([(nodesPath, nodes), (edgesPath, edges)])
            default:
                preconditionFailure("destination \(destination.target) does not fit format \(destination.format)")
            }
            if loaded.someInputsFailed { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Diagnostics.error(error)
            throw ExitCode(1)
        }
    }

    /// The shared selection of `render ancestors` and `render descendants`.
    static func closure(_ loaded: LoadedGraph, symbol: String, direction: WalkDirection, depth: Int?,
                        filter: GraphFilter) throws -> CitationSubgraph {
        let id = try loaded.resolve(symbol)
        let name = loaded.graph.nodes[id].symbol
        let selection: GraphSelection = direction == .cited ? .ancestors(of: id, depth: depth) : .descendants(of: id, depth: depth)
        return try requireEdges(try loaded.graph.subgraph(selection, filter: filter),
                                direction == .cited ? "\(name) cites no document in this corpus (with these filters)"
                                                    : "no document in this corpus cites \(name) (with these filters)")
    }

    /// A closure that reached nothing is refused rather than drawn as a lone box.
    static func requireEdges(_ subgraph: CitationSubgraph, _ explanation: @autoclosure () -> String) throws -> CitationSubgraph {
        guard !subgraph.edges.isEmpty else { throw RenderCommandError.emptySelection(explanation()) }
        return subgraph
    }
}

struct RenderAncestors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ancestors",
        abstract: "Draw a document and everything it cites, transitively (the older documents it builds on).")

    @Argument(help: symbolHelp) var symbol: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var depth: DepthOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var render: RenderOptions

    func run() throws {
        try RenderRun.run(corpus, render) { loaded in
            try RenderRun.closure(loaded, symbol: symbol, direction: .cited, depth: depth.depth, filter: filters.filter)
        }
    }
}

struct RenderDescendants: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "descendants",
        abstract: "Draw a document and everything that cites it, transitively (the later documents building on it).")

    @Argument(help: symbolHelp) var symbol: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var depth: DepthOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var render: RenderOptions

    func run() throws {
        try RenderRun.run(corpus, render) { loaded in
            try RenderRun.closure(loaded, symbol: symbol, direction: .citing, depth: depth.depth, filter: filters.filter)
        }
    }
}

struct RenderPath: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Draw a shortest citation chain from the first document (citing) to the second (cited).")

    @Argument(help: ArgumentHelp("The citing document.", valueName: "from")) var from: String
    @Argument(help: ArgumentHelp("The cited document.", valueName: "to")) var to: String
    @OptionGroup var corpus: CorpusOptions
    // Only --relation, as for `citegraph path`: a chain lists every document on it, so kind and year filters do not apply.
    @OptionGroup var relations: RelationOption
    @OptionGroup var render: RenderOptions

    func validate() throws {
        // A shortest chain has no shortcut: were there one, it would be the shorter chain.
        if render.reduce { throw ValidationError("--reduce has no effect on a path: a shortest chain has no citation a longer one implies") }
    }

    func run() throws {
        try RenderRun.run(corpus, render) { loaded in
            let (a, b) = (try loaded.resolve(from), try loaded.resolve(to))
            return try RenderRun.requireEdges(try loaded.graph.subgraph(.path(from: a, to: b), filter: relations.filter),
                                              "\(from) and \(to) are the same document")
        }
    }
}

struct RenderLineage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "Draw the series a resolution belongs to (the same title, recalled year after year).",
        discussion: "Walks recall and reaffirm citations both ways, as `citegraph lineage` does; see its help for the rule.")

    @Argument(help: symbolHelp) var symbol: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var render: RenderOptions

    func run() throws {
        try RenderRun.run(corpus, render) { loaded in
            let id = try loaded.resolve(symbol)
            return try RenderRun.requireEdges(try loaded.graph.subgraph(.lineage(of: id)),
                                              "\(loaded.graph.nodes[id].symbol) has no series in this corpus")
        }
    }
}

struct RenderGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the whole corpus: every document and every citation.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var render: RenderOptions

    func run() throws {
        try RenderRun.run(corpus, render) { loaded in
            try RenderRun.requireEdges(try loaded.graph.subgraph(.whole, filter: filters.filter),
                                       "the corpus has no citations between its documents")
        }
    }
}
