import Foundation
import Testing
import CiteGraphTestSupport
@testable import CiteGraph
#if canImport(Glibc)
import Glibc
#endif

/// Paths to documents: order, failures in place, one bad file never stopping a batch.
@Suite struct CorpusReaderTests {
    let root: URL

    init() throws {
        root = try ScratchDirectory.make("citegraph-corpus")
    }

    private func file(_ relative: String, _ contents: [UInt8]) throws -> URL {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents).write(to: url)
        return url
    }

    private func text(_ relative: String, _ contents: String = "Recalling its resolution 70/1,\n") throws -> URL {
        try file(relative, Array(contents.utf8))
    }

    @Test func directoryWalkIsRecursiveSortedAndSkipsOtherFiles() throws {
        _ = try text("b.txt")
        _ = try text("a/z.md")
        _ = try text("a/B.TXT")
        _ = try text("A.markdown")
        _ = try text("c.docx")
        _ = try text(".hidden.txt")
        _ = try text("a/.git/x.txt")
        let files = CorpusReader().files(in: [root.path]).map { try? $0.get().lastPathComponent }
        #expect(files == ["A.markdown", "B.TXT", "z.md", "b.txt"])
    }

    /// A `readdir` record is read where it lies, up to its name's NUL: here the record ends a
    /// page whose next page cannot be read, as a stream's buffer may end a mapping, and reading
    /// the 256 bytes `d_name` is declared with (what copying the `dirent` did) would crash.
    @Test func aDirectoryRecordIsReadNoFurtherThanItsName() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let base = mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              base != MAP_FAILED else { Issue.record("mmap failed"); return }
        defer { munmap(base, 2 * page) }
        #expect(mprotect(base + page, page, PROT_NONE) == 0)
        let name = Array("abcdefgh.txt".utf8) + [0]
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        let length = (nameOffset + name.count + 7) / 8 * 8
        let record = base + page - length
        memset(record, 0, length)
        record.storeBytes(of: UInt16(length), toByteOffset: MemoryLayout<dirent>.offset(of: \dirent.d_reclen)!, as: UInt16.self)
        record.storeBytes(of: UInt8(DT_REG), toByteOffset: MemoryLayout<dirent>.offset(of: \dirent.d_type)!, as: UInt8.self)
        name.withUnsafeBytes { (record + length - name.count).copyMemory(from: $0.baseAddress!, byteCount: name.count) }
        // The name ends the page exactly when the record's padding is nil: make it so.
        #expect(length == nameOffset + name.count)
        let entry = UnsafePointer<dirent>(record.assumingMemoryBound(to: dirent.self))
        #expect(DirectoryWalk.name(of: entry) == "abcdefgh.txt")
        #expect(DirectoryWalk.type(of: entry) == Int32(DT_REG))
    }

    /// The `readdir` walk keeps the rules of Foundation's enumerator, which it replaced: a link
    /// to a file is read, a link to a directory is not followed, a broken link, a FIFO and a
    /// hidden directory's files are left out. The enumerator, filtered as the walk used to
    /// filter it, is the oracle.
    @Test func directoryWalkFollowsLinksToFilesOnly() throws {
        let outside = root.appendingPathComponent("outside")
        _ = try text("outside/in.txt")
        _ = try text("corpus/sub/deeper/f.TXT")
        _ = try text("corpus/a.txt")
        _ = try text("corpus/.hid/h.txt")
        _ = try text("corpus/name.with.dots.md")
        _ = try text("corpus/trailing.")
        let corpus = root.appendingPathComponent("corpus")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: corpus.appendingPathComponent("linkdir").path, withDestinationPath: outside.path)
        try fm.createSymbolicLink(atPath: corpus.appendingPathComponent("linkfile.txt").path,
                                  withDestinationPath: outside.appendingPathComponent("in.txt").path)
        try fm.createSymbolicLink(atPath: corpus.appendingPathComponent("broken.txt").path, withDestinationPath: "/nonexistent/x.txt")
        #expect(mkfifo(corpus.appendingPathComponent("fifo.txt").path, 0o600) == 0)
        let walked = Array(DirectoryWalk(root: corpus.path, extensions: ["txt", "md"]))
        #expect(walked == ["a.txt", "linkfile.txt", "name.with.dots.md", "sub/deeper/f.TXT"])
        var oracle: [String] = []
        for case let relative as String in fm.enumerator(atPath: corpus.path)!
        where ["txt", "md"].contains((relative as NSString).pathExtension.lowercased())
            && !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var info = stat()
            if stat(corpus.appendingPathComponent(relative).path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { oracle.append(relative) }
        }
        #expect(walked == oracle.sorted { $0.utf8Precedes($1) })
        // Paths are joined to the directory as the user typed it, with or without a final slash.
        for typed in [corpus.path, corpus.path + "/"] {
            let paths = CorpusReader().files(in: [typed]).compactMap { try? $0.get().relativePath }
            #expect(paths.first == corpus.path + "/a.txt", "\(typed)")
        }
    }

    /// The walk gives a directory's files one at a time in the byte order of their paths, the
    /// order sorting the whole list gives: on random trees whose names differ by "-", ".", "/",
    /// digits, case and accents, the characters that sort around "/".
    @Test(arguments: 0..<3)
    func directoryWalkGivesTheSortedOrder(seed: Int) throws {
        let names = ["a", "a-b", "a.b", "a0", "A", "b", "é", "a b", "z", "ab"]
        var state = UInt64(seed) &+ 1
        func pick(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) % n }
        let tree = root.appendingPathComponent("tree\(seed)")
        var made: [String] = []
        for _ in 0..<60 {
            let depth = 1 + pick(3)
            let parts = (0..<depth).map { k in names[pick(names.count)] + (k == depth - 1 ? [".txt", ".md", ".TXT", ".csv"][pick(4)] : "") }
            let relative = parts.joined(separator: "/")
            // A name cannot be a file and a directory at once: skip paths that would make it so.
            if made.contains(where: { $0.hasPrefix(relative + "/") || relative.hasPrefix($0 + "/") }) { continue }
            _ = try text("tree\(seed)/" + relative)
            if !relative.hasSuffix(".csv") && !made.contains(relative) { made.append(relative) }
        }
        let walked = Array(DirectoryWalk(root: tree.path, extensions: ["txt", "md"]))
        #expect(walked == made.sorted { $0.utf8Precedes($1) })
        #expect(walked.count > 20)
    }

    /// `files(in:)` as a stream keeps the list's rules: paths in order, failures in place, an
    /// empty directory reported in its place only when some path gives a file.
    @Test func emptyDirectoriesWaitForAFile() throws {
        _ = try text("good/a.txt")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty1"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty2"), withIntermediateDirectories: true)
        let p = { (name: String) in root.appendingPathComponent(name).path }
        func described(_ paths: [String]) -> [String] {
            CorpusReader().files(in: paths).map { result in
                switch result {
                case .success(let url): "file " + url.lastPathComponent
                case .failure(.noDocuments(let path, _)): "empty " + (path as NSString).lastPathComponent
                case .failure(.notFound(let path)): "missing " + (path as NSString).lastPathComponent
                case .failure(let error): "\(error)"
                }
            }
        }
        #expect(described([p("empty1"), p("missing"), p("good"), p("empty2")]) == ["empty empty1", "missing missing", "file a.txt", "empty empty2"])
        #expect(described([p("empty1"), p("missing"), p("empty2")]) == ["missing missing"])
        #expect(described([p("missing"), p("good")]) == ["missing missing", "file a.txt"])
        #expect(described([p("empty1")]) == [])
    }

    @Test func pathsKeepTheirGivenOrderAndFailuresStayInPlace() throws {
        let b = try text("b.txt")
        let a = try text("a.txt")
        let missing = root.appendingPathComponent("missing.txt").path
        let results = CorpusReader().readAll([b.path, missing, a.path])
        #expect(results.count == 3)
        #expect((try? results[0].get().source) == b.path)
        #expect(results[1].failure == .notFound(path: missing))
        #expect((try? results[2].get().source) == a.path)
    }

    @Test func oneBadFileDoesNotStopTheBatch() throws {
        _ = try text("1.txt")
        _ = try file("2.txt", [])
        _ = try file("3.txt", [0x7F, 0x45, 0x4C, 0x46] + [UInt8](repeating: 0, count: 200))
        _ = try text("4.md", "# Resolution 80/4\n")
        let results = CorpusReader().readAll([root.path])
        #expect(results.count == 4)
        #expect(results[0].failure == nil)
        #expect(results[1].failure == .empty(path: root.appendingPathComponent("2.txt").path))
        #expect(results[2].failure == .binary(path: root.appendingPathComponent("3.txt").path))
        #expect((try? results[3].get().format) == .markdown)
    }

    @Test func directoryWithoutDocumentsIsReportedNextToGoodInputs() throws {
        // Alone, it gives nothing: the commands say "nothing to query" themselves.
        _ = try text("notes.docx")
        #expect(CorpusReader().files(in: [root.path]).isEmpty)
        // Next to good inputs, it is one failure naming it, in its place; the good inputs are still read.
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let good = try text("a.txt")
        let mixed = CorpusReader().files(in: [empty.path, good.path])
        #expect(mixed.count == 2)
        if case .failure(let error)? = mixed.first, case .noDocuments(let p, _) = error {
            #expect(p == empty.path)
            #expect(error.localizedDescription == "\(empty.path): directory with no document (.markdown, .md, .text, .txt, .xml)")
        } else {
            Issue.record("\(mixed)")
        }
        #expect((try? mixed.last?.get())?.path == good.path)
    }

    @Test func explicitFileWithUnknownExtensionIsTriedAsText() throws {
        let url = try text("README")
        let read = try CorpusReader().read(url)
        #expect(read.text == "Recalling its resolution 70/1,\n")
        #expect(read.format == .plainText)
    }

    @Test func unknownExtensionWithoutATextReaderIsUnsupported() throws {
        let url = try text("x.pdf")
        #expect(throws: ReadError.unsupportedFormat(path: url.path)) {
            try CorpusReader(readers: []).read(url)
        }
    }

    #if canImport(Glibc)
    @Test func fifoIsRefusedRatherThanWaitedOn() throws {
        let fifo = root.appendingPathComponent("pipe.txt").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let results = CorpusReader().files(in: [fifo])
        #expect(results.first?.failure == .unreadable(path: fifo, reason: "not a regular file"))
    }
    #endif

    @Test func readErrorsNameTheFile() {
        let errors: [ReadError] = [
            .notFound(path: "/x/a.txt"), .unreadable(path: "/x/a.txt", reason: "permission denied"),
            .binary(path: "/x/a.txt"), .empty(path: "/x/a.txt"), .unsupportedFormat(path: "/x/a.txt"),
            .undecodable(path: "/x/a.txt", reason: "invalid UTF-16"), .pdf(path: "/x/a.txt", reason: "encrypted PDF"),
            .notAReport(path: "/x/a.txt", reason: "invalid JSON"),
        ]
        for error in errors {
            #expect(error.path == "/x/a.txt")
            #expect(error.errorDescription?.hasPrefix("/x/a.txt: ") == true)
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
