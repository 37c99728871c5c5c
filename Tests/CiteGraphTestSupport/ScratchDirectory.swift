import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Temporary directories for tests' files, removed when the test process exits: suites
/// made them per test and left them, hundreds a run, in the temporary folder. A test that
/// cleans up after itself may still do so; what it leaves goes at exit.
public enum ScratchDirectory {
    private static let made = Made()

    /// A new, empty directory named `prefix-UUID` in the temporary folder.
    public static func make(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        made.add(url.path)
        return url
    }

    /// A path in the temporary folder for a file a test makes (an index, an output), removed
    /// at exit with the files SQLite and the snapshot keep beside it.
    public static func file(_ prefix: String, extension ext: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString).\(ext)").path
        for suffix in ["", "-graph", "-wal", "-shm", "-journal"] { made.add(path + suffix) }
        return path
    }

    /// The paths to remove, and the exit handler that removes them (registered once).
    private final class Made: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []
        private var registered = false

        func add(_ path: String) {
            lock.lock()
            defer { lock.unlock() }
            paths.append(path)
            if !registered {
                registered = true
                atexit { ScratchDirectory.removeAll() }
            }
        }

        func take() -> [String] {
            lock.lock()
            defer { lock.unlock() }
            defer { paths = [] }
            return paths
        }
    }

    static func removeAll() {
        for path in made.take() {
            // A test may have taken the permissions away (unreadable-file cases): give them back.
            _ = chmod(path, 0o700)
            if let walker = FileManager.default.enumerator(atPath: path) {
                for case let relative as String in walker { _ = chmod(path + "/" + relative, 0o700) }
            }
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
