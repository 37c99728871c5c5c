import ArgumentParser
import CiteGraph

/// Finds a mistyped subcommand before the parser does. argument-parser reads
/// `citegraph rendr graph -o x.svg` as the root command with stray arguments
/// and reports "Unknown option '-o'", which points at the wrong word; this
/// names the word and the command it is closest to.
enum CommandSpelling {
    /// The message for the first word that should name a subcommand and does
    /// not, or `nil` when every command word is known.
    static func problem(in arguments: [String], root: any ParsableCommand.Type) -> String? {
        var subcommands: [any ParsableCommand.Type] = root.configuration.subcommands
        var path = [root._commandName]
        for word in arguments {
            guard !subcommands.isEmpty, !word.hasPrefix("-") else { return nil }
            if word == "help" { return nil }
            let names: [String] = subcommands.map { $0._commandName }
            if let index = names.firstIndex(of: word) {
                subcommands = subcommands[index].configuration.subcommands
                path.append(word)
                continue
            }
            let context = path.joined(separator: " ")
            if let suggestion = EditDistance.suggestion(for: word, among: names) {
                return "unknown command '\(context) \(word)'; did you mean '\(context) \(suggestion)'?"
            }
            return "unknown command '\(context) \(word)'; the commands are \(names.joined(separator: ", "))"
        }
        return nil
    }
}
