import ArgumentParser
import Foundation

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
            Index.self,
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
            Annotate.self,
        ]
    )

    /// Argument errors (ours from `validate()` and the option transforms, and
    /// the parser's own) are one line on stderr, like every other error of the
    /// command, with the usage status 64; argument-parser's default adds a
    /// usage page after the line, which buries the problem. Help and version
    /// requests, and the exit statuses the commands throw, go through unchanged;
    /// any other error of a command is its one line and status 1.
    static func main() {
        if let problem = CommandSpelling.problem(in: Array(CommandLine.arguments.dropFirst()), root: self) {
            Diagnostics.usage(problem)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let status = exitCode(for: error)
            if status == .success { exit(withError: error) }
            Diagnostics.usage(message(for: error))
            Foundation.exit(status.rawValue)
        }
        do {
            try command.run()
        } catch let status as ExitCode {
            Foundation.exit(status.rawValue)
        } catch {
            // A help request can arrive here too, from the parser's own help command.
            if exitCode(for: error) == .success { exit(withError: error) }
            Diagnostics.error(error)
            Foundation.exit(1)
        }
    }
}
