import Foundation

/// Everything the commands print on standard output goes through here, so that
/// a failed write (a full disk, a closed pipe) is an error with status 1
/// instead of a crash in `FileHandle.write` or an answer silently cut short
/// with status 0 (`print` drops write errors).
enum Printer {
    /// Writes JSON the same way everywhere: pretty-printed with sorted keys, so the
    /// same input always gives the same bytes (golden files, diffs between runs).
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        try output(Array(data))
    }

    static func text(_ text: String) throws {
        try output(Array(text.utf8))
    }

    /// Bytes already formatted, as they are: written straight from the array.
    static func output(_ bytes: [UInt8]) throws {
        if let error = FileDescriptorOutput.write(bytes, to: STDOUT_FILENO) {
            throw StandardOutputError(reason: String(cString: strerror(error)))
        }
    }
}

/// Standard output cannot take what the command prints.
struct StandardOutputError: Error, LocalizedError {
    let reason: String
    var errorDescription: String? { "cannot write to standard output: \(reason)" }
}
