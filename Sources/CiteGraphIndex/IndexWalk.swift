import CiteGraph
import Foundation

/// A file found under the paths, with what decides whether it must be read again.
struct FoundFile: Sendable {
    /// As the user's paths give it (relative to the working directory, or absolute): the URL is
    /// made when the file is read, since a URL costs about 500 bytes and a plan holds every file.
    let path: String
    /// Absolute, standardised: the file's identity in the index.
    let absolutePath: String
    let size: Int
    /// Modification time in nanoseconds since 1970.
    let mtime: Int
}

/// What the index already holds for a file.
struct StoredFile: Sendable {
    let id: Int
    let size: Int
    let mtime: Int
    let hash: String
}

/// Decides what an update reads: the files whose size or time differ from what
/// is stored (or that are new), and the stored documents whose files are gone
/// from under the paths.
struct IndexWalk {
    let paths: [String]
    let reader: CorpusReader

    struct Plan {
        var changed: [FoundFile] = []
        var unchanged = 0
        var gone: [Int] = []
        var failures: [ReadError] = []
    }

    func plan(stored: [String: StoredFile]) -> Plan {
        var plan = Plan()
        var seen = Set<String>()
        let fileURL = CorpusReader.FileURL()
        for result in reader.filePaths(in: paths) {
            switch result {
            case .failure(let error):
                plan.failures.append(error)
            case .success(let path):
                let url = fileURL.make(path)
                let absolute = url.standardizedFileURL.path
                guard seen.insert(absolute).inserted else { continue }
                guard let (size, mtime) = Self.sizeAndTime(absolute) else {
                    plan.failures.append(.notFound(path: url.relativePath))
                    seen.remove(absolute)
                    continue
                }
                if let old = stored[absolute], old.size == size, old.mtime == mtime {
                    plan.unchanged += 1
                } else {
                    plan.changed.append(FoundFile(path: path, absolutePath: absolute, size: size, mtime: mtime))
                }
            }
        }
        let roots = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        for (path, file) in stored where !seen.contains(path) && roots.contains(where: { Self.isUnder(path, $0) }) {
            plan.gone.append(file.id)
        }
        plan.gone.sort()
        return plan
    }

    static func isUnder(_ path: String, _ root: String) -> Bool {
        path == root || root == "/" || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// One `stat` (following links, as reading does).
    static func sizeAndTime(_ path: String) -> (Int, Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }
}
