import ArgumentParser
import CiteGraph

struct Top: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "top",
        abstract: "The most cited documents.",
        discussion: """
            Ranks by in-degree: how many distinct documents cite each one directly (edges counted \
            at their cited end). With --pagerank, ranks by PageRank instead, where rank flows from \
            citing to cited documents, so being cited by much-cited documents counts more. Ties go \
            to the older document.
            """)

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "How many documents to list.") var limit: Int = 10
    @Flag(help: "Rank by PageRank instead of in-degree.") var pagerank = false
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be 1 or more (got \(limit))") }
    }

    func run() throws {
        try GraphQuery.run(corpus) { loaded in
            let graph = loaded.graph
            let measure: RankingMeasure = pagerank ? .pageRank : .inDegree
            let ranked = graph.top(by: measure, limit: limit, filter: filters.filter)
            let report = QueryReport(query: "top", symbols: [], direction: WalkDirection.citing.rawValue,
                                     depth: nil, filters: filters.filter,
                                     results: ranked.map { NodeReport(graph.nodes[$0.node], citedBy: $0.citedBy, score: $0.score) })
            try output.emit(report) {
                GraphText.render($0, heading: "Most cited documents by \(measure.rawValue) (of \(graph.nodeCount)):")
            }
            return true
        }
    }
}
