import Foundation
import Testing

@Suite struct RenderCommandTests {
    @Test func drawsTheSeedsAncestorsToSVGThroughTheLibrary() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("67-195.svg")
        let result = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("xlink:href=\"https://undocs.org/A/RES/56/183\""))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 >= 28, "67/195, its 27 citations, the timeline and legend")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["67-195.svg"], "no temporary file left")
    }

    /// The seed's diagram as DOT, byte for byte. It changes when the extractor
    /// or the graph changes what they find: regenerate with
    /// `citegraph render ancestors 67/195 Samples/ -o Tests/CLITests/Golden/ancestors-67-195.dot` and review the diff.
    @Test func seedDOTMatchesGolden() throws {
        let result = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try Data(contentsOf: CitegraphProcess.packageRoot.appendingPathComponent("Tests/CLITests/Golden/ancestors-67-195.dot"))
        #expect(result.stdout == golden)
    }

    @Test(arguments: [("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8)), ("svg", Array("<?xml".utf8))])
    func formatFollowsTheExtension(ext: String, magic: [UInt8]) throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.\(ext)")
        let result = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "--depth", "1", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: file).starts(with: magic))
    }

    @Test func exportsGoToStandardOutputWithFormat() throws {
        let json = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", "-", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect((object["nodes"] as? [Any])?.count == 28)
        #expect((object["edges"] as? [Any])?.count == 27)

        let mermaid = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", "-", "--format", "mermaid"])
        #expect(mermaid.stdoutText.contains("flowchart BT"))
        let graphml = try CitegraphProcess.run(["render", "graph", "Samples/", "-o", "-", "--format", "graphml"])
        #expect(graphml.stdoutText.contains("<graphml"))
    }

    @Test func csvWritesANeo4jPairIntoADirectoryOrByPrefix() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let intoDirectory = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "--format", "csv", "-o", dir.path])
        #expect(intoDirectory.status == 0, "\(intoDirectory.stderr)")
        let nodes = try String(contentsOf: dir.appendingPathComponent("nodes.csv"), encoding: .utf8)
        let edges = try String(contentsOf: dir.appendingPathComponent("edges.csv"), encoding: .utf8)
        #expect(nodes.hasPrefix("symbol:ID,:LABEL,"))
        #expect(edges.hasPrefix(":START_ID,:END_ID,:TYPE,"))
        #expect(edges.contains("A/RES/67/195,A/RES/56/183,RECALLS,"))

        let byPrefix = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", dir.appendingPathComponent("seed.csv").path])
        #expect(byPrefix.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("seed.nodes.csv").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("seed.edges.csv").path))
    }

    @Test func reduceDropsImpliedCitations() throws {
        let full = try CitegraphProcess.run(["render", "graph", "Samples/", "-o", "-", "--format", "json"])
        let reduced = try CitegraphProcess.run(["render", "graph", "Samples/", "-o", "-", "--format", "json", "--reduce"])
        #expect(full.status == 0 && reduced.status == 0)
        let count = { (data: Data) -> Int in
            ((try? JSONSerialization.jsonObject(with: data) as? [String: Any])?["edges"] as? [Any])?.count ?? -1
        }
        // One document read: nothing is implied by a longer path, so nothing may go.
        #expect(count(reduced.stdout) == count(full.stdout))
        #expect(count(full.stdout) == 27)
    }

    /// Bad input: one clear line on stderr, a non-zero exit, and no file left behind
    /// (an existing file keeps its old contents).
    @Test(arguments: [
        (["--format", "xyz"], "unknown format 'xyz'"),
        (["--engine", "nosuchengine"], "no layout engine 'nosuchengine'"),
        (["--rankdir", "UP"], "unknown --rankdir 'UP'"),
    ])
    func badOptionsFailCleanly(extra: [String], message: String) throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("keep.svg")
        try Data("old".utf8).write(to: file)
        let result = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", file.path] + extra)
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["keep.svg"])
    }

    @Test func unwritablePathsAndUnknownExtensionsFailCleanly() throws {
        let missing = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", "/nonexistent-dir/x.svg"])
        #expect(missing.status == 1)
        #expect(missing.stderrLines.count == 1)
        #expect(missing.stderr.contains("directory /nonexistent-dir does not exist"))

        let unknown = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", "/tmp/x.unknown"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("cannot tell the format from '/tmp/x.unknown'"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/x.unknown"))
    }

    /// As docs/EXPORTS.md says: the rest is drawn, and the status tells.
    @Test func anUnreadableInputIsReportedAndTheRestDrawn() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.dot")
        let result = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "/nonexistent/b.txt", "-o", file.path])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["citegraph: error: /nonexistent/b.txt: no such file or directory"])
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("// citegraph citation diagram"))
    }

    @Test func emptySelectionFailsCleanly() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("none.svg")
        // Nothing in the sample corpus cites 67/195.
        let result = try CitegraphProcess.run(["render", "descendants", "67/195", "Samples/", "-o", file.path])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("nothing to draw"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    /// `--plain`: every node statement names a document; no year column, no legend.
    @Test func plainDOTHasOnlyDocuments() throws {
        let full = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", "-"])
        let plain = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", "-", "--plain"])
        #expect(full.status == 0 && plain.status == 0)
        #expect(full.stdoutText.contains("\"timeline:") && full.stdoutText.contains("\"legend:"))
        #expect(!plain.stdoutText.contains("timeline:") && !plain.stdoutText.contains("legend:") && !plain.stdoutText.contains("rank=same"))
        // The same documents and citations: every line of the plain file is in the full one.
        let fullLines = Set(full.stdoutText.split(separator: "\n"))
        #expect(plain.stdoutText.split(separator: "\n").allSatisfy { fullLines.contains($0) })
        let nodes = plain.stdoutText.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.contains(" -> ") }
        #expect(nodes.count == 28)
        #expect(nodes.allSatisfy { $0.contains("URL=\"https://undocs.org/") })
    }
}

@Suite struct ViewAndAnnotateCommandTests {
    @Test func renderWritesTheInteractiveViewByExtension() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("view.html")
        let result = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<script type=\"application/json\" id=\"citegraph-data\">"))
        #expect(html.contains("\"s\":\"A/RES/56/183\""))
    }

    @Test func theTimelineEngineCanBeAskedFor() throws {
        let result = try CitegraphProcess.run(["render", "ancestors", "67/195", "Samples/", "--engine", "timeline", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("layout=nop2"))
        #expect(result.stderr.isEmpty, "asked for, so no note")
    }

    @Test func annotateWritesTheMarkedText() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("annotated.html")
        let result = try CitegraphProcess.run(["annotate", "Samples/A_RES_67_195.txt", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.contains("<a class=\"cite rel-recalls\" href=\"https://undocs.org/A/RES/56/183\""))
        #expect(html.contains("<mark class=\"unresolved\""))
        let golden = try String(contentsOf: CitegraphProcess.packageRoot
            .appendingPathComponent("Tests/CiteGraphTests/Golden/A_RES_67_195.annotated.html"), encoding: .utf8)
        #expect(html == golden, "the command writes what the library's golden file holds")
    }

    @Test func annotateReportsABadInputAndAnnotatesTheRest() throws {
        let result = try CitegraphProcess.run(["annotate", "Samples/A_RES_67_195.txt", "no-such-file.txt"])
        #expect(result.status == 1)
        #expect(result.stderrLines.contains { $0.contains("no-such-file.txt") })
        #expect(result.stdoutText.contains("<article class=\"document\" id=\"document-1\">"))
    }

    /// A PDF of the reference corpus: the text poppler gave, marked.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: CitegraphProcess.packageRoot
        .appendingPathComponent("../shared/corpus/pdf/A_RES_73_3.pdf").path)))
    func annotateReadsPDFs() throws {
        let result = try CitegraphProcess.run(["annotate", "../shared/corpus/pdf/A_RES_73_3.pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("(pdf)</p>"))
        #expect(result.stdoutText.contains("<a class=\"cite"))
    }
}
