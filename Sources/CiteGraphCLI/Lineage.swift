import ArgumentParser
import CiteGraph

struct Lineage: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "lineage",
        abstract: "The series a resolution belongs to, in date order.",
        discussion: """
            The resolutions of the same kind and title as X that recall or reaffirm one another \
            (56/183 → 57/238 → … → 67/195). Walks recall citations in both directions: what X \
            recalls, and what recalls X, and so on, admitting only documents of X's kind whose \
            title matches (documents known only by citation have no title and are admitted on the \
            word of the member citing them). See docs/GRAPH.md for the exact rule.
            """)

    @Argument(help: symbolHelp) var symbol: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        try GraphQuery.run(corpus) { loaded in
            let graph = loaded.graph
            let id = try loaded.resolve(symbol)
            let members = try graph.lineage(of: id)
            let report = QueryReport(query: "lineage", symbols: [graph.nodes[id].symbol], direction: "both",
                                     filters: GraphFilter(relations: CitationGraph.lineageRelations),
                                     results: members.map { NodeReport(graph.nodes[$0]) })
            try output.emit(report) {
                GraphText.render($0, heading: "Lineage of \(graph.nodes[id].symbol): \(members.count) document(s), oldest first:")
            }
            return true
        }
    }
}
