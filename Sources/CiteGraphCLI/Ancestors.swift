import ArgumentParser
import CiteGraph

struct Ancestors: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "ancestors",
        abstract: "What a document cites, transitively: the older documents it builds on.",
        discussion: """
            Walks edges forwards, from citing to cited: the documents X cites, then the documents \
            those cite, and so on. Each is listed once, at its shortest distance (depth 1 = cited \
            directly by X), ordered by depth, then date. --kind/--since/--until choose which reached \
            documents are listed; --relation chooses which citations are followed.
            """)

    @Argument(help: symbolHelp) var symbol: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var depth: DepthOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        try GraphQuery.run(corpus) { loaded in
            try ClosureQuery.answer(loaded, symbol: symbol, direction: .cited, depth: depth.depth,
                                    filter: filters.filter, output: output)
        }
    }
}

/// The shared body of `ancestors` and `descendants`.
enum ClosureQuery {
    static func answer(_ loaded: LoadedGraph, symbol: String, direction: WalkDirection, depth: Int?,
                       filter: GraphFilter, output: FormatOption) throws -> Bool {
        let graph = loaded.graph
        let id = try loaded.resolve(symbol)
        let hits = graph.closure(of: id, direction: direction, depth: depth, filter: filter)
        let name = direction == .cited ? "ancestors" : "descendants"
        let report = QueryReport(query: name, symbols: [graph.nodes[id].symbol], direction: direction.rawValue,
                                 depth: depth, filters: filter,
                                 results: hits.map { NodeReport(graph.nodes[$0.node], depth: $0.depth) })
        let what = direction == .cited ? "documents it cites, transitively" : "documents that cite it, transitively"
        let limit = depth.map { ", depth ≤ \($0)" } ?? ""
        try output.emit(report) {
            GraphText.render($0, heading: "\(name.capitalized) of \(graph.nodes[id].symbol) (\(what)): \(hits.count)\(limit)")
        }
        return true
    }
}
