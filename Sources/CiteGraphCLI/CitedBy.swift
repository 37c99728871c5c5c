import ArgumentParser
import CiteGraph

struct CitedBy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cited-by",
        abstract: "The documents that cite a document directly, with where and how each cites it.",
        discussion: "One step along edges backwards, cited → citing. Each citing document is followed by its occurrences of X in its own text: relation, paragraph, footnote, pinpoint.")

    @Argument(help: symbolHelp) var symbol: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        try GraphQuery.run(corpus) { loaded in
            try NeighborQuery.answer(loaded, symbol: symbol, direction: .citing, filter: filters.filter, output: output)
        }
    }
}
