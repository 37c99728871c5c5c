import Foundation

/// Writes output files so that a reader never sees half of one, and never replaces what is
/// not a file of ours to replace.
///
/// A regular file (or a new one) is written to a temporary file of ours in the same directory
/// and renamed into place only when every file of the set has been written; a failure anywhere
/// removes the temporaries and leaves whatever was there before untouched. A symbolic link is
/// followed: the file it points to is replaced the same way, in that file's directory, and the
/// link stays. A FIFO, a character device or `/dev/stdout` is written into as a stream: renaming
/// over it would replace `/dev/null` itself, or the pipe a reader waits on, with a file.
///
/// Temporary files are named `.NAME.citegraph-PID-RANDOM.tmp`, created with `O_EXCL` and
/// written with `write(2)` (no library temporary inside ours); one left by a process that no
/// longer runs (a `kill -9`) is removed by the next write of the same name.
enum AtomicOutput {
    /// What writing to a path means.
    enum Plan: Equatable {
        /// Into an open stream: a FIFO, a character device, standard output or error.
        case stream(path: String)
        case descriptor(Int32)
        /// Replace (or create) the regular file at `path`, the end of any chain of links.
        case replace(path: String)
    }

    static let suffix = ".tmp"
    static let marker = ".citegraph-"

    /// How `path` will be written, or the one error that stops it (a directory, a missing or
    /// unwritable directory, a link that loops). Nothing is created.
    static func plan(_ path: String) throws -> Plan {
        switch path {
        case "-", "/dev/stdout", "/proc/self/fd/1", "/dev/fd/1": return .descriptor(STDOUT_FILENO)
        case "/dev/stderr", "/proc/self/fd/2", "/dev/fd/2": return .descriptor(STDERR_FILENO)
        default: break
        }
        let target = try resolvedLinks(path)
        var info = stat()
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw RenderCommandError.isDirectory(path)
            case S_IFREG: break
            default:
                // A FIFO, a device, a socket: written into, never replaced.
                guard access(target, W_OK) == 0 else {
                    throw RenderCommandError.writeFailed(path: path, reason: String(cString: strerror(errno)))
                }
                return .stream(path: target)
            }
        }
        let directory = directoryOf(target)
        var dirInfo = stat()
        guard stat(directory, &dirInfo) == 0, dirInfo.st_mode & S_IFMT == S_IFDIR else {
            throw RenderCommandError.directoryMissing(path: path, directory: directory)
        }
        guard access(directory, W_OK) == 0 else { throw RenderCommandError.notWritable(path: path, directory: directory) }
        return .replace(path: target)
    }

    static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        let plans = try files.map { try plan($0.path) }
        var temporaries: [(temporary: String, path: String)] = []
        do {
            for (file, plan) in zip(files, plans) {
                guard case .replace(let target) = plan else { continue }
                removeStale(for: target)
                temporaries.append((try writeTemporary(file.bytes, for: target, shown: file.path), target))
            }
            for (file, plan) in zip(files, plans) {
                switch plan {
                case .descriptor(let fd):
                    if let code = FileDescriptorOutput.write(file.bytes, to: fd) {
                        throw RenderCommandError.writeFailed(path: file.path, reason: String(cString: strerror(code)))
                    }
                case .stream(let target):
                    try writeStream(file.bytes, to: target, shown: file.path)
                case .replace:
                    break
                }
            }
            for (k, file) in temporaries.enumerated() where rename(file.temporary, file.path) != 0 {
                let reason = String(cString: strerror(errno))
                for later in temporaries[k...] { unlink(later.temporary) }
                temporaries = []
                throw RenderCommandError.writeFailed(path: file.path, reason: reason)
            }
        } catch {
            for file in temporaries { unlink(file.temporary) }
            throw error
        }
    }

    /// Follows symbolic links to the path they end at (which need not exist yet).
    static func resolvedLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, Int(PATH_MAX))
            guard n > 0 else { return current }
            let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : directoryOf(current) + "/" + link
        }
        throw RenderCommandError.writeFailed(path: path, reason: "too many levels of symbolic links")
    }

    static func directoryOf(_ path: String) -> String {
        let d = (path as NSString).deletingLastPathComponent
        return d.isEmpty ? "." : d
    }

    /// `.NAME.citegraph-` : the prefix of every temporary file for `target`.
    static func temporaryPrefix(for target: String) -> String {
        "." + (target as NSString).lastPathComponent + marker
    }

    /// Creates the temporary file exclusively, writes all of `bytes`, and flushes it to disk.
    private static func writeTemporary(_ bytes: [UInt8], for target: String, shown: String) throws -> String {
        let directory = directoryOf(target)
        for _ in 0..<8 {
            let name = temporaryPrefix(for: target) + "\(getpid())-\(UInt32.random(in: .min ... .max))" + suffix
            let temporary = directory + "/" + name
            // An existing file keeps its permissions; a new one gets the usual 0666 less the umask.
            var info = stat()
            let mode: mode_t = stat(target, &info) == 0 ? info.st_mode & 0o7777 : 0o666
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw RenderCommandError.writeFailed(path: shown, reason: String(cString: strerror(errno)))
            }
            if stat(target, &info) == 0 { _ = fchmod(fd, info.st_mode & 0o7777) }
            let failed = FileDescriptorOutput.write(bytes, to: fd) ?? (fsync(fd) == 0 ? nil : errno)
            close(fd)
            if let failed {
                unlink(temporary)
                throw RenderCommandError.writeFailed(path: shown, reason: String(cString: strerror(failed)))
            }
            return temporary
        }
        throw RenderCommandError.writeFailed(path: shown, reason: "could not create a temporary file")
    }

    private static func writeStream(_ bytes: [UInt8], to target: String, shown: String) throws {
        let fd = open(target, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw RenderCommandError.writeFailed(path: shown, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        if let code = FileDescriptorOutput.write(bytes, to: fd) {
            throw RenderCommandError.writeFailed(path: shown, reason: String(cString: strerror(code)))
        }
    }

    /// Removes temporary files of ours for `target` whose process is gone (killed before it
    /// could clean up). One whose process still runs is another write in progress: kept.
    static func removeStale(for target: String) {
        let directory = directoryOf(target)
        let prefix = temporaryPrefix(for: target)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(suffix) {
            let middle = name.dropFirst(prefix.count).dropLast(suffix.count)
            guard let dash = middle.firstIndex(of: "-"), let pid = pid_t(middle[..<dash]), pid > 0 else { continue }
            if pid == getpid() { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + name) }
        }
    }
}
