import ArgumentParser
import CiteGraph

struct Longest: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "longest",
        abstract: "The longest citation chain below a document, back into the past.",
        discussion: """
            Walks edges forwards, citing → cited: X cites the second document, which cites the \
            third, and so on, as far as possible. Computed in one linear pass in topological \
            order; among equally long chains the older document (then the smaller symbol) wins. \
            Citations inside a cycle are not followed.
            """)

    @Argument(help: symbolHelp) var symbol: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var relations: RelationOption
    @OptionGroup var output: FormatOption

    func run() throws {
        try GraphQuery.run(corpus) { loaded in
            let graph = loaded.graph
            let id = try loaded.resolve(symbol)
            let filter = relations.filter
            let chain = graph.longestChain(from: id, filter: filter)
            let report = QueryReport(query: "longest", symbols: [graph.nodes[id].symbol],
                                     direction: WalkDirection.cited.rawValue, filters: filter,
                                     results: chain.enumerated().map { NodeReport(graph.nodes[$1], depth: $0) })
            try output.emit(report) {
                GraphText.renderChain($0, heading: "Longest citation chain below \(graph.nodes[id].symbol): \(chain.count - 1) step(s); each line cites the next:")
            }
            return true
        }
    }
}
