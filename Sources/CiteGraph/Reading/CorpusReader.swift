import Foundation

/// Expands the paths a user names into documents and reads each one.
///
/// One bad file never stops a batch: each input yields either a text or a
/// `ReadError`, in a stable order (paths as given, directory contents sorted),
/// and the caller decides the exit status from the failures.
public struct CorpusReader: Sendable {
    /// The readers tried, by extension; the first that takes a file's extension reads it.
    public var readers: [any DocumentReader]
    /// Shell patterns (`*`, `?`, `[...]`) for files a directory walk leaves
    /// out, matched against the path below the directory and against the file
    /// name: `drafts/*`, `*.md`, `SOURCES.md`. Files named explicitly are
    /// always read: the user asked for them.
    public var excludes: [String]

    /// A reader of the given formats; the default reads text, Markdown and AKN XML, leaving PDF to those who link `CiteGraphPDF`.
    public init(readers: [any DocumentReader] = [TextFileReader(), AKNReader()], excludes: [String] = []) {
        self.readers = readers
        self.excludes = excludes
    }

    /// Whether a file found at `relative` below a walked directory is left out by `excludes`.
    public func isExcluded(_ relative: String) -> Bool {
        guard !excludes.isEmpty else { return false }
        let name = (relative as NSString).lastPathComponent
        return excludes.contains { pattern in
            fnmatch(pattern, relative, 0) == 0 || fnmatch(pattern, name, 0) == 0
        }
    }

    /// Every extension some reader takes: what a directory walk looks for.
    public var extensions: Set<String> { readers.reduce(into: []) { $0.formUnion($1.extensions) } }

    /// The files a list of paths names: files as given, directories searched
    /// recursively for the extensions some reader handles.
    public func files(in paths: [String]) -> [Result<URL, ReadError>] {
        let url = FileURL()
        return filePaths(in: paths).map { $0.map(url.make) }
    }

    /// Makes the URL of a path the way `files(in:)` gives it: a caller that holds many files
    /// keeps their paths (`filePaths(in:)`) and makes each URL when it reads the file.
    public struct FileURL: Sendable {
        // `URL(fileURLWithPath:)` asks for the working directory (getcwd) and whether the
        // path is a directory (a stat) for every file; both are known here.
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)

        /// Against the working directory of the moment it is made.
        public init() {}

        /// The file URL of `path`, relative to the working directory unless it is absolute.
        public func make(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path, isDirectory: false)
                                : URL(fileURLWithPath: path, isDirectory: false, relativeTo: workingDirectory)
        }
    }

    /// `files(in:)` as paths, found as the sequence reaches them (`CorpusFiles`): the list of a
    /// corpus's files is never held, and each URL is made when its file is read.
    public func filePaths(in paths: [String]) -> CorpusFiles {
        CorpusFiles(reader: self, paths: paths)
    }

    /// A regular file, or a symbolic link to one.
    static func isRegularFile(_ path: String) -> Bool {
        // One stat(2), which follows links; resolving the path first cost a readlink per component.
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Reads one file with the reader its extension selects.
    public func read(_ url: URL) throws(ReadError) -> DocumentText {
        let ext = FileExtension.of(url)
        guard let reader = readers.first(where: { $0.extensions.contains(ext) }) else {
            // A file named explicitly without a known extension is tried as text.
            if let text = readers.first(where: { $0 is TextFileReader }) {
                return try text.read(url)
            }
            throw .unsupportedFormat(path: url.path)
        }
        return try reader.read(url)
    }

    /// Every document the paths name, read; failures in place, in input order.
    public func readAll(_ paths: [String]) -> [Result<DocumentText, ReadError>] {
        Array(lazilyReadAll(paths))
    }

    /// The same documents as `readAll`, each read only when the sequence reaches
    /// it, so that a caller going through a large corpus holds one text at a time.
    public func lazilyReadAll(_ paths: [String]) -> LazyMapSequence<CorpusFiles, Result<DocumentText, ReadError>> {
        let url = FileURL()
        return filePaths(in: paths).lazy.map { file in
            file.flatMap { path in Result { () throws(ReadError) in try read(url.make(path)) } }
        }
    }
}
