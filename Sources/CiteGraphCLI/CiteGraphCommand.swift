import ArgumentParser

/// The `citegraph` command: parses arguments, calls the library, prints.
@main
struct CiteGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citegraph",
        abstract: "Turn United Nations documents into a citation graph you can query and draw.",
        discussion: """
            Edges point from the citing document to the cited one: A/RES/67/195 -> A/RES/56/183 \
            means 67/195 cites 56/183. Ancestors are what a document cites (older documents it builds on); descendants are what cites it.
            """,
        version: "0.1.0",
        subcommands: [
            Extract.self,
            Ancestors.self,
            Descendants.self,
            Cites.self,
            CitedBy.self,
            PathCommand.self,
            Top.self,
            Cycles.self,
            Longest.self,
            Lineage.self,
            Stats.self,
            Render.self,
        ]
    )
}
