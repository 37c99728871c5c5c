import CiteGraphIndex
import CiteGraphTestSupport
import Foundation
import Testing

@Suite("citegraph index: the command, queries from --db, and kill -9", .serialized)
struct IndexCommandTests {
    /// A synthetic corpus in a fresh directory.
    static func corpus(_ count: Int) throws -> URL {
        let dir = try CitegraphProcess.temporaryDirectory()
        try SyntheticCorpus.write(0..<count, to: dir.appendingPathComponent("corpus"))
        return dir
    }

    @Test func queriesFromTheIndexAnswerAsQueriesOverTheTexts() throws {
        let dir = try Self.corpus(300)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        let corpus = dir.appendingPathComponent("corpus").path
        let built = try CitegraphProcess.run(["index", corpus, "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdoutText.contains("300 documents"))
        for query in [["ancestors", "37/12"], ["descendants", "31/3"], ["cites", "37/12"], ["cited-by", "31/3"],
                      ["path", "37/12", "35/12"], ["top"], ["stats"], ["longest", "37/12"], ["lineage", "35/3"],
                      ["ancestors", "37/12", "--format", "json"], ["render", "ancestors", "37/12", "--format", "dot", "--output", "-"]] {
            let texts = try CitegraphProcess.run(query + [corpus])
            let index = try CitegraphProcess.run(query + ["--db", db])
            #expect(index.status == texts.status, "\(query)")
            #expect(index.stdoutText == texts.stdoutText, "\(query)")
            #expect(index.status == 0 && !index.stdoutText.isEmpty, "\(query): \(index.stderr)")
        }
        // Unknown symbols are explained the same way.
        let unknown = try CitegraphProcess.run(["ancestors", "99/999", "--db", db])
        #expect(unknown.status == 1 && unknown.stderrLines.count == 1)
    }

    @Test func aSecondRunSaysWhatChangedAndWhichCitationsNowResolve() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus")
        try SyntheticCorpus.write(40..<80, to: corpus)
        let db = dir.appendingPathComponent("c.sqlite").path
        let first = try CitegraphProcess.run(["index", corpus.path, "--db", db])
        #expect(first.stdoutText.contains("40 added"))
        try SyntheticCorpus.write(0..<40, to: corpus)
        let second = try CitegraphProcess.run(["index", corpus.path, "--db", db])
        #expect(second.status == 0)
        #expect(second.stdoutText.contains("40 added, 0 updated, 0 removed, 40 unchanged"))
        // 32/1 (in the first run) cites 31/1 (in the second): its citation changed state.
        #expect(second.stdoutText.contains(try Regex("resolved: [0-9]+ citations? of A/RES/31/1 now resolve to .*A_RES_31_1.txt")))
    }

    @Test func aDamagedMappedGraphFileIsAClearErrorNotACrash() throws {
        let dir = try Self.corpus(60)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        #expect(try CitegraphProcess.run(["index", dir.appendingPathComponent("corpus").path, "--db", db]).status == 0)
        let good = try CitegraphProcess.run(["ancestors", "32/12", "--db", db])
        #expect(good.status == 0 && good.stdoutText.contains("A/RES/31/"), "\(good.stdoutText)")
        // Every cited node of the mapped file out of range; its header (and fingerprint) intact,
        // so queries still map it and read its rows in place.
        let mapped = URL(fileURLWithPath: db + "-graph")
        var bytes = [UInt8](try Data(contentsOf: mapped))
        func word(_ at: Int) -> Int { Int(bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }) }
        // The header's table: section 1 (forward targets) at 64 + 16, its length at 64 + 24.
        let start = word(80), length = word(88)
        #expect(length > 0 && start + length <= bytes.count)
        for i in start..<start + length { bytes[i] = 0x7F }
        try Data(bytes).write(to: mapped)
        for query in [["ancestors", "32/12"], ["cycles"], ["cites", "32/12"]] {
            let result = try CitegraphProcess.run(query + ["--db", db])
            #expect(result.status == 65, "\(query): \(result.stderr)")
            #expect(result.stderrLines.count == 1, "\(query): \(result.stderr)")
            #expect(result.stderr.contains("\(db)-graph is damaged") && result.stderr.contains("--rebuild"), "\(query)")
        }
        // Rebuilding repairs it.
        #expect(try CitegraphProcess.run(["index", dir.appendingPathComponent("corpus").path, "--db", db, "--rebuild"]).status == 0)
        #expect(try CitegraphProcess.run(["ancestors", "32/12", "--db", db]).stdoutText == good.stdoutText)
    }

    @Test func badIndexFilesAreOneLineAndStatusOne() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notes = dir.appendingPathComponent("notes.txt")
        try Data("not a database at all, just some notes that are long enough\n".utf8).write(to: notes)
        for arguments in [["stats", "--db", notes.path], ["index", dir.path, "--db", notes.path],
                          ["stats", "--db", dir.appendingPathComponent("missing.sqlite").path]] {
            let result = try CitegraphProcess.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderrLines.count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("citegraph: error: "), "\(arguments)")
        }
        let both = try CitegraphProcess.run(["stats", dir.path, "--db", notes.path])
        #expect(both.status == 64)
    }

    /// kill -9 at several moments of a real indexing process; each time the
    /// file must open, pass SQLite's integrity check, and after one more
    /// `index` hold exactly what an uninterrupted run gives.
    @Test func killedAtAnyMomentTheNextRunCompletesTheIndex() throws {
        let dir = try Self.corpus(3000)
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus").path
        // Small batches: many commits, so a kill lands between and inside them.
        let arguments = ["index", corpus, "--batch-size", "20", "--threads", "2", "--db"]
        let reference = dir.appendingPathComponent("reference.sqlite").path
        let start = Date()
        #expect(try CitegraphProcess.run(arguments + [reference]).status == 0)
        let duration = Date().timeIntervalSince(start)
        let expected = try CorpusIndex(path: reference).contents()

        var interrupted = 0
        for (n, fraction) in [0.05, 0.2, 0.4, 0.6, 0.8, 0.95].enumerated() {
            let db = dir.appendingPathComponent("killed\(n).sqlite").path
            let process = Process()
            process.executableURL = CitegraphProcess.binary
            process.arguments = arguments + [db]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(duration * fraction * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard process.terminationReason == .uncaughtSignal else { continue }
            guard FileManager.default.fileExists(atPath: db) else { continue }
            interrupted += 1
            let index = CorpusIndex(path: db)
            #expect(try index.integrityCheck() == "ok", "killed at \(fraction)")
            // A query on the interrupted index either answers from the last completed run or says there is none.
            let query = try CitegraphProcess.run(["stats", "--db", db])
            #expect(query.status == 0 || query.stderr.contains("holds no graph yet"), "\(query.stderr)")
            let resumed = try CitegraphProcess.run(arguments + [db])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(try index.contents() == expected, "killed at \(fraction) of the run")
        }
        #expect(interrupted >= 3, "the kills must land while the index is being written")
    }

    @Test func queriesRunWhileAnIndexIsBeingWritten() throws {
        let dir = try Self.corpus(2000)
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus").path
        let db = dir.appendingPathComponent("c.sqlite").path
        #expect(try CitegraphProcess.run(["index", corpus, "--db", db]).status == 0)
        let process = Process()
        process.executableURL = CitegraphProcess.binary
        process.arguments = ["index", corpus, "--db", db, "--rebuild", "--batch-size", "20"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var answered = 0
        while process.isRunning {
            let query = try CitegraphProcess.run(["ancestors", "70/3", "--db", db])
            #expect(query.status == 0, "\(query.stderr)")
            if query.status == 0 { answered += 1 }
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(answered >= 1)
    }
}
