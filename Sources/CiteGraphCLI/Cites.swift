import ArgumentParser
import CiteGraph

struct Cites: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "cites",
        abstract: "The documents a document cites directly, with where and how it cites each.",
        discussion: "One step along edges forwards, citing → cited. Each cited document is followed by its occurrences in X's text: relation, paragraph, footnote, pinpoint.")

    @Argument(help: symbolHelp) var symbol: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        try GraphQuery.run(corpus) { loaded in
            try NeighborQuery.answer(loaded, symbol: symbol, direction: .cited, filter: filters.filter, output: output)
        }
    }
}

/// The shared body of `cites` and `cited-by`.
enum NeighborQuery {
    static func answer(_ loaded: LoadedGraph, symbol: String, direction: WalkDirection,
                       filter: GraphFilter, output: FormatOption) throws -> Bool {
        let graph = loaded.graph
        let id = try loaded.resolve(symbol)
        let neighbors = direction == .cited ? graph.cites(id, filter: filter) : graph.citedBy(id, filter: filter)
        let name = direction == .cited ? "cites" : "cited-by"
        let report = QueryReport(query: name, symbols: [graph.nodes[id].symbol], direction: direction.rawValue,
                                 depth: 1, filters: filter,
                                 results: neighbors.map { NodeReport(graph.nodes[$0.node], occurrences: $0.occurrences) })
        let heading = direction == .cited
            ? "\(graph.nodes[id].symbol) cites \(neighbors.count) document(s) directly:"
            : "\(neighbors.count) document(s) cite \(graph.nodes[id].symbol) directly:"
        try output.emit(report) { GraphText.render($0, heading: heading) }
        return true
    }
}
