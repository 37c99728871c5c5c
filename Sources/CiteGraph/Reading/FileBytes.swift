import Foundation

/// A file's bytes, read with `open(2)` and `read(2)` by the path the user gave.
///
/// `Data(contentsOf:)` resolved the file's URL against its base for every file (about 40,000
/// instructions, 6% of `extract`'s work on the Security Council's 2 KB texts) before the few
/// system calls that read it. Here the path is opened as given, when it names the file the URL
/// names: the path itself, or joined to the URL's base directory, where the URL's
/// rules change nothing ("~" is not expanded, ".." is resolved by the file system, a final
/// slash kept). Anything else, and every failure, is left to `Data(contentsOf:)`, so that its
/// errors (the messages users see) are what they were.
enum FileBytes {
    /// The bytes of the regular file `url` names, or nil where the caller must read it through `Data`.
    static func read(_ url: URL, relativePath path: String) -> [UInt8]? {
        guard url.isFileURL, let dots = shape(path) else { return nil }
        let full: String
        if let base = url.baseURL {
            guard base.isFileURL, base.baseURL == nil else { return nil }
            let directory = base.path
            // The URL resolves ".." by the names, the file system by the directories: the same
            // only from a directory whose path has no link in it, as the working directory's has.
            guard directory.hasPrefix("/"), dots == .none || dots == .leading && directory == workingDirectory else { return nil }
            full = directory.hasSuffix("/") ? directory + path : directory + "/" + path
        } else {
            guard path.utf8.first == Byte.slash, dots == .none else { return nil }
            full = path
        }
        let fd = open(full, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        // The size is a hint: a file that grows while it is read is read to its end.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let n = bytes.withUnsafeMutableBytes { raw in
                Foundation.read(fd, raw.baseAddress! + count, raw.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Where a path has ".." components: nowhere, only at its start ("../corpus/x.txt"), or elsewhere.
    private enum Dots { case none, leading, inside }

    /// The ".." components of `path`, or nil for a path whose URL reads it otherwise than
    /// `open(2)` does: empty, starting with "~" (which the URL expands), ending with "/" (which it drops).
    private static func shape(_ path: String) -> Dots? {
        let b = Array(path.utf8)
        guard let first = b.first, first != UInt8(ascii: "~"), b.last != Byte.slash else { return nil }
        var dots = Dots.none, start = 0, leading = true
        for i in 0...b.count where i == b.count || b[i] == Byte.slash {
            let isDots = i - start == 2 && b[start] == Byte.dot && b[start + 1] == Byte.dot
            if isDots { dots = leading ? .leading : .inside } else if i > start { leading = false }
            if dots == .inside { return .inside }
            start = i + 1
        }
        return dots
    }

    /// The working directory when the process started: a physical path (`getcwd(3)`).
    private static let workingDirectory = FileManager.default.currentDirectoryPath
}
