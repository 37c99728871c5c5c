import Foundation

/// A file's extension, lower case, as `URL.pathExtension` gives it.
///
/// `URL.pathExtension` parsed the URL again for every file read (2.5% of `extract`'s time on
/// the Security Council's 2 KB texts); this reads the last path component's bytes and asks the
/// URL only in the cases where its rules are its own (an extension with a space, a name that
/// starts with a dot).
enum FileExtension {
    static func of(_ url: URL) -> String {
        let path = url.relativePath
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == Byte.slash { end = utf8.index(before: end) }
        let name = utf8[..<end]
        let start = name.lastIndex(of: Byte.slash).map { utf8.index(after: $0) } ?? name.startIndex
        guard start < end, utf8[start] != Byte.dot,
              let dot = utf8[start..<end].lastIndex(of: Byte.dot) else { return url.pathExtension.lowercased() }
        let ext = utf8[utf8.index(after: dot)..<end]
        guard !ext.isEmpty, !ext.contains(Byte.space) else { return url.pathExtension.lowercased() }
        return String(decoding: ext, as: UTF8.self).lowercased()
    }
}
