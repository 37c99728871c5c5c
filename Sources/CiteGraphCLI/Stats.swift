import ArgumentParser
import CiteGraph

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "stats",
        abstract: "Counts: documents by kind, citations by relation, read vs known only by citation.",
        discussion: "Edges point from the citing document to the cited one; a pair counts once however often the citation occurs, and its occurrences are counted separately.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        try GraphQuery.run(corpus) { loaded in
            try output.emit(StatisticsReport(loaded.graph.statistics())) { GraphText.render($0) }
            return true
        }
    }
}
