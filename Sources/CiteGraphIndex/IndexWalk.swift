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

    /// What the walk finds, in the order of the paths.
    enum Item: Sendable {
        /// A file to read: new, or whose size or time changed (`knownHash`: what is stored for it).
        case file(FoundFile, knownHash: String?)
        case failure(ReadError)
        /// The last item: how many files are as stored, and the stored documents whose files are gone.
        case end(unchanged: Int, gone: [Int])
    }

    /// The items, found as they are asked for (one `stat` per file).
    func items(stored: [String: StoredFile]) -> Items {
        Items(files: reader.filePaths(in: paths), stored: stored,
              roots: paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    }

    struct Items: IteratorProtocol, Sendable {
        private var files: CorpusFiles
        private let stored: [String: StoredFile]
        private let roots: [String]
        private let fileURL = CorpusReader.FileURL()
        private let workingDirectory = FileManager.default.currentDirectoryPath
        private var seen = Set<String>()
        private var unchanged = 0
        private var ended = false

        fileprivate init(files: CorpusFiles, stored: [String: StoredFile], roots: [String]) {
            self.files = files
            self.stored = stored
            self.roots = roots
        }

        mutating func next() -> Item? {
            while let result = files.next() {
                switch result {
                case .failure(let error):
                    return .failure(error)
                case .success(let path):
                    let absolute = IndexWalk.standardizedPath(path, workingDirectory: workingDirectory)
                        ?? fileURL.make(path).standardizedFileURL.path
                    guard seen.insert(absolute).inserted else { continue }
                    guard let (size, mtime) = IndexWalk.sizeAndTime(absolute) else {
                        seen.remove(absolute)
                        return .failure(.notFound(path: fileURL.make(path).relativePath))
                    }
                    let old = stored[absolute]
                    if let old, old.size == size, old.mtime == mtime {
                        unchanged += 1
                        continue
                    }
                    return .file(FoundFile(path: path, absolutePath: absolute, size: size, mtime: mtime), knownHash: old?.hash)
                }
            }
            guard !ended else { return nil }
            ended = true
            var gone: [Int] = []
            for (path, file) in stored where !seen.contains(path) && roots.contains(where: { IndexWalk.isUnder(path, $0) }) {
                gone.append(file.id)
            }
            return .end(unchanged: unchanged, gone: gone.sorted())
        }
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
