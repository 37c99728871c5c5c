import Foundation

/// Writes output files so that a reader never sees half of one: each file is
/// written to a temporary name in its own directory and renamed into place
/// only when every file of the set has been written. A failure anywhere
/// removes the temporaries and leaves whatever was there before untouched.
enum AtomicOutput {
    static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        var written: [(temporary: String, path: String)] = []
        do {
            for file in files {
                let url = URL(fileURLWithPath: file.path)
                let temporary = url.deletingLastPathComponent()
                    .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
                guard FileManager.default.createFile(atPath: temporary, contents: Data(file.bytes)) else {
                    throw RenderCommandError.writeFailed(path: file.path, reason: String(cString: strerror(errno)))
                }
                written.append((temporary, file.path))
            }
            for file in written where rename(file.temporary, file.path) != 0 {
                throw RenderCommandError.writeFailed(path: file.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            for file in written { unlink(file.temporary) }
            throw error
        }
    }
}
