import Foundation

/// The files a list of paths names, in order, each found when the sequence reaches it: what
/// `CorpusReader.files(in:)` lists, without holding the list. A directory is walked as it is
/// read (`DirectoryWalk`), so going through a corpus takes the memory of its largest
/// directory, not of its list of files.
///
/// The order and the failures are the list's: paths as given, each directory's files in the
/// byte order of their paths, a failure in its place. An empty directory is reported where it
/// stands only when some path gives a file (when nothing at all is found, the commands say so
/// themselves), and that is known only when a file comes: until then, an empty directory and
/// the failures after it wait, and go out, in order, before the first file.
public struct CorpusFiles: Sequence, IteratorProtocol, Sendable {
    private let reader: CorpusReader
    private var paths: IndexingIterator<[String]>
    private var walk: (path: String, base: String, files: DirectoryWalk.Iterator, found: Bool)?
    /// What waits for the first file: failures, and empty directories (as their paths).
    private var waiting: [Waiting] = []
    private var ready: [Result<String, ReadError>] = []
    private var nextReady = 0
    private var sawFile = false
    private var finished = false

    private enum Waiting {
        case failure(ReadError)
        case emptyDirectory(String)
    }

    init(reader: CorpusReader, paths: [String]) {
        self.reader = reader
        self.paths = paths.makeIterator()
    }

    /// The next file's path, or the next failure in its place; nil after the last.
    public mutating func next() -> Result<String, ReadError>? {
        while true {
            if nextReady < ready.count {
                nextReady += 1
                return ready[nextReady - 1]
            }
            ready = []
            nextReady = 0
            if finished { return nil }
            switch produce() {
            case .file(let path)?:
                guard sawFile || !waiting.isEmpty else { sawFile = true; return .success(path) }
                sawFile = true
                ready = waiting.map { item in
                    switch item {
                    case .failure(let error): .failure(error)
                    case .emptyDirectory(let path): .failure(noDocuments(path))
                    }
                } + [.success(path)]
                waiting = []
            case .failure(let error)?:
                if sawFile || waiting.isEmpty { return .failure(error) }
                waiting.append(.failure(error))
            case .emptyDirectory(let path)?:
                if sawFile { return .failure(noDocuments(path)) }
                waiting.append(.emptyDirectory(path))
            case nil:
                // Nothing was found: the empty directories are not reported, the other failures are.
                finished = true
                ready = waiting.compactMap { if case .failure(let error) = $0 { .failure(error) } else { nil } }
                waiting = []
            }
        }
    }

    private enum Item {
        case file(String)
        case failure(ReadError)
        case emptyDirectory(String)
    }

    private func noDocuments(_ path: String) -> ReadError {
        .noDocuments(path: path, extensions: reader.extensions.sorted())
    }

    /// The next file, failure or empty directory of the paths, or nil after the last.
    private mutating func produce() -> Item? {
        while true {
            if var current = walk {
                if let relative = current.files.next() {
                    walk = current
                    if reader.isExcluded(relative) { continue }
                    walk?.found = true
                    return .file(current.base + relative)
                }
                walk = nil
                if !current.found { return .emptyDirectory(current.path) }
                continue
            }
            guard let path = paths.next() else { return nil }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                return .failure(.notFound(path: path))
            }
            if !isDir.boolValue {
                // A FIFO or a device would block or never end; only files are read.
                return CorpusReader.isRegularFile(path) ? .file(path) : .failure(.unreadable(path: path, reason: "not a regular file"))
            }
            // Paths inside a directory stay relative to what the user typed, so output names
            // files as they know them. Each is joined to the directory as
            // `appendingPathComponent` would join it (its slashes fixed), once for the directory.
            let base = String((path as NSString).appendingPathComponent("x").dropLast())
            walk = (path, base, DirectoryWalk(root: path, extensions: reader.extensions).makeIterator(), false)
        }
    }
}
