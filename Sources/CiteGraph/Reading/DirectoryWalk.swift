import Foundation

/// The files below a directory that a corpus walk reads, one at a time, in the byte order of
/// their paths, found with `readdir(3)`.
///
/// The walk holds one directory's entries per level, not the corpus's list of files: a corpus
/// of a million files is walked in the memory of its largest directory. The byte order of
/// whole paths is that of a depth-first walk whose entries are ordered by their names, a
/// directory's name read as if it ended in "/" ("a-b.txt" before "a/z.txt", as '-' is before
/// '/'), since no name holds a "/".
///
/// Foundation's directory enumerator made a `stat` and a Foundation string of every entry, and
/// the walk then asked `NSString` for each extension and a second `stat` of each file: a tenth
/// of `extract`'s time on the Security Council's 2 KB texts. Here the entry's type, which
/// `readdir` gives on the file systems in use, settles most files without a system call; only a
/// symbolic link (or an entry of unknown type) is `stat`ed.
///
/// The rules are the enumerator's, kept: symbolic links to directories are not followed (a link
/// may loop, and the corpus is what lies below the path); a link to a regular file is read; a
/// name starting with "." (a hidden file or directory, and everything in it) is left out; FIFOs,
/// sockets and devices are not files to read. A directory that cannot be opened is passed over,
/// as the enumerator passed it over.
struct DirectoryWalk: Sequence {
    /// The directory walked.
    let root: String
    /// Extensions to keep, lower case, without the dot.
    let extensions: Set<String>

    func makeIterator() -> Iterator { Iterator(walk: self) }

    /// Gives the path, relative to `root`, of each file in turn.
    struct Iterator: IteratorProtocol {
        private let walk: DirectoryWalk
        /// One level per open directory: its path relative to the root, its entries in order, the next one.
        private var levels: [(relative: String, entries: [Entry], next: Int)]

        fileprivate init(walk: DirectoryWalk) {
            self.walk = walk
            levels = [("", walk.entries(of: walk.root), 0)]
        }

        mutating func next() -> String? {
            while let level = levels.last {
                guard level.next < level.entries.count else {
                    levels.removeLast()
                    continue
                }
                levels[levels.count - 1].next += 1
                let entry = level.entries[level.next]
                let relative = level.relative.isEmpty ? entry.name : level.relative + "/" + entry.name
                if entry.isDirectory {
                    levels.append((relative, walk.entries(of: walk.root.hasSuffix("/") ? walk.root + relative : walk.root + "/" + relative), 0))
                } else {
                    return relative
                }
            }
            return nil
        }
    }

    /// A file to read or a directory to walk, by name.
    fileprivate struct Entry {
        var name: String
        var isDirectory: Bool
        /// The name as it orders among its siblings: a directory's with a "/" after it.
        var key: String { isDirectory ? name + "/" : name }
    }

    /// The files to read and the directories to walk in `directory`, in order.
    fileprivate func entries(of directory: String) -> [Entry] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var out: [Entry] = []
        while let entry = readdir(dir) {
            let name = Self.name(of: entry)
            // ".", "..", and every hidden name: a hidden directory is not walked.
            if name.utf8.first == UInt8(ascii: ".") { continue }
            let type = Self.type(of: entry)
            switch type {
            case Int32(DT_DIR):
                out.append(Entry(name: name, isDirectory: true))
            case Int32(DT_REG):
                if wants(name) { out.append(Entry(name: name, isDirectory: false)) }
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                // A link is followed to what it names; an unknown type is asked without following.
                guard wants(name) || type == Int32(DT_UNKNOWN) else { continue }
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var info = stat()
                guard (type == Int32(DT_LNK) ? stat(path, &info) : lstat(path, &info)) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG: if wants(name) { out.append(Entry(name: name, isDirectory: false)) }
                case S_IFDIR where type == Int32(DT_UNKNOWN): out.append(Entry(name: name, isDirectory: true))
                default: break
                }
            default:
                continue
            }
        }
        out.sort { $0.key.utf8Precedes($1.key) }
        return out
    }

    /// The name of a `readdir` record, read where it lies up to its NUL. `entry.pointee` would
    /// copy a whole `dirent`, whose `d_name` is declared 256 bytes long while the record ends
    /// after the name's NUL: the copy read past the end of the stream's buffer, and crashed when
    /// that buffer ended a mapping (about once in 30 index runs, with the walk on a worker thread).
    static func name(of entry: UnsafePointer<dirent>) -> String {
        String(cString: UnsafeRawPointer(entry.pointer(to: \.d_name)!).assumingMemoryBound(to: CChar.self))
    }

    /// The type of a `readdir` record (`DT_REG`, `DT_DIR` …), read where it lies.
    static func type(of entry: UnsafePointer<dirent>) -> Int32 {
        Int32(entry.pointer(to: \.d_type)!.pointee)
    }

    /// Whether the file name's extension (after its last ".", lower case) is one to keep.
    private func wants(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return false }
        return extensions.contains(String(decoding: utf8[utf8.index(after: dot)...], as: UTF8.self).lowercased())
    }
}
