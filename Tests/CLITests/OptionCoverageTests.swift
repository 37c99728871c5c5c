import CiteGraphTestSupport
import Foundation
import Testing
@testable import CiteGraphCLI

/// Every option every subcommand accepts has an effect: the command's own
/// description of its options (`--experimental-dump-help`) is walked, each
/// option must have a case in `Self.cases`, and running the command with the
/// case's arguments must change what it prints or its status. An option the
/// command parses and then ignores prints the same as without it and fails
/// here; a new option without a case fails here too, until one proves it does
/// something.
@Suite("every accepted option has an effect")
struct OptionCoverageTests {
    /// A corpus with a chain, a shortcut citation (for --reduce), a report and
    /// a later citer, as an extraction report, and a folder of texts with two
    /// warnings of one kind and a README a walk skips (for --verbose, --quiet, --exclude).
    static let corpus: [String] = {
        func citation(_ target: String, _ kind: String, _ relation: String, _ location: String) -> String {
            """
            {"target": "\(target)", "kind": "\(kind)", "relation": "\(relation)", "location": "\(location)",
             "footnote": null, "pinpoint": null, "adopted": null, "text": "\(target)", "range": {"start": 0, "end": 1}}
            """
        }
        func document(_ symbol: String, _ adopted: String, _ citations: [String]) -> String {
            """
            {"source": "\(symbol).txt", "symbol": "\(symbol)", "kind": "ga-resolution", "title": "Information and communication technologies",
             "body": "General Assembly", "adopted": "\(adopted)", "session": null, "agenda_item": null,
             "meeting": null, "distributed": null, "job_number": null,
             "citations": [\(citations.joined(separator: ","))], "unresolved": []}
            """
        }
        let json = """
            {"documents": [
            \(document("A/RES/57/238", "2002-12-20", [citation("A/RES/56/183", "ga-resolution", "recalls", "PP1")])),
            \(document("A/RES/59/220", "2004-12-22", [citation("A/RES/57/238", "ga-resolution", "reaffirms", "PP1")])),
            \(document("A/RES/67/195", "2012-12-21", [
                citation("A/RES/59/220", "ga-resolution", "recalls", "PP1"),
                citation("A/RES/57/238", "ga-resolution", "recalls", "PP2"),
                citation("A/67/66-E/2012/49", "document", "takes-note", "OP2"),
            ])),
            \(document("A/RES/70/1", "2015-09-25", [citation("A/RES/67/195", "ga-resolution", "references", "PP2"),
                                                   citation("A/RES/56/183", "ga-resolution", "recalls", "PP3")]))
            ]}
            """
        let dir = (try? ScratchDirectory.make("citegraph-options")) ?? FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-options-\(UUID().uuidString)")
        let texts = dir.appendingPathComponent("texts")
        try? FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        try? Data(json.utf8).write(to: dir.appendingPathComponent("series.json"))
        // Windows-1252 bytes (0xE9 is é): each text is read with one warning of the same kind.
        for name in ["A_RES_66_1.txt", "A_RES_66_2.txt"] {
            let text = Array("General Assembly\n\nResolution adopted by the General Assembly\n\nThe General Assembly, caf".utf8) + [0xE9, 0x0A]
            try? Data(text).write(to: texts.appendingPathComponent(name))
        }
        try? Data("# Where these texts come from\n\nSee A/RES/67/195.\n".utf8).write(to: texts.appendingPathComponent("README.md"))
        return [dir.appendingPathComponent("series.json").path, texts.path]
    }()

    /// Each option's arguments, the same for every command that takes it
    /// unless a command's own entry overrides it.
    static let cases: [String: [String]] = [
        "--format": ["--format", "json"],
        "--exclude": ["--exclude", "README.md"],
        "--verbose": ["--verbose"],
        "--quiet": ["--quiet"],
        "--depth": ["--depth", "1"],
        "--kind": ["--kind", "document"],
        "--relation": ["--relation", "recalls"],
        "--since": ["--since", "2005"],
        "--until": ["--until", "2003"],
        "--limit": ["--limit", "1"],
        "--pagerank": ["--pagerank"],
        "--engine": ["--engine", "neato"],
        "--reduce": ["--reduce"],
        "--rankdir": ["--rankdir", "LR"],
        "--no-legend": ["--no-legend"],
        "--plain": ["--plain"],
        "--version": ["--version"],
        "--help": ["--help"],
        // With files named too, --db is refused: one source of documents or the other, never both silently.
        "--db": ["--db", "/nonexistent/citegraph.sqlite"],
    ]

    /// Options that change how fast a command runs, not what it prints: each
    /// is still run, and must give the same answer as without it.
    static let performanceOnly: Set<String> = ["index --threads", "index --batch-size"]

    /// An index file of its own for each `index` run.
    static func freshDatabase() -> String {
        ScratchDirectory.file("citegraph-options", extension: "sqlite")
    }

    /// Per command: the arguments before the corpus, and overrides of `cases`.
    static let commands: [String: (arguments: [String], overrides: [String: [String]])] = [
        "extract": ([], ["--format": ["--format", "csv"]]),
        // `index` gets its database and the texts only (see everyOptionChangesTheOutcome).
        "index": ([], ["--rebuild": ["--rebuild"], "--threads": ["--threads", "1"], "--batch-size": ["--batch-size", "1"]]),
        "annotate": (["-o", "-"], ["--output": ["--output", ScratchDirectory.file("citegraph-options", extension: "html")]]),
        "ancestors": (["67/195"], [:]),
        "descendants": (["56/183"], ["--kind": ["--kind", "ecosoc-resolution"]]),
        "cites": (["67/195"], [:]),
        "cited-by": (["57/238"], ["--kind": ["--kind", "ecosoc-resolution"], "--relation": ["--relation", "reaffirms"]]),
        "path": (["70/1", "56/183"], ["--relation": ["--relation", "references"]]),
        "top": ([], [:]),
        "cycles": ([], [:]),
        "longest": (["70/1"], ["--relation": ["--relation", "references"]]),
        "lineage": (["67/195"], [:]),
        "stats": ([], [:]),
        "render ancestors": (["67/195", "-o", "-"], [:]),
        "render descendants": (["56/183", "-o", "-"], ["--kind": ["--kind", "ecosoc-resolution"]]),
        "render path": (["70/1", "56/183", "-o", "-"], ["--relation": ["--relation", "references"]]),
        "render lineage": (["67/195", "-o", "-"], [:]),
        "render graph": (["-o", "-"], [:]),
    ]

    /// The options of every subcommand, from the binary's own description of itself.
    static func options(includeHidden: Bool = true) throws -> [(command: String, option: String)] {
        let dump = try CitegraphProcess.run(["--experimental-dump-help"])
        let tool = try #require(try JSONSerialization.jsonObject(with: dump.stdout) as? [String: Any])
        var out: [(String, String)] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            if subcommands.isEmpty {
                for argument in command["arguments"] as? [[String: Any]] ?? [] {
                    guard (argument["kind"] as? String) != "positional",
                          includeHidden || (argument["shouldDisplay"] as? Bool ?? true),
                          let names = argument["names"] as? [[String: Any]],
                          let long = names.first(where: { $0["kind"] as? String == "long" })?["name"] as? String
                    else { continue }
                    out.append((path.joined(separator: " "), "--" + long))
                }
            }
            for sub in subcommands { walk(sub, path + [sub["commandName"] as? String ?? "?"]) }
        }
        walk(tool["command"] as? [String: Any] ?? [:], [])
        return out.filter { $0.0 != "help" }
    }

    @Test func everyCommandIsCovered() throws {
        let commands = Set(try Self.options().map(\.command))
        #expect(commands == Set(Self.commands.keys), "add new subcommands to OptionCoverageTests.commands")
    }

    @Test func everyOptionChangesTheOutcome() throws {
        var baseline: [String: CitegraphProcess.Result] = [:]
        for (command, option) in try Self.options() {
            guard let entry = Self.commands[command] else { continue }
            if option == "--output" && command != "annotate" { continue }  // required: the base arguments give it; RenderCommandTests cover files
            guard let arguments = entry.overrides[option] ?? Self.cases[option] else {
                Issue.record("\(command) \(option) has no case in OptionCoverageTests: add one that proves it has an effect")
                continue
            }
            var base = command.split(separator: " ").map(String.init) + entry.arguments + Self.corpus
            let without: CitegraphProcess.Result
            if command == "index" {
                // An index that already holds the texts, so a second run reports them unchanged.
                let database = Self.freshDatabase()
                base = ["index", "--db", database, Self.corpus[1]]
                _ = try CitegraphProcess.run(base)
                without = try CitegraphProcess.run(base)
            } else if command == "annotate" {
                base = ["annotate", "-o", "-", "Samples/A_RES_67_195.txt"]
                without = try baseline[command] ?? CitegraphProcess.run(base)
            } else {
                without = try baseline[command] ?? CitegraphProcess.run(base)
            }
            baseline[command] = without
            let with = try CitegraphProcess.run(base + arguments)
            #expect(without.status == 0, "\(base.joined(separator: " ")) failed: \(without.stderr)")
            if Self.performanceOnly.contains("\(command) \(option)") {
                #expect(with.status == without.status && with.stdout == without.stdout,
                        "\(command) \(arguments.joined(separator: " ")) should change only the speed")
                continue
            }
            #expect(with.status != without.status || with.stdout != without.stdout || with.stderr != without.stderr,
                    "\(command) \(arguments.joined(separator: " ")) is accepted and changes nothing")
        }
    }

    @Test func warningsOfAKindAreOneLineUnlessVerbose() throws {
        let base = ["stats"] + Self.corpus
        let summary = try CitegraphProcess.run(base)
        let lines = summary.stderrLines
        #expect(lines.filter { $0.contains("Windows-1252") }.count == 1, "\(summary.stderr)")
        #expect(lines.contains { $0.hasPrefix("citegraph: warning: ") && $0.hasSuffix("A_RES_66_1.txt: not valid UTF-8; read as Windows-1252 (and 1 more like it; --verbose lists each)") })
        #expect(lines.contains { $0.hasPrefix("citegraph: skipped 1 file found in folders that is not a UN document") && $0.contains("README.md") })
        let verbose = try CitegraphProcess.run(base + ["--verbose"])
        #expect(verbose.stderrLines.filter { $0.contains("Windows-1252") }.count == 2)
        let quiet = try CitegraphProcess.run(base + ["--quiet"])
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout == summary.stdout)
        let both = try CitegraphProcess.run(base + ["--quiet", "--verbose"])
        #expect(both.status == 64)
    }

    @Test func aFileNamedExplicitlyIsReadEvenIfNotADocument() throws {
        let readme = URL(fileURLWithPath: Self.corpus[1]).appendingPathComponent("README.md").path
        let r = try CitegraphProcess.run(["extract", "--format", "csv", readme])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty == false && r.stdoutText.contains("A/RES/67/195"))
        #expect(!r.stderr.contains("skipped"))
    }

    @Test(arguments: [
        (["rendr", "graph", "x", "-o", "x.svg"], "did you mean 'citegraph render'?"),
        (["render", "grph", "x", "-o", "x.svg"], "did you mean 'citegraph render graph'?"),
        (["ancestor", "67/195", "x"], "did you mean 'citegraph ancestors'?"),
        (["citedby", "67/195", "x"], "did you mean 'citegraph cited-by'?"),
        (["frobnicate"], "the commands are extract, "),
    ])
    func aMistypedCommandIsNamed(arguments: [String], expected: String) throws {
        let r = try CitegraphProcess.run(arguments)
        #expect(r.status == 64)
        #expect(r.stderrLines.count == 1)
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(!r.stderr.contains("Unknown option"))
    }

    @Test func aDateWhereAYearIsExpectedSaysSo() throws {
        let r = try CitegraphProcess.run(["ancestors", "67/195", Self.corpus[0], "--since", "2012-01-01"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--since takes a year, not a date: write --since 2012"))
    }

    @Test func renderGraphAppliesKindAndYears() throws {
        let r = try CitegraphProcess.run(["render", "graph", Self.corpus[0], "-o", "-", "--format", "json",
                                          "--since", "2003", "--until", "2013"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        let ids = (object["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(Set(ids) == ["A/RES/59/220", "A/RES/67/195"])
        let graph = object["graph"] as? [String: Any]
        #expect(graph?["caption"] as? String == "whole corpus, 2003–2013")
    }

    @Test func anOptionTheFormatCannotUseIsRefused() throws {
        let r = try CitegraphProcess.run(["render", "graph", Self.corpus[0], "-o", "-", "--format", "json", "--engine", "neato"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("--engine has no effect on json output"))
    }
}

/// What makes two warnings one kind in the summary.
@Suite struct WarningKindTests {
    @Test(arguments: [
        ("read the damaged \"I11 (1956)\" as S/RES/111 (1956), the only reading", "read the damaged \"S71 (1985)\" as S/RES/571 (1985), the only reading", true),
        ("3 NUL bytes removed from the text", "1 NUL byte removed from the text", true),
        ("not valid UTF-8; read as Windows-1252", "no UN document symbol found", false),
        ("the heading prints the year as \"197-4\"; read as 1974", "read the damaged \"197-4\" as S/RES/1 (1974)", false),
    ])
    func kinds(a: String, b: String, same: Bool) {
        #expect((WarningLog.kind(a) == WarningLog.kind(b)) == same)
    }

    /// The byte-by-byte reading of an ASCII message gives what the reading by `Character` gives.
    @Test func asciiMessagesAreReadAsByCharacters() {
        let pieces = ["\"", "1", "42", "s", "s ", " ", "bytes removed", "S/RES/111 (1956)", "\r\n", "\n", "a", "\"I11\"", ";", "0s"]
        var seed: UInt64 = 7
        for _ in 0..<2_000 {
            var message = ""
            for _ in 0..<Int(seed % 12) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                message += pieces[Int(seed >> 33) % pieces.count]
            }
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            #expect(WarningLog.asciiKind(message) == WarningLog.kindByCharacters(message), "\(message.debugDescription)")
        }
        #expect(WarningLog.kind("read \"é\" 12 times here") == "read \"…\" # time here")
    }
}
