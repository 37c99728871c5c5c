import ArgumentParser
import CiteGraph

struct Cycles: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here: derived from the type name, argument-parser reflects at every start.
        commandName: "cycles",
        abstract: "Groups of documents that cite each other, each with one cycle as evidence.",
        discussion: """
            Follows edges forwards (citing → cited) to find strongly connected components of two or \
            more documents. A later document cannot normally be cited by an earlier one, so a group \
            points at an extraction error or a joint document. One shortest cycle is shown per group; \
            all cycles are never enumerated (there can be exponentially many).
            """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        try GraphQuery.run(corpus) { loaded in
            let report = CyclesReport(graph: loaded.graph, cycles: loaded.graph.citationCycles())
            try output.emit(report) { GraphText.render($0) }
            return true
        }
    }
}
