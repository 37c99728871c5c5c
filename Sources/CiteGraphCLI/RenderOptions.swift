import ArgumentParser
import CiteGraph
import CiteGraphRendering

/// What every `render` subcommand shares: where to write, in which format, and how to draw.
struct RenderOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write; '-' for standard output. For csv: a directory (nodes.csv and edges.csv in it) "
            + "or a name (NAME.nodes.csv and NAME.edges.csv).", valueName: "file"))
    var output: String

    // Parsed in run() rather than by ArgumentParser so that a bad value gets one line, not a usage page.
    @Option(help: ArgumentHelp("Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")). "
        + "Default: from the file's extension (dot for '-').", valueName: "format"))
    var format: String?

    @Option(help: ArgumentHelp("Layout: dot, timeline (citegraph's own, by adoption date), or another Graphviz engine "
        + "(sfdp, neato, fdp, twopi, circo). Default: dot up to 150 documents and 400 citations, timeline above.",
        valueName: "engine"))
    var engine: String?

    @Flag(help: "Drop each citation that a longer chain of citations already implies (transitive reduction): fewer edges, faster layout.")
    var reduce = false

    @Option(help: ArgumentHelp("Which way time runs: TB (older documents at the top) or LR (older at the left).",
                               valueName: "TB|LR"))
    var rankdir: String = "TB"

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    func exporterOptions() throws -> DiagramExporter.Options {
        guard let direction = DOTWriter.RankDirection(rawValue: rankdir.uppercased()) else {
            throw RenderCommandError.badRankdir(rankdir)
        }
        return .init(rankDirection: direction, reduce: reduce, engine: engine, legend: !noLegend)
    }
}
