import Foundation
import Testing

/// End-to-end: the built `citegraph` binary on a small extraction report and
/// on the seed text, compared with what a person or a program should see.
@Suite("citegraph graph queries, end to end")
struct GraphCommandTests {
    static let packageRoot = CitegraphProcess.packageRoot

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    static func run(_ arguments: [String], standardOutput: FileHandle? = nil) throws -> Run {
        let result = try CitegraphProcess.run(arguments, standardOutput: standardOutput)
        return Run(status: result.status, stdout: result.stdoutText, stderr: result.stderr)
    }

    /// A corpus as `citegraph extract --format json` writes it, by hand: the
    /// 56/183 → 57/238 → 59/220 → 67/195 series, a report, and a later citer.
    static let fixture: URL = {
        func citation(_ target: String, _ kind: String, _ relation: String, _ location: String, adopted: String? = nil) -> String {
            """
            {"target": "\(target)", "kind": "\(kind)", "relation": "\(relation)", "location": "\(location)",
             "footnote": null, "pinpoint": null, "adopted": \(adopted.map { "\"\($0)\"" } ?? "null"),
             "text": "\(target)", "range": {"start": 0, "end": 1}}
            """
        }
        func document(_ symbol: String, _ title: String, _ adopted: String, _ citations: [String]) -> String {
            """
            {"source": "\(symbol).txt", "symbol": "\(symbol)", "kind": "ga-resolution", "title": "\(title)",
             "body": "General Assembly", "adopted": "\(adopted)", "session": null, "agenda_item": null,
             "meeting": null, "distributed": null, "job_number": null,
             "citations": [\(citations.joined(separator: ","))], "unresolved": []}
            """
        }
        let ict = "Information and communication technologies for development"
        let json = """
            {"documents": [
            \(document("A/RES/57/238", ict, "2002-12-20", [citation("A/RES/56/183", "ga-resolution", "recalls", "PP1", adopted: "2001-12-21")])),
            \(document("A/RES/59/220", ict, "2004-12-22", [citation("A/RES/57/238", "ga-resolution", "recalls", "PP1")])),
            \(document("A/RES/67/195", ict, "2012-12-21", [
                citation("A/RES/59/220", "ga-resolution", "recalls", "PP1"),
                citation("A/67/66-E/2012/49", "document", "takes-note", "OP2"),
                citation("A/RES/59/220", "ga-resolution", "welcomes", "OP4"),
            ])),
            \(document("A/RES/70/1", "Transforming our world", "2015-09-25", [citation("A/RES/67/195", "ga-resolution", "references", "PP2")]))
            ]}
            """
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-cli-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("series.json")
        try? Data(json.utf8).write(to: url)
        return url
    }()

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("ancestors prints depth, symbol, date and title, walking towards older documents")
    func ancestorsText() throws {
        let r = try Self.run(["ancestors", "67/195", Self.fixture.path])
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout == """
            Ancestors of A/RES/67/195 (documents it cites, transitively): 4
            depth  symbol             adopted     kind               title
            1      A/RES/59/220       2004-12-22  ga-resolution      Information and communication technologies for development
            1      A/67/66-E/2012/49  -           document           (known only by citation)
            2      A/RES/57/238       2002-12-20  ga-resolution      Information and communication technologies for development
            3      A/RES/56/183       2001-12-21  ga-resolution      (known only by citation)

            """)
    }

    @Test("ancestors --format json keeps the documented schema")
    func ancestorsJSON() throws {
        let r = try Self.run(["ancestors", "A/RES/67/195", Self.fixture.path, "--depth", "2", "--format", "json"])
        #expect(r.status == 0)
        let o = try Self.object(r.stdout)
        #expect(Array(o.keys).sorted() == ["count", "depth", "direction", "filters", "found", "query", "results", "symbols"])
        #expect(o["query"] as? String == "ancestors" && o["direction"] as? String == "cited")
        #expect(o["depth"] as? Int == 2 && o["count"] as? Int == 3 && o["symbols"] as? [String] == ["A/RES/67/195"])
        let filters = try #require(o["filters"] as? [String: Any])
        #expect(Array(filters.keys).sorted() == ["kinds", "relations", "since", "until"])
        let results = try #require(o["results"] as? [[String: Any]])
        #expect(results.map { $0["symbol"] as? String } == ["A/RES/59/220", "A/67/66-E/2012/49", "A/RES/57/238"])
        #expect(Array(results[0].keys).sorted() == ["adopted", "body", "depth", "kind", "read", "session", "symbol", "title"])
        #expect(results[0]["read"] as? Bool == true && results[1]["read"] as? Bool == false)
        #expect(results[1]["title"] is NSNull)
    }

    @Test("descendants walk towards later documents; a joint half names the joint document")
    func descendants() throws {
        let r = try Self.run(["descendants", "E/2012/49", Self.fixture.path, "-f", "json"])
        let results = try #require(try Self.object(r.stdout)["results"] as? [[String: Any]])
        #expect(results.map { $0["symbol"] as? String } == ["A/RES/67/195", "A/RES/70/1"])
        #expect(results.map { $0["depth"] as? Int } == [1, 2])
    }

    @Test("cites lists every occurrence; cited-by the citing documents")
    func neighbours() throws {
        let cites = try Self.run(["cites", "67/195", Self.fixture.path])
        #expect(cites.stdout.contains("      recalls at PP1\n      welcomes at OP4\n"))
        let json = try Self.run(["cited-by", "59/220", Self.fixture.path, "--format", "json"])
        let results = try #require(try Self.object(json.stdout)["results"] as? [[String: Any]])
        #expect(results.map { $0["symbol"] as? String } == ["A/RES/67/195"])
        let occurrences = try #require(results.first?["occurrences"] as? [[String: Any]])
        #expect(occurrences.map { $0["location"] as? String } == ["PP1", "OP4"])
        #expect(Array(occurrences[0].keys).sorted() == ["footnote", "location", "pinpoint", "relation"])
    }

    @Test("path prints the chain, or says there is none with status 1")
    func path() throws {
        let found = try Self.run(["path", "70/1", "56/183", Self.fixture.path])
        #expect(found.status == 0)
        #expect(found.stdout.contains("  A/RES/70/1  (2015-09-25)  Transforming our world\n  → A/RES/67/195"))
        let none = try Self.run(["path", "56/183", "70/1", Self.fixture.path])
        #expect(none.status == 1 && none.stdout.isEmpty)
        #expect(none.stderrLines == ["citegraph: no citation chain from A/RES/56/183 to A/RES/70/1: it does not cite it, directly or through other documents (the other way round there is one: try path \"70/1\" \"56/183\")"])
        let json = try Self.run(["path", "56/183", "70/1", Self.fixture.path, "-f", "json"])
        let o = try Self.object(json.stdout)
        #expect(o["found"] as? Bool == false && (o["results"] as? [Any])?.isEmpty == true)
    }

    @Test("top, longest, lineage, cycles and stats answer in JSON")
    func otherQueries() throws {
        let top = try Self.object(try Self.run(["top", Self.fixture.path, "--limit", "2", "-f", "json"]).stdout)
        let ranked = try #require(top["results"] as? [[String: Any]])
        #expect(ranked.map { $0["symbol"] as? String } == ["A/RES/56/183", "A/RES/57/238"])
        #expect(ranked.map { $0["cited_by"] as? Int } == [1, 1])
        let longest = try Self.object(try Self.run(["longest", "70/1", Self.fixture.path, "-f", "json"]).stdout)
        #expect((longest["results"] as? [[String: Any]])?.map { $0["symbol"] as? String } ==
                ["A/RES/70/1", "A/RES/67/195", "A/RES/59/220", "A/RES/57/238", "A/RES/56/183"])
        let lineage = try Self.object(try Self.run(["lineage", "59/220", Self.fixture.path, "-f", "json"]).stdout)
        #expect((lineage["results"] as? [[String: Any]])?.map { $0["symbol"] as? String } ==
                ["A/RES/56/183", "A/RES/57/238", "A/RES/59/220", "A/RES/67/195"])
        let cycles = try Self.object(try Self.run(["cycles", Self.fixture.path, "-f", "json"]).stdout)
        #expect(cycles["count"] as? Int == 0)
        let stats = try Self.object(try Self.run(["stats", Self.fixture.path, "-f", "json"]).stdout)
        #expect(stats["nodes"] as? Int == 6 && stats["edges"] as? Int == 5 && stats["read"] as? Int == 4)
        #expect(stats["only_cited"] as? Int == 2 && stats["occurrences"] as? Int == 6)
    }

    @Test("the seed text: 27 documents at depth 1")
    func seed() throws {
        let r = try Self.run(["ancestors", "67/195", Self.packageRoot.appendingPathComponent("Samples").path,
                              "--depth", "1", "--format", "json"])
        #expect(r.status == 0)
        #expect(try Self.object(r.stdout)["count"] as? Int == 27)
    }

    @Test("bad input: one clear line on stderr and a non-zero status", arguments: [
        (["ancestors", "67/159", "FIXTURE"], "citegraph: error: no document 67/159 in this corpus; did you mean 67/195?"),
        (["ancestors", "hello", "FIXTURE"], "citegraph: error: \"hello\" is not a UN document symbol (try forms like 67/195, A/RES/67/195, 1325 (2000), A/67/434)"),
        (["stats", "EMPTY"], "citegraph: error: no document could be read from EMPTY; the corpus is empty, nothing to query"),
        (["lineage", "A/67/66", "FIXTURE"], "citegraph: error: A/67/66-E/2012/49 is a document; a lineage is a series of resolutions or decisions"),
        (["ancestors", "67/195", "FIXTURE", "--depth", "-1"], "citegraph: error: --depth must be 1 or more (got -1) (see --help)"),
        (["top", "FIXTURE", "--limit", "0"], "citegraph: error: --limit must be 1 or more (got 0) (see --help)"),
        (["ancestors", "67/195", "FIXTURE", "--since", "2010", "--until", "2000"], "citegraph: error: --since 2010 is after --until 2000: no year can match (see --help)"),
        (["top", "FIXTURE", "--kind", "treaty"], "citegraph: error: The value 'treaty' is invalid for '--kind <kind>': unknown kind 'treaty'; expected one of ga-resolution, ga-decision, ecosoc-resolution, ecosoc-decision, sc-resolution, hrc-resolution, other-resolution, document (see --help)"),
        (["ancestors", "67/195", "FIXTURE", "--depth", "99999999999999999999999"], "citegraph: error: The value '99999999999999999999999' is invalid for '--depth <depth>' (see --help)"),
    ])
    func badInput(arguments: [String], firstLine: String) throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-empty-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let args = arguments.map { $0 == "FIXTURE" ? Self.fixture.path : $0 == "EMPTY" ? empty.path : $0 }
        let r = try Self.run(args)
        #expect(r.status != 0)
        #expect(r.stderrLines.map(String.init) == [firstLine.replacingOccurrences(of: "EMPTY", with: empty.path)])
        // An argument the command cannot take is a usage error (64); a query that cannot be answered is 1.
        #expect(r.status == (firstLine.hasSuffix("(see --help)") ? 64 : 1))
    }

    /// A full disk on standard output is an error with status 1: neither a crash
    /// (FileHandle.write traps) nor an answer lost with status 0 (print drops the error).
    @Test("standard output that cannot be written is one line and status 1", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")),
          arguments: [["ancestors", "67/195", "FIXTURE"], ["ancestors", "67/195", "FIXTURE", "-f", "json"],
                      ["extract", "Samples/A_RES_67_195.txt"], ["extract", "-f", "json", "Samples/A_RES_67_195.txt"],
                      ["render", "ancestors", "67/195", "FIXTURE", "-o", "-"]])
    func fullStandardOutput(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let r = try Self.run(arguments.map { $0 == "FIXTURE" ? Self.fixture.path : $0 }, standardOutput: full)
        #expect(r.status == 1)
        #expect(r.stderrLines == ["citegraph: error: cannot write to standard output: No space left on device"])
    }

    @Test("an unreadable input is reported, the rest is answered, and the status is 1")
    func partialFailure() throws {
        let r = try Self.run(["ancestors", "67/195", Self.fixture.path, "/nonexistent/corpus", "--depth", "1"])
        #expect(r.status == 1)
        #expect(r.stderrLines == ["citegraph: error: /nonexistent/corpus: no such file or directory"])
        #expect(r.stdout.hasPrefix("Ancestors of A/RES/67/195 (documents it cites, transitively): 2, depth ≤ 1\n"))
    }

    @Test("a directory whose name ends in .json is searched like any directory")
    func directoryNamedLikeAReport() throws {
        let dir = try CitegraphProcess.temporaryDirectory().appendingPathComponent("corpus.json")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("Samples/A_RES_67_195.txt"),
                                         to: dir.appendingPathComponent("A_RES_67_195.txt"))
        let r = try Self.run(["cites", "67/195", dir.path, "-f", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        #expect(try Self.object(r.stdout)["count"] as? Int == 27)
    }

    @Test("a .json input that is not an extraction report is named and explained")
    func brokenReport() throws {
        let broken = Self.fixture.deletingLastPathComponent().appendingPathComponent("broken.json")
        try Data(#"{"documents": [{"symbol": "A/RES/1/1"}]}"#.utf8).write(to: broken)
        let r = try Self.run(["stats", broken.path, Self.fixture.path, "-f", "json"])
        #expect(r.status == 1)
        #expect(r.stderrLines == ["citegraph: error: \(broken.path): not a citegraph extraction report (missing key \"source\")"])
        #expect(try Self.object(r.stdout)["nodes"] as? Int == 6)
    }
}
