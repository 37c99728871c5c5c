import ArgumentParser
import CiteGraph

struct Descendants: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "descendants",
        abstract: "What cites a document, transitively: the later documents that build on it.",
        discussion: """
            Walks edges backwards, from cited to citing: the documents that cite X, then the \
            documents citing those, and so on. Each is listed once, at its shortest distance \
            (depth 1 = cites X directly), ordered by depth, then date. --kind/--since/--until choose \
            which reached documents are listed; --relation chooses which citations are followed.
            """)

    @Argument(help: symbolHelp) var symbol: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var depth: DepthOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        try GraphQuery.run(corpus) { loaded in
            try ClosureQuery.answer(loaded, symbol: symbol, direction: .citing, depth: depth.depth,
                                    filter: filters.filter, output: output)
        }
    }
}
