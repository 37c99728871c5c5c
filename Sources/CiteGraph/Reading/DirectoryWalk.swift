import Foundation

/// The files below a directory that a corpus walk reads, found with `readdir(3)`.
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
struct DirectoryWalk {
    /// Extensions to keep, lower case, without the dot.
    let extensions: Set<String>

    /// The paths, relative to `root`, of the regular files below it whose extension is one of
    /// `extensions`, in no particular order.
    func files(below root: String) -> [String] {
        var out: [String] = []
        walk(root, relative: "", into: &out)
        return out
    }

    private func walk(_ directory: String, relative: String, into out: inout [String]) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            // ".", "..", and every hidden name: a hidden directory is not walked.
            if name.utf8.first == UInt8(ascii: ".") { continue }
            let type = Int32(entry.pointee.d_type)
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let below = relative.isEmpty ? name : relative + "/" + name
            switch type {
            case Int32(DT_DIR):
                walk(path, relative: below, into: &out)
            case Int32(DT_REG):
                if wants(name) { out.append(below) }
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                // A link is followed to what it names; an unknown type is asked without following.
                guard wants(name) || type == Int32(DT_UNKNOWN) else { continue }
                var info = stat()
                let found = type == Int32(DT_LNK) ? stat(path, &info) : lstat(path, &info)
                guard found == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG: if wants(name) { out.append(below) }
                case S_IFDIR where type == Int32(DT_UNKNOWN): walk(path, relative: below, into: &out)
                default: break
                }
            default:
                continue
            }
        }
    }

    /// Whether the file name's extension (after its last ".", lower case) is one to keep.
    private func wants(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return false }
        let ext = String(decoding: utf8[utf8.index(after: dot)...], as: UTF8.self)
        return extensions.contains(ext.lowercased())
    }
}
