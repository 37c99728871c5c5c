import CiteGraphTestSupport
import Foundation
import Testing

/// `-o` never replaces what is not a file of ours to replace: a FIFO, a device and
/// standard output are written into as streams, a symbolic link's target is replaced in
/// its own directory (the link stays), a directory or an unwritable path is one error with
/// nothing left behind, and a temporary file a killed run left is removed by the next one.
@Suite("Output safety")
struct OutputSafetyTests {
    static let draw = ["render", "ancestors", "67/195", "Samples/", "--depth", "1", "--format", "dot", "-o"]

    static func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    static func listing(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test func aFIFOIsWrittenIntoNotReplaced() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.dot").path
        #expect(mkfifo(fifo, 0o644) == 0)
        nonisolated(unsafe) var read = Data()
        let reader = Thread { read = FileHandle(forReadingAtPath: fifo).map(readToEnd) ?? Data() }
        reader.start()
        let result = try CitegraphProcess.run(Self.draw + [fifo])
        while !reader.isFinished { usleep(1_000) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: read, as: UTF8.self).contains("digraph"))
        #expect(Self.kind(fifo) == S_IFIFO)
        #expect(try Self.listing(dir) == ["pipe.dot"])
    }

    @Test func aCharacterDeviceIsWrittenIntoNotReplaced() throws {
        let result = try CitegraphProcess.run(Self.draw + ["/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.kind("/dev/null") == S_IFCHR)
        // A device that refuses the bytes is one clear error.
        if FileManager.default.fileExists(atPath: "/dev/full") {
            let full = try CitegraphProcess.run(Self.draw + ["/dev/full"])
            #expect(full.status == 1)
            #expect(full.stderrLines.count == 1, "\(full.stderr)")
            #expect(full.stderr.contains("cannot write /dev/full"), "\(full.stderr)")
            #expect(Self.kind("/dev/full") == S_IFCHR)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: "/dev").allSatisfy { !$0.contains(".citegraph-") })
    }

    @Test func devStdoutIsStandardOutput() throws {
        let result = try CitegraphProcess.run(Self.draw + ["/dev/stdout"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("digraph"))
    }

    @Test func aSymlinkKeepsPointingAtTheFileItNowHolds() throws {
        let dir = try CitegraphProcess.temporaryDirectory(), other = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir); try? FileManager.default.removeItem(at: other) }
        let target = other.appendingPathComponent("report.dot")
        try Data("old".utf8).write(to: target)
        #expect(chmod(target.path, 0o640) == 0)
        let link = dir.appendingPathComponent("latest.dot").path
        #expect(symlink(target.path, link) == 0)
        // A relative link in a chain, too.
        let relative = dir.appendingPathComponent("again.dot").path
        #expect(symlink("latest.dot", relative) == 0)
        for path in [link, relative] {
            try Data("old".utf8).write(to: target)
            let result = try CitegraphProcess.run(Self.draw + [path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.kind(path) == S_IFLNK)
            #expect(try String(contentsOf: target, encoding: .utf8).contains("digraph"))
            var info = stat()
            #expect(stat(target.path, &info) == 0 && info.st_mode & 0o777 == 0o640, "the target keeps its permissions")
            #expect(try Self.listing(dir) == ["again.dot", "latest.dot"])
            #expect(try Self.listing(other) == ["report.dot"])
        }
        // A link to a file not there yet creates it where the link points.
        try FileManager.default.removeItem(at: target)
        let result = try CitegraphProcess.run(Self.draw + [link])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.kind(target.path) == S_IFREG && Self.kind(link) == S_IFLNK)
    }

    @Test func aDirectoryOrAnUnwritablePathIsOneErrorAndLeavesNothing() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let onDirectory = try CitegraphProcess.run(Self.draw + [sub.path])
        #expect(onDirectory.status == 1)
        #expect(onDirectory.stderrLines.count == 1, "\(onDirectory.stderr)")
        #expect(onDirectory.stderr.contains("is a directory"), "\(onDirectory.stderr)")
        #expect(try Self.listing(sub).isEmpty)
        // A link to a directory is a directory too.
        let link = dir.appendingPathComponent("to-sub").path
        #expect(symlink(sub.path, link) == 0)
        let onLink = try CitegraphProcess.run(Self.draw + [link])
        #expect(onLink.status == 1 && onLink.stderr.contains("is a directory"), "\(onLink.stderr)")
        #expect(Self.kind(link) == S_IFLNK)
        // /proc refuses new files even to root: the temporary file is never made.
        let proc = try CitegraphProcess.run(Self.draw + ["/proc/citegraph-test.dot"])
        #expect(proc.status == 1)
        #expect(proc.stderrLines.count == 1, "\(proc.stderr)")
        #expect(proc.stderr.contains("cannot write /proc/citegraph-test.dot"), "\(proc.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: "/proc").allSatisfy { !$0.contains(".citegraph-") })
        // A read-only directory, for an ordinary user (root may write anywhere).
        if getuid() != 0 {
            #expect(chmod(sub.path, 0o555) == 0)
            defer { chmod(sub.path, 0o755) }
            let readOnly = try CitegraphProcess.run(Self.draw + [sub.appendingPathComponent("x.dot").path])
            #expect(readOnly.status == 1 && readOnly.stderr.contains("is not writable"), "\(readOnly.stderr)")
            #expect(try Self.listing(sub).isEmpty)
        }
    }

    /// As root, the same read-only directory run as the ordinary user `nobody`, where `runuser` exists.
    @Test func anOrdinaryUserCannotWriteAReadOnlyDirectory() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return }
        let dir = URL(fileURLWithPath: "/tmp/citegraph-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(chmod(dir.path, 0o755) == 0)
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        probe.arguments = ["-u", "nobody", "--", CitegraphProcess.binary.path, "--help"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        // The build folder may be closed to other users: then there is nothing to run.
        guard probe.terminationStatus == 0 else { return }
        let sample = CitegraphProcess.packageRoot.appendingPathComponent("Samples/A_RES_67_195.txt").path
        let run = Process()
        run.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        run.arguments = ["-u", "nobody", "--", CitegraphProcess.binary.path, "render", "ancestors", "67/195", sample,
                         "--format", "dot", "-o", dir.appendingPathComponent("x.dot").path]
        let err = Pipe()
        run.standardError = err
        run.standardOutput = FileHandle.nullDevice
        try run.run()
        let message = String(decoding: readToEnd(err.fileHandleForReading), as: UTF8.self)
        run.waitUntilExit()
        #expect(run.terminationStatus == 1)
        #expect(message.contains("is not writable"), "\(message)")
        #expect(try Self.listing(dir).isEmpty)
    }

    @Test func aTemporaryFileOfAKilledRunIsRemovedByTheNext() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The pid of a process that has ended, as a `kill -9`ed run's would be.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let stale = ".out.dot.citegraph-\(gone.processIdentifier)-12345.tmp"
        // One of a run still going (this test's own process) is another write in progress.
        let live = ".out.dot.citegraph-\(getpid())-777.tmp"
        let unrelated = ".out.dot.tmp"
        for name in [stale, live, unrelated] { try Data("partial".utf8).write(to: dir.appendingPathComponent(name)) }
        let result = try CitegraphProcess.run(Self.draw + [dir.appendingPathComponent("out.dot").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.listing(dir) == [live, unrelated, "out.dot"].sorted())
    }

    /// A run killed while it writes leaves only a temporary file of ours (a recognisable name,
    /// no library temporary inside it), which the next run removes.
    @Test func killedWhileWritingLeavesOnlyOurTemporaryFile() throws {
        let dir = try CitegraphProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("big.dot").path
        for _ in 0..<5 {
            let process = Process()
            process.executableURL = CitegraphProcess.binary
            process.arguments = ["render", "graph", "Samples/", "--format", "dot", "-o", out]
            process.currentDirectoryURL = CitegraphProcess.packageRoot
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...40_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for name in try Self.listing(dir) where name != "big.dot" {
                #expect(name.hasPrefix(".big.dot.citegraph-") && name.hasSuffix(".tmp"), "\(name)")
            }
        }
        let result = try CitegraphProcess.run(Self.draw + [out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.listing(dir) == ["big.dot"])
    }
}
