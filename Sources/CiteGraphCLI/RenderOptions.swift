import ArgumentParser
import CiteGraph
import CiteGraphRendering

/// What every `render` subcommand shares: where to write, in which format, and how to draw.
struct RenderOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write; '-' for standard output. For csv: a directory (nodes.csv and edges.csv in it) "
            + "or a name (NAME.nodes.csv and NAME.edges.csv).", valueName: "file"),
            completion: .file())
    var output: String

    // Parsed in run() rather than by ArgumentParser so that a bad value gets one line, not a usage page.
    @Option(help: ArgumentHelp("Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")). "
        + "Default: from the file's extension (dot for '-').", valueName: "format"),
            completion: .list(ExportFormat.allCases.map(\.rawValue)))
    var format: String?

    @Option(help: ArgumentHelp("Graphviz layout engine (dot, sfdp, neato, fdp, twopi, circo). "
        + "Default: dot, or sfdp for graphs too large for dot to finish quickly.", valueName: "engine"),
            completion: .list(["dot", "sfdp", "neato", "fdp", "twopi", "circo"]))
    var engine: String?

    @Flag(help: "Drop each citation that a longer chain of citations already implies (transitive reduction): fewer edges, faster layout.")
    var reduce = false

    @Option(help: ArgumentHelp("Which way time runs: TB (older documents at the top) or LR (older at the left).",
                               valueName: "TB|LR"),
            completion: .list(["TB", "LR"]))
    var rankdir: String?

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    @Flag(help: "Documents and citations only: no year column and no legend, so that programs reading the DOT (networkx, pydot) see only documents.")
    var plain = false

    func exporterOptions() throws -> DiagramExporter.Options {
        let rankdir = rankdir ?? "TB"
        guard let direction = DOTWriter.RankDirection(rawValue: rankdir.uppercased()) else {
            throw RenderCommandError.badRankdir(rankdir)
        }
        return .init(rankDirection: direction, reduce: reduce, engine: engine, legend: !noLegend, plain: plain)
    }

    /// Refuses an option the chosen format has no use for, so that an
    /// accepted option is never silently ignored: `--engine` with GraphML
    /// would otherwise look as if it had done something.
    func check(_ format: ExportFormat) throws {
        let drawn = format == .dot || format.picture != nil
        var given: [String] = []
        if engine != nil { given.append("--engine") }
        if noLegend { given.append("--no-legend") }
        if plain { given.append("--plain") }
        if !drawn, let option = given.first {
            throw RenderCommandError.optionNotForFormat(option: option, format: format.rawValue,
                                                        formats: "dot, svg, png, pdf")
        }
        if rankdir != nil, !drawn, format != .mermaid {
            throw RenderCommandError.optionNotForFormat(option: "--rankdir", format: format.rawValue,
                                                        formats: "dot, svg, png, pdf, mermaid")
        }
    }
}
