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
        let workingDirectory = FileManager.default.currentDirectoryPath
        for result in reader.filePaths(in: paths) {
            switch result {
            case .failure(let error):
                plan.failures.append(error)
            case .success(let path):
                let absolute = Self.standardizedPath(path, workingDirectory: workingDirectory)
                    ?? fileURL.make(path).standardizedFileURL.path
                guard seen.insert(absolute).inserted else { continue }
                guard let (size, mtime) = Self.sizeAndTime(absolute) else {
                    plan.failures.append(.notFound(path: fileURL.make(path).relativePath))
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

    /// `URL(fileURLWithPath: path).standardizedFileURL.path` from the string alone: the path
    /// against the working directory unless it is absolute, with empty and "." components
    /// dropped and each ".." taking the component before it (none above the root). Making the
    /// URL and standardising it was a third of a run that finds every file unchanged. Nil for a
    /// path this does not read as Foundation would (empty, ending with "/", starting with "~",
    /// holding "//", a working directory that is not absolute): the caller asks Foundation.
    static func standardizedPath(_ path: String, workingDirectory: String) -> String? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let utf8 = path.utf8
        guard let first = utf8.first, utf8.last != slash, first != UInt8(ascii: "~"), !utf8.contains(0) else { return nil }
        if first == slash {
            // Most paths need nothing: no "//", no "/." starting a component.
            var previous: UInt8 = 0, clean = true
            for byte in utf8 {
                if previous == slash, byte == slash || byte == dot { clean = false; break }
                previous = byte
            }
            if clean { return path }
        }
        // Foundation takes ".." back over an empty component before it merges slashes
        // ("a//.." is "a"): a path with "//" is left to it.
        guard workingDirectory.utf8.first == slash, !path.contains("//") else { return nil }
        var components: [Substring] = []
        if first != slash { components = workingDirectory.split(separator: "/") }
        for component in path.split(separator: "/") {
            if component.utf8.elementsEqual([dot]) { continue }
            if component.utf8.elementsEqual([dot, dot]) {
                if !components.isEmpty { components.removeLast() }
                continue
            }
            components.append(component)
        }
        return "/" + components.joined(separator: "/")
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
