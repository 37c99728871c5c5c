import Foundation
import Testing

/// The man page and the shell completions say what the command accepts.
@Suite("man page and shell completions")
struct ManualTests {
    /// The committed page (scripts/generate-man.sh) names every subcommand
    /// and every option the binary takes: a new option without a regenerated
    /// page fails here.
    @Test func theManPageIsCurrent() throws {
        let page = try String(contentsOf: CitegraphProcess.packageRoot.appendingPathComponent("docs/man/citegraph.1"),
                              encoding: .utf8)
        for (command, option) in try OptionCoverageTests.options() {
            for word in command.split(separator: " ") {
                #expect(page.contains(".It Em \(word)\n"), "docs/man/citegraph.1 lacks \(word): run scripts/generate-man.sh")
            }
            #expect(page.contains(" -\(option.dropFirst(2))"),  // ".It Fl -depth", ".It Fl o , -output"
                    "docs/man/citegraph.1 lacks \(command) \(option): run scripts/generate-man.sh")
        }
    }

    /// Completion offers the values of --kind, --relation, --format and --engine, in every shell argument-parser supports.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsOfferValues(shell: String) throws {
        let r = try CitegraphProcess.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        let script = r.stdoutText
        for value in ["ga-resolution", "sc-resolution", "document",             // --kind
                      "reaffirms", "takes-note", "on-report-of",                // --relation
                      "graphml", "mermaid", "csv", "json",                       // --format
                      "sfdp", "neato"] {                                        // --engine
            #expect(script.contains(value), "\(shell) completion lacks \(value)")
        }
    }
}
