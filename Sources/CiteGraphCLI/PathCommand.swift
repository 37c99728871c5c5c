import ArgumentParser
import CiteGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "A shortest citation chain from the first document (citing) to the second (cited).",
        discussion: """
            Walks edges forwards, citing → cited: FROM cites the next document, which cites the \
            next, ... which cites TO. So FROM is normally the later document ("path \\"198 (1964)\\" \
            \\"186 (1964)\\""). When there is no chain, says so on stderr and exits with status 1.
            """)

    @Argument(help: ArgumentHelp("The citing (later) document.", valueName: "from")) var from: String
    @Argument(help: ArgumentHelp("The cited (earlier) document.", valueName: "to")) var to: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var relations: RelationOption
    @OptionGroup var output: FormatOption

    func run() throws {
        try GraphQuery.run(corpus) { loaded in
            let graph = loaded.graph
            let (a, b) = (try loaded.resolve(from), try loaded.resolve(to))
            let filter = relations.filter
            let chain = graph.path(from: a, to: b, filter: filter)
            let report = QueryReport(query: "path", symbols: [graph.nodes[a].symbol, graph.nodes[b].symbol],
                                     direction: WalkDirection.cited.rawValue, filters: filter, found: chain != nil,
                                     results: (chain ?? []).enumerated().map { NodeReport(graph.nodes[$1], depth: $0) })
            guard chain != nil else {
                if output.format == .json { try Printer.json(report) }
                let back = graph.path(from: b, to: a, filter: filter) != nil
                    ? " (the other way round there is one: try path \"\(to)\" \"\(from)\")" : ""
                Diagnostics.note("no citation chain from \(graph.nodes[a].symbol) to \(graph.nodes[b].symbol): it does not cite it, directly or through other documents\(back)")
                return false
            }
            try output.emit(report) {
                GraphText.renderChain($0, heading: "\(graph.nodes[a].symbol) reaches \(graph.nodes[b].symbol) in \(chain!.count - 1) citation step(s); each line cites the next:")
            }
            return true
        }
    }
}
